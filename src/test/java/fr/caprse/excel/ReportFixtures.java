package fr.caprse.excel;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.expression.ExpressionException;
import fr.caprse.domain.expression.ExpressionParser;
import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small questionnaire with every kind of question, and an assessment that uses all of it. */
final class ReportFixtures {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";

    private ReportFixtures() {
    }

    static Questionnaire questionnaire() {
        Scale scale = new Scale(List.of(
                level(0, "Pas engagé", "Not engaged"), level(1, "Émergent", "Emerging"),
                level(2, "Structuré", "Structured"), level(3, "Déployé", "Deployed"),
                level(4, "Exemplaire", "Exemplary")));
        Theme gov = new Theme("gov", Text.of("Gouvernance", "Governance"), Text.EMPTY, 1,
                List.of("ISO26000:6.2"), List.of(
                question("gov-mission", QuestionType.MATURITY, "L’organisation a-t-elle formalisé sa raison d’être ?",
                        "Has the organisation written down its purpose?", 1, false, null, List.of(), null,
                        List.of("ISO26000:6.2", "SDG:16"), "Écrire et partager la raison d’être.", "Write and share the purpose."),
                question("gov-board", QuestionType.YESNO, "Un administrateur indépendant siège-t-il au conseil ?",
                        "Does an independent director sit on the board?", 2, false, null, List.of(), null,
                        List.of("VSME:B1"), "Ouvrir le conseil à un regard extérieur.", "Open the board to an outside view."),
                question("gov-members", QuestionType.MATURITY, "Les membres votent-ils les grandes décisions ?",
                        "Do members vote on major decisions?", 1, false, expression("org.legal_form in ['scop', 'association']"),
                        List.of(), null, List.of("ISO26000:6.2.3"), null, null)));
        Theme env = new Theme("env", Text.of("Environnement", "Environment"), Text.EMPTY, 2, List.of(), List.of(
                new Question("env-energy", QuestionType.NUMBER, Text.of("Consommation d’énergie annuelle", "Annual energy use"),
                        Text.EMPTY, 1, false, false, null, List.of(), null, Text.of("MWh", "MWh"), 0.0, null,
                        new Bands(Bands.Kind.AT_MOST, List.of(new Bands.Band(100, 4), new Bands.Band(200, 2), new Bands.Band(400, 1))),
                        null, List.of("ISO26000:6.5.4", "SDG:7", "GRI:302"),
                        Text.of("Mesurer puis réduire la consommation.", "Measure then reduce energy use."), List.of()),
                new Question("env-renewable", QuestionType.PERCENT, Text.of("Part d’énergie renouvelable", "Share of renewable energy"),
                        Text.EMPTY, 1, false, false, null, List.of(), null, null, 0.0, 100.0,
                        new Bands(Bands.Kind.AT_LEAST, List.of(new Bands.Band(0, 0), new Bands.Band(50, 2), new Bands.Band(100, 4))),
                        null, List.of("SDG:7"), Text.of("Passer à un contrat d’énergie verte.", "Switch to a green energy contract."), List.of()),
                question("env-actions", QuestionType.MULTIPLE, "Quelles actions menez-vous ?", "Which actions do you take?",
                        1, false, null, List.of(new Option("sorting", Text.of("Tri des déchets", "Waste sorting"), 1),
                                new Option("mobility", Text.of("Plan de mobilité", "Mobility plan"), 2),
                                new Option("audit", Text.of("Audit énergétique", "Energy audit"), 2)), 4.0,
                        List.of("VSME:B3"), "Engager un audit énergétique.", "Start an energy audit."),
                new Question("env-per-employee", QuestionType.COMPUTED, Text.of("Énergie par salarié", "Energy per employee"),
                        Text.EMPTY, 0, false, false, null, List.of(), null, Text.of("MWh/salarié", "MWh/employee"), null, null, null,
                        expression("answer.env-energy / org.employees"), List.of(), Text.EMPTY, List.of())));
        Theme soc = new Theme("soc", Text.of("Relations et conditions de travail", "Labour practices"), Text.EMPTY, 1,
                List.of(), List.of(
                question("soc-training", QuestionType.SINGLE, "Quelle part des salariés a été formée ?",
                        "What share of employees was trained?", 1, false, null,
                        List.of(new Option("none", Text.of("Aucun", "None"), 0), new Option("some", Text.of("Moins de la moitié", "Under half"), 1),
                                new Option("most", Text.of("Plus de la moitié", "Over half"), 3)), null,
                        List.of("ISO26000:6.4.7", "SDG:4"), "Construire un plan de formation.", "Build a training plan."),
                question("soc-notes", QuestionType.TEXT, "Décrivez vos pratiques sociales", "Describe your labour practices",
                        0, false, null, List.of(), null, List.of(), null, null),
                question("soc-accident", QuestionType.YESNO, "Les accidents du travail sont-ils suivis ?",
                        "Are workplace accidents tracked?", 1, true, null, List.of(), null, List.of("ISO26000:6.4.6"), null, null),
                question("soc-dialogue", QuestionType.MATURITY, "Le dialogue social est-il organisé ?",
                        "Is social dialogue organised?", 1, false, null, List.of(), null, List.of("ISO26000:6.4.5", "SDG:8"),
                        "Réunir régulièrement les salariés.", "Meet employees regularly.")));
        Theme empty = new Theme("eco", Text.of("Ancrage territorial", "Local development"), Text.EMPTY, 1, List.of(),
                List.of(question("eco-local", QuestionType.YESNO, "Achetez-vous localement ?", "Do you buy locally?", 1, true,
                        null, List.of(), null, List.of("ISO26000:6.8"), null, null)));
        return new Questionnaire("test-rse", "1.2.0", List.of("fr", "en"),
                Text.of("Questionnaire RSE de test", "Test CSR questionnaire"), Text.EMPTY, scale,
                List.of(gov, env, soc, empty), "3f1c0e9b7a");
    }

    static Organisation organisation() {
        return new Organisation("Atelier du Val & Fils", "12345678900011", "C25", OrganisationSize.SMALL, 23, "company",
                "Drôme", true);
    }

    static Assessment assessment() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        Instant at = Instant.parse("2026-11-26T09:40:00Z");
        put(answers, new Answer("gov-mission", new AnswerValue.LevelValue(3), false, "Raison d’être votée en 2024",
                "PV d’AG du 12/06/2024", "Claire", at, false));
        put(answers, new Answer("gov-board", new AnswerValue.Choice("no"), false, HYPERLINK, "+33 6 12 34 56 78",
                null, null, true));
        put(answers, Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("182.5"))));
        put(answers, Answer.of("env-renewable", new AnswerValue.NumberValue(new BigDecimal("35"))));
        put(answers, new Answer("env-actions", new AnswerValue.Choices(List.of("sorting", "audit")), false,
                "@équipe : audit prévu", null, null, null, false));
        put(answers, Answer.of("soc-training", new AnswerValue.Choice("some")));
        put(answers, Answer.of("soc-notes", new AnswerValue.TextValue("-5 % d’absentéisme\nplan de formation en cours")));
        put(answers, new Answer("soc-accident", null, true, "Aucun salarié en atelier", null, null, null, false));
        put(answers, new Answer("eco-local", null, true, null, null, null, null, false));
        return new Assessment("test-rse", "1.2.0", organisation(), "2026", Instant.parse("2026-11-26T09:30:00Z"),
                Instant.parse("2026-11-26T10:12:41Z"), answers,
                List.of(new Participant("p1", "Claire Martin", "gérante"), new Participant("p2", "Yann Roux", "atelier")),
                List.of(new Vote("gov-mission", "p1", 3), new Vote("gov-mission", "p2", 2)),
                List.of(new Action("env-energy", "Audit énergétique", "Yann", LocalDate.of(2027, 6, 30), ActionStatus.TODO),
                        new Action(null, "=1+1 publier le rapport", "Claire", null, ActionStatus.DOING)));
    }

    /** Last year's assessment of the same organisation: fewer answers, lower scores. */
    static Assessment previousAssessment() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        put(answers, Answer.of("gov-mission", new AnswerValue.LevelValue(1)));
        put(answers, Answer.of("gov-board", new AnswerValue.Choice("no")));
        put(answers, Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("250"))));
        put(answers, Answer.of("soc-training", new AnswerValue.Choice("none")));
        return new Assessment("test-rse", "1.1.0", organisation(), "2025", Instant.parse("2025-11-20T09:30:00Z"),
                Instant.parse("2025-11-20T10:00:00Z"), answers, List.of(), List.of(), List.of());
    }

    static ReportInput input() {
        Questionnaire questionnaire = questionnaire();
        return ReportInput.scored(questionnaire, assessment())
                .withPrevious(ReportInput.previous(questionnaire, previousAssessment()));
    }

    private static void put(Map<String, Answer> answers, Answer answer) {
        answers.put(answer.questionId(), answer);
    }

    private static Level level(int value, String fr, String en) {
        return new Level(value, Text.of(fr, en), Text.EMPTY);
    }

    private static Question question(String id, QuestionType type, String fr, String en, double weight, boolean na,
                                     fr.caprse.domain.expression.Expression appliesWhen, List<Option> options,
                                     Double maxPoints, List<String> references, String recoFr, String recoEn) {
        return new Question(id, type, Text.of(fr, en), Text.EMPTY, weight, na, false, appliesWhen, options, maxPoints,
                null, null, null, null, null, references, recoFr == null ? Text.EMPTY : Text.of(recoFr, recoEn), List.of());
    }

    private static fr.caprse.domain.expression.Expression expression(String source) {
        try {
            return ExpressionParser.parse(source);
        } catch (ExpressionException e) {
            throw new IllegalStateException(source, e);
        }
    }
}
