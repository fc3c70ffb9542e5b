package fr.caprse.storage;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Questionnaires and answers for the storage tests. The questionnaire "files" are stand-in bytes: storage
 * keeps and returns bytes and never parses them, so any bytes whose hash the questionnaire carries do.
 */
final class StorageFixtures {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final Instant NOW = Instant.parse("2026-11-26T09:30:00Z");

    private StorageFixtures() {
    }

    /** A clock that only moves when told. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advanceDays(long days) {
            now = now.plus(java.time.Duration.ofDays(days));
        }

        @Override
        public ZoneId getZone() {
            return PARIS;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    static byte[] file(String id, String version, String extra) {
        return ("id: " + id + "\nversion: " + version + "\n# " + extra + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A small questionnaire: gov-mission (maturity, N/A allowed), env-energy (number 0..1000), sta-map
     * (multiple), con-labels (yesno), soc-notes (text). Version 2.0.0 drops sta-map's option "media",
     * turns con-labels into a text question and removes soc-notes.
     */
    static Questionnaire questionnaire(String version, byte[] file) {
        boolean v2 = version.startsWith("2");
        Question mission = question("gov-mission", QuestionType.MATURITY, true, List.of(), null, null);
        Question energy = question("env-energy", QuestionType.NUMBER, false, List.of(), 0.0, 1000.0);
        List<Option> map = v2 ? List.of(option("clients"), option("suppliers"))
                : List.of(option("clients"), option("suppliers"), option("media"));
        Question stakeholders = question("sta-map", QuestionType.MULTIPLE, false, map, null, null);
        Question labels = question("con-labels", v2 ? QuestionType.TEXT : QuestionType.YESNO, true, List.of(), null, null);
        Question notes = question("soc-notes", QuestionType.TEXT, false, List.of(), null, null);
        List<Question> questions = v2 ? List.of(mission, energy, stakeholders, labels)
                : List.of(mission, energy, stakeholders, labels, notes);
        Scale scale = new Scale(List.of(level(0), level(1), level(2), level(3), level(4)));
        return new Questionnaire("rse-rso", version, List.of("fr", "en"), Text.of("RSE", "CSR"), Text.EMPTY, scale,
                List.of(new Theme("all", Text.of("Tout", "All"), Text.EMPTY, 1, List.of(), questions)),
                QuestionnaireRepository.sha256(file));
    }

    private static Level level(int value) {
        return new Level(value, Text.of("N" + value, "L" + value), Text.EMPTY);
    }

    private static Option option(String id) {
        return new Option(id, Text.of(id, id), 1);
    }

    private static Question question(String id, QuestionType type, boolean na, List<Option> options, Double min, Double max) {
        return new Question(id, type, Text.of(id, id), Text.EMPTY, 1, na, false, null, options, null, null, min, max,
                null, null, List.of(), Text.EMPTY, List.of());
    }

    static Organisation atelier() {
        return new Organisation("Atelier du Val", "123 456 789 00012", "C25", OrganisationSize.SMALL, 23, "SCOP",
                "Drôme", true);
    }

    /** One answer of every kind, with everything an answer can carry. */
    static List<Answer> everyKindOfAnswer() {
        Instant when = Instant.parse("2026-11-26T10:12:41.123456789Z");
        return List.of(
                new Answer("gov-mission", new AnswerValue.LevelValue(3), false, "Raison d'être voted in 2024",
                        "AG minutes, p. 4", "Camille", when, false),
                new Answer("env-energy", new AnswerValue.NumberValue(new BigDecimal("182.50")), false, null, null,
                        "Camille", when.plusSeconds(5), true),
                new Answer("sta-map", new AnswerValue.Choices(List.of("suppliers", "clients", "média, presse")), false,
                        "ordre gardé", null, null, null, false),
                Answer.notApplicable("con-labels").withComment("B2B only").stamped("Lou", when.plusSeconds(60)),
                new Answer("soc-notes", new AnswerValue.TextValue("Ligne 1\nLigne 2 — « guillemets » 🌱, 100%"), false,
                        null, null, null, null, false),
                new Answer("extra-big", new AnswerValue.NumberValue(new BigDecimal("1E+3")), false, null, null, null,
                        null, false),
                new Answer("extra-choice", new AnswerValue.Choice("yes"), false, null, null, null, null, false),
                new Answer("extra-empty", new AnswerValue.Choices(List.of()), false, null, null, null, null, false),
                new Answer("extra-comment-only", null, false, "to discuss with the board", null, null, null, true));
    }

    static Action action(String title, LocalDate due, ActionStatus status) {
        return new Action("env-energy", title, "Lou", due, status);
    }

    static Clock fixedClock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
