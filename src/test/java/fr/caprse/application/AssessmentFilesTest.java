package fr.caprse.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.json.AssessmentFileException;
import fr.caprse.storage.Database;
import fr.caprse.storage.StorageException;
import fr.caprse.yaml.BuiltInQuestionnaires;
import fr.caprse.yaml.QuestionnaireLoader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentFilesTest {

    @TempDir
    Path work;

    @Test
    void databaseToFileToDatabaseToFileGivesTheSameBytes() {
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        byte[] questionnaireFile = BuiltInQuestionnaires.content("rse-rso");
        byte[] first;
        Assessment original;
        try (Database laptop = Database.open(work.resolve("laptop"), fixedClock())) {
            long organisationId = laptop.organisations().create(atelier()).id();
            long id = laptop.assessments().create(organisationId, "2026", questionnaire, questionnaireFile).id();
            Map<String, Answer> given = answerEverything(laptop, id, questionnaire);
            original = laptop.assessments().load(id).orElseThrow();
            assertThat(original.answers()).isEqualTo(given).hasSizeGreaterThan(50);
            assertThat(original.votes()).hasSize(3);
            assertThat(original.actions()).hasSize(2);
            first = files(laptop).export(id);
        }

        byte[] second;
        try (Database other = Database.open(work.resolve("other laptop"), fixedClock())) {
            AssessmentFiles.Imported imported = importBytes(other, first);
            assertThat(other.assessments().load(imported.entry().id())).as("nothing lost on the way").contains(original);
            assertThat(other.questionnaires().ofAssessment(imported.entry().id()).orElseThrow().content())
                    .isEqualTo(questionnaireFile);
            second = files(other).export(imported.entry().id());
        }

        assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
        assertThat(second).isEqualTo(first);
    }

    @ParameterizedTest
    @ValueSource(strings = {"atelier-du-val-rse-rso.rse.json", "fournil-rse-express.rse.json",
            "jardins-de-la-vallee-vsme-basic.rse.json"})
    void aFileImportedThenExportedIsTheSameFile(String sample) throws Exception {
        byte[] file = resource("/assessments/" + sample);
        try (Database database = Database.open(work.resolve("data"), fixedClock())) {
            Path source = Files.write(work.resolve(sample), file);
            AssessmentFiles.Imported imported = files(database).importFile(source);

            Path target = work.resolve("exported").resolve(sample);
            Files.createDirectories(target.getParent());
            files(database).export(imported.entry().id(), target);

            assertThat(Files.readString(target)).isEqualTo(new String(file, StandardCharsets.UTF_8));
            assertThat(Files.readAllBytes(target)).isEqualTo(file);
            assertThat(Files.list(target.getParent())).as("no temporary file left").hasSize(1);
        }
    }

    @Test
    void aFileThatDoesNotReadImportsNothing() throws Exception {
        String broken = new String(resource("/assessments/fournil-rse-express.rse.json"), StandardCharsets.UTF_8)
                .replaceFirst("\"value\": \\d", "\"value\": 9");
        try (Database database = Database.open(work.resolve("data"), fixedClock())) {
            assertThatThrownBy(() -> importBytes(database, broken.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(StorageException.class).hasCauseInstanceOf(AssessmentFileException.class);
            assertThatThrownBy(() -> files(database).importBytes(broken.getBytes(StandardCharsets.UTF_8),
                    "fournil.rse.json"))
                    .isInstanceOf(AssessmentFileException.class)
                    .hasMessageStartingWith("fournil.rse.json:");
            assertThat(database.organisations().list()).isEmpty();
            assertThat(database.assessments().list()).isEmpty();
            assertThat(database.questionnaires().list()).isEmpty();
        }
    }

    @Test
    void anOldQuestionnaireVersionIsFoundInTheDatabaseOrInAFileTheUserOpened() throws Exception {
        byte[] oldFile = new String(BuiltInQuestionnaires.content("rse-express", "1.0.0"), StandardCharsets.UTF_8)
                .replace("version: \"1.0.0\"", "version: \"0.9.0\"").getBytes(StandardCharsets.UTF_8);
        Questionnaire old = new QuestionnaireLoader().load("rse-express-0.9.0.yaml", oldFile).questionnaire();
        byte[] exported;
        try (Database database = Database.open(work.resolve("data"), fixedClock())) {
            long organisationId = database.organisations().create(atelier()).id();
            long id = database.assessments().create(organisationId, "2024", old, oldFile).id();
            database.assessments().saveAnswer(id, Answer.of("xgov-purpose", new AnswerValue.LevelValue(1)));
            exported = files(database).export(id);

            AssessmentFiles.Imported again = importBytes(database, exported);
            assertThat(database.questionnaires().ofAssessment(again.entry().id()).orElseThrow().contentHash())
                    .as("kept in the database").isEqualTo(old.contentHash());
            assertThat(again.alreadyThere()).isEqualTo(1);
        }
        try (Database elsewhere = Database.open(work.resolve("elsewhere"), fixedClock())) {
            assertThatThrownBy(() -> files(elsewhere).importBytes(exported, "a.rse.json"))
                    .isInstanceOf(AssessmentFileException.class).hasMessageContaining("0.9.0");

            QuestionnaireSource opened = new QuestionnaireSource(KeptQuestionnaires.in(elsewhere));
            opened.open(Files.write(work.resolve("rse-express-0.9.0.yaml"), oldFile));
            AssessmentFiles.Imported given = new AssessmentFiles(elsewhere,
                    new SqliteWorkspace(elsewhere, opened), opened).importBytes(exported, "a.rse.json");

            assertThat(elsewhere.questionnaires().ofAssessment(given.entry().id()).orElseThrow().content()).isEqualTo(oldFile);
            assertThat(files(elsewhere).export(given.entry().id())).isEqualTo(exported);
        }
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhereAndLeavesNoFile() {
        try (Database database = Database.open(work.resolve("data"), fixedClock())) {
            long organisationId = database.organisations().create(atelier()).id();
            Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-express").orElseThrow();
            long id = database.assessments().create(organisationId, "2026", questionnaire,
                    BuiltInQuestionnaires.content("rse-express")).id();
            Path target = work.resolve("no such folder").resolve("a.rse.json");

            assertThatThrownBy(() -> files(database).export(id, target))
                    .isInstanceOf(StorageException.class).hasMessageContaining("Cap RSE cannot write " + target);
            assertThat(work.resolve("no such folder")).doesNotExist();
        }
    }

    /** Answers every question the way its type asks, with comments, evidence, flags, N/A, a workshop and actions. */
    private static Map<String, Answer> answerEverything(Database database, long id, Questionnaire questionnaire) {
        Map<String, Answer> given = new LinkedHashMap<>();
        Instant when = Instant.parse("2026-11-26T09:31:00Z");
        int i = 0;
        boolean naGiven = false;
        for (Question question : questionnaire.questions()) {
            i++;
            AnswerValue value = switch (question.type()) {
                case MATURITY -> new AnswerValue.LevelValue(i % (questionnaire.scale().highest() + 1));
                case YESNO -> new AnswerValue.Choice(i % 2 == 0 ? "yes" : "no");
                case SINGLE -> new AnswerValue.Choice(question.options().get(i % question.options().size()).id());
                case MULTIPLE -> new AnswerValue.Choices(question.options().stream().limit(2).map(o -> o.id()).toList());
                case NUMBER, PERCENT -> new AnswerValue.NumberValue(number(question));
                case TEXT -> new AnswerValue.TextValue("Réponse libre n° " + i + " — « guillemets », ligne\nsuivante 🌱");
                case COMPUTED -> null;
            };
            if (value == null) {
                continue;
            }
            Answer answer = Answer.of(question.id(), value);
            if (question.na() && !naGiven) {
                answer = Answer.notApplicable(question.id()).withComment("pas concerné");
                naGiven = true;
            }
            if (i % 3 == 0) {
                answer = answer.withComment("commentaire " + i).withEvidence("preuve-" + i + ".pdf");
            }
            if (i % 7 == 0) {
                answer = answer.withFlagged(true).stamped("Camille", when.plusSeconds(i));
            }
            database.assessments().saveAnswer(id, answer);
            given.put(answer.questionId(), answer);
        }
        database.workshops().saveParticipants(id, List.of(new Participant("p1", "Camille", "gérante"),
                new Participant("p2", "Lou", null)));
        List<Question> maturity = questionnaire.questions().stream().filter(q -> q.type() == QuestionType.MATURITY).toList();
        database.workshops().saveVote(id, new Vote(maturity.get(0).id(), "p1", 2));
        database.workshops().saveVote(id, new Vote(maturity.get(0).id(), "p2", 3));
        database.workshops().saveVote(id, new Vote(maturity.get(1).id(), "p2", 1));
        database.actions().add(id, new Action(maturity.get(0).id(), "Écrire la raison d'être", "Camille",
                LocalDate.parse("2027-03-31"), ActionStatus.DOING));
        database.actions().add(id, new Action(null, "Bilan carbone", null, null, ActionStatus.TODO));
        return given;
    }

    private static BigDecimal number(Question question) {
        double low = question.min() != null ? question.min() : 0;
        double high = question.max() != null ? question.max() : low + 1000;
        return BigDecimal.valueOf((low + high) / 3).setScale(2, RoundingMode.HALF_UP);
    }

    private static AssessmentFiles.Imported importBytes(Database database, byte[] file) {
        try {
            return files(database).importBytes(file, "test.rse.json");
        } catch (AssessmentFileException e) {
            throw new StorageException(e.getMessage(), e);
        }
    }

    private static AssessmentFiles files(Database database) {
        QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
        return new AssessmentFiles(database, new SqliteWorkspace(database, questionnaires), questionnaires);
    }

    private static Organisation atelier() {
        return new Organisation("Atelier du Val", "123 456 789 00012", "C25", OrganisationSize.SMALL, 23, "SCOP",
                "Drôme", true);
    }

    private static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = AssessmentFilesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
