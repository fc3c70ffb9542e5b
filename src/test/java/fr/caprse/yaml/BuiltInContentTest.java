package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.Evaluation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the content brief asks of the built-in questionnaires, checked on the files that ship. */
class BuiltInContentTest {

    private static Questionnaire builtIn(String id) {
        return BuiltInQuestionnaires.byId(id).orElseThrow(() -> new AssertionError(id + " is missing or invalid: "
                + BuiltInQuestionnaires.problems()));
    }

    private static Stream<String> references(Questionnaire questionnaire) {
        return Stream.concat(questionnaire.themes().stream().flatMap(t -> t.references().stream()),
                questionnaire.questions().stream().flatMap(q -> q.references().stream()));
    }

    @Test
    void rseRsoReferencesClauseFiveAndEveryCoreSubjectOfIso26000() {
        List<String> references = references(builtIn("rse-rso")).toList();
        for (String clause : List.of("5", "6.2", "6.3", "6.4", "6.5", "6.6", "6.7", "6.8")) {
            assertThat(references).as("ISO 26000 clause " + clause)
                    .anyMatch(r -> r.equals("ISO26000:" + clause) || r.startsWith("ISO26000:" + clause + "."));
        }
    }

    @Test
    void rseRsoHasEightThemesOfAtLeastSixScoredQuestionsAndSeventyInAll() {
        Questionnaire rso = builtIn("rse-rso");
        assertThat(rso.themes()).extracting(Theme::id)
                .containsExactly("gov", "sta", "hr", "lab", "env", "fop", "con", "com");
        for (Theme theme : rso.themes()) {
            assertThat(theme.questions().stream().filter(q -> q.isScored(rso.scale())).count())
                    .as("scored questions of " + theme.id()).isGreaterThanOrEqualTo(10);
        }
        assertThat(rso.scoredQuestionCount()).isGreaterThanOrEqualTo(90);
    }

    @Test
    void rseRsoCarriesTheVsmeFiguresAndComputedIntensities() {
        Questionnaire rso = builtIn("rse-rso");
        List<String> references = references(rso).toList();
        for (String datapoint : List.of("VSME:B3", "VSME:B4", "VSME:B5", "VSME:B6", "VSME:B7", "VSME:B9", "VSME:B10", "VSME:B11")) {
            assertThat(references).as(datapoint).contains(datapoint);
        }
        assertThat(rso.questions()).filteredOn(q -> q.type() == QuestionType.COMPUTED)
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(rso.questions()).filteredOn(q -> q.bands() != null).hasSizeGreaterThanOrEqualTo(3);
        assertThat(rso.questions()).filteredOn(q -> q.appliesWhen() != null).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void everyQuestionHasHelpAndEveryScoredQuestionARecommendationInBothLanguages() {
        for (String id : List.of("rse-rso", "rse-express", "vsme-basic")) {
            Questionnaire questionnaire = builtIn(id);
            for (Question question : questionnaire.questions()) {
                for (String language : List.of("fr", "en")) {
                    assertThat(question.help().byLanguage().get(language)).as(id + " " + question.id() + " help " + language)
                            .isNotBlank();
                    if (question.isScored(questionnaire.scale())) {
                        assertThat(question.recommendation().byLanguage().get(language))
                                .as(id + " " + question.id() + " recommendation " + language).isNotBlank();
                    }
                }
            }
        }
    }

    @Test
    void theExpressQuestionnaireIsAboutTwentyQuestionsWithTeamAndTerritoryQuestionsFromVersionOneOne() {
        Questionnaire express = builtIn("rse-express");
        assertThat(express.themes()).extracting(Theme::id).containsExactly("gov", "sta", "env", "team");
        assertThat(express.questions()).hasSizeBetween(15, 25);
        Theme team = express.theme("team").orElseThrow();
        assertThat(team.questions()).filteredOn(q -> q.isScored(express.scale()))
                .as("workforce questions (ISO 26000 6.4)")
                .filteredOn(q -> q.references().stream().anyMatch(r -> r.startsWith("ISO26000:6.4"))).hasSizeBetween(2, 3);
        assertThat(team.questions()).filteredOn(q -> q.isScored(express.scale()))
                .as("territory questions (ISO 26000 6.8)")
                .filteredOn(q -> q.references().stream().anyMatch(r -> r.startsWith("ISO26000:6.8"))).hasSizeBetween(2, 3);
        // a theme score must mean something on its own: no question where one action gives full marks
        assertThat(express.questions()).filteredOn(q -> q.type() == QuestionType.YESNO).isEmpty();
    }

    @Test
    void everySocialEconomyQuestionIsHiddenForACompanyAndShownForAScop() {
        Questionnaire rso = builtIn("rse-rso");
        List<Question> essOnly = rso.questions().stream()
                .filter(q -> q.appliesWhen() != null && q.appliesWhen().source().contains("org.ess")).toList();
        assertThat(essOnly).extracting(Question::id)
                .contains("gov-ess-guide", "gov-social-utility", "gov-limited-profit").hasSizeGreaterThanOrEqualTo(3);
        Evaluation company = Evaluation.of(rso, COMPANY, Map.of());
        Evaluation scop = Evaluation.of(rso, SCOP, Map.of());
        Evaluation association = Evaluation.of(rso, ASSOCIATION, Map.of());
        for (Question question : essOnly) {
            assertThat(company.applies(question.id())).as(question.id() + " for a company").isFalse();
            assertThat(scop.applies(question.id())).as(question.id() + " for a SCOP").isTrue();
            assertThat(association.applies(question.id())).as(question.id() + " for an association").isTrue();
        }
        assertThat(company.applies("gov-member-democracy")).isFalse();
        assertThat(scop.applies("gov-member-democracy")).isTrue();
        // the PACTE purpose and mission-led company are for companies (a SCOP is one), not for associations
        assertThat(company.applies("gov-mission")).isTrue();
        assertThat(scop.applies("gov-mission")).isTrue();
        assertThat(association.applies("gov-mission")).isFalse();
    }

    @Test
    void thePayGapIsAskedFromFiftyEmployeesWhereOneSalaryNoLongerDecidesIt() {
        Questionnaire rso = builtIn("rse-rso");
        assertThat(Evaluation.of(rso, withEmployees(COMPANY, 12), Map.of()).applies("lab-pay-gap")).isFalse();
        assertThat(Evaluation.of(rso, withEmployees(COMPANY, 49), Map.of()).applies("lab-pay-gap")).isFalse();
        assertThat(Evaluation.of(rso, withEmployees(COMPANY, 50), Map.of()).applies("lab-pay-gap")).isTrue();
        assertThat(Evaluation.of(rso, withEmployees(COMPANY, 12), Map.of()).applies("lab-pay-fairness")).isTrue();
    }

    @Test
    void accidentsAreCountedAsVsmeB9AsksWithTheFrenchFrequencyRateBeside() {
        Questionnaire rso = builtIn("rse-rso");
        Questionnaire vsme = builtIn("vsme-basic");
        Question rate = rso.question("lab-accident-rate").orElseThrow();
        assertThat(rate.unit()).isEqualTo(vsme.question("b9-accident-rate").orElseThrow().unit());
        assertThat(rso.question("lab-accidents-per-100")).as("a rate per 100 employees is neither VSME nor French").isEmpty();
        assertThat(rso.index()).containsKeys("lab-hours-worked", "lab-fatalities", "lab-frequency-rate");

        Map<String, Answer> answers = Map.of(
                "lab-accidents", Answer.of("lab-accidents", new AnswerValue.NumberValue(new BigDecimal("2"))),
                "lab-accidents-lost-time", Answer.of("lab-accidents-lost-time", new AnswerValue.NumberValue(BigDecimal.ONE)),
                "lab-hours-worked", Answer.of("lab-hours-worked", new AnswerValue.NumberValue(new BigDecimal("14400"))));
        Evaluation evaluation = Evaluation.of(rso, withEmployees(COMPANY, 10), answers);
        assertThat((Double) evaluation.value("lab-accident-rate")).isCloseTo(27.78, within(0.01));
        assertThat((Double) evaluation.value("lab-frequency-rate")).isCloseTo(69.44, within(0.01));
    }

    @Test
    void everyThemeStatesItsLegalBaselineWithTheDateItWasChecked() {
        for (String id : List.of("rse-rso", "rse-express")) {
            Questionnaire questionnaire = builtIn(id);
            assertThat(questionnaire.legalValidAsOf()).as(id + " valid as of").isPresent();
            for (Theme theme : questionnaire.themes()) {
                assertThat(theme.legalBaseline().items()).as(id + " " + theme.id() + " legal baseline").isNotEmpty();
                assertThat(theme.legalBaseline().asOf()).as(id + " " + theme.id() + " checked on")
                        .isAfterOrEqualTo(LocalDate.of(2026, 1, 1));
            }
        }
        String rsoLaw = builtIn("rse-rso").themes().stream().flatMap(t -> t.legalBaseline().items().stream())
                .map(t -> t.get("fr")).collect(Collectors.joining("\n"));
        for (String obligation : List.of("DUERP", "CSE", "index de l’égalité", "lanceurs d’alerte", "OETH", "biodéchets",
                "textiles", "1 100 litres", "Décret tertiaire", "BEGES", "registre des traitements", "médiateur de la consommation",
                "Accessibilité numérique", "entretien de parcours professionnel")) {
            assertThat(rsoLaw).as("rse-rso legal baseline names " + obligation).contains(obligation);
        }
    }

    @Test
    void theTopicsAddedInVersionOneOneAreThereAsMaturityQuestions() {
        Questionnaire rso = builtIn("rse-rso");
        for (String id : List.of("gov-priority-issues", "env-transition-plan", "env-mobility", "env-digital",
                "con-cybersecurity", "con-digital-accessibility", "com-public-policies", "com-public-procurement",
                "com-cooperation-governance", "com-industrial-ecology", "com-local-capital", "com-health", "com-culture",
                "com-tax", "hr-commitment", "sta-governance-seats")) {
            assertThat(rso.question(id)).as(id).hasValueSatisfying(q -> {
                assertThat(q.type()).isEqualTo(QuestionType.MATURITY);
                assertThat(q.levels()).as(id + " describes its own five levels").hasSize(5);
            });
        }
        List<String> references = references(rso).toList();
        for (String clause : List.of("ISO26000:5.2.3", "ISO26000:7.3.2", "ISO26000:6.8.4", "ISO26000:6.8.7", "ISO26000:6.8.8")) {
            assertThat(rso.questions()).as(clause + " carried by a scored question")
                    .anyMatch(q -> q.isScored(rso.scale()) && q.references().contains(clause));
        }
        // only a legal must stays yes/no: a consumer mediator is there or not
        assertThat(rso.questions()).filteredOn(q -> q.type() == QuestionType.YESNO && q.isScored(rso.scale()))
                .extracting(Question::id).containsExactly("con-mediator");
    }

    private static final Organisation COMPANY = new Organisation("Menuiserie Dupont", null, "C16", OrganisationSize.SMALL,
            25, "company", "Drôme", false);
    private static final Organisation SCOP = new Organisation("Atelier du Val", null, "C25", OrganisationSize.SMALL,
            23, "scop", "Drôme", true);
    private static final Organisation ASSOCIATION = new Organisation("Jardins de la vallée", null, "A01",
            OrganisationSize.SMALL, 14, "association", "Drôme", false);

    private static Organisation withEmployees(Organisation organisation, int employees) {
        return new Organisation(organisation.name(), organisation.registryId(), organisation.sector(),
                organisation.size(), employees, organisation.legalForm(), organisation.territory(), organisation.ess());
    }

    @Test
    void theVsmeQuestionnaireCoversTheBasicModuleB1ToB11() {
        List<String> references = references(builtIn("vsme-basic")).toList();
        for (int b = 1; b <= 11; b++) {
            String datapoint = "VSME:B" + b;
            assertThat(references).as(datapoint).contains(datapoint);
        }
    }
}
