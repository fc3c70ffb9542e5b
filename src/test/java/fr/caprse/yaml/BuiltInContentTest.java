package fr.caprse.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import java.util.List;
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
                    .as("scored questions of " + theme.id()).isGreaterThanOrEqualTo(6);
        }
        assertThat(rso.scoredQuestionCount()).isGreaterThanOrEqualTo(70);
    }

    @Test
    void rseRsoCarriesTheVsmeFiguresAndComputedIntensities() {
        Questionnaire rso = builtIn("rse-rso");
        List<String> references = references(rso).toList();
        for (String datapoint : List.of("VSME:B3", "VSME:B4", "VSME:B5", "VSME:B6", "VSME:B7", "VSME:B9", "VSME:B10", "VSME:B11")) {
            assertThat(references).as(datapoint).contains(datapoint);
        }
        assertThat(rso.questions()).filteredOn(q -> q.type() == fr.caprse.domain.questionnaire.QuestionType.COMPUTED)
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
    void theExpressQuestionnaireIsAboutTwentyQuestionsOnGovernanceStakeholdersAndEnvironment() {
        Questionnaire express = builtIn("rse-express");
        assertThat(express.themes()).extracting(Theme::id).containsExactly("gov", "sta", "env");
        assertThat(express.questions()).hasSizeBetween(15, 25);
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
