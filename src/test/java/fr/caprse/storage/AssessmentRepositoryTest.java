package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssessmentRepositoryTest {

    @TempDir
    Path dataDir;

    private final StorageFixtures.MutableClock clock = new StorageFixtures.MutableClock(StorageFixtures.NOW);
    private final byte[] v1File = StorageFixtures.file("rse-rso", "1.0.0", "first");
    private final Questionnaire v1 = StorageFixtures.questionnaire("1.0.0", v1File);
    private Database database;
    private AssessmentRepository assessments;
    private long organisationId;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, clock);
        assessments = database.assessments();
        organisationId = database.organisations().create(StorageFixtures.atelier()).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyKindOfAnswerComesBackExactly() {
        long id = assessments.create(organisationId, "2026", v1, v1File).id();
        for (Answer answer : StorageFixtures.everyKindOfAnswer()) {
            assessments.saveAnswer(id, answer);
        }
        database.close();
        database = Database.open(dataDir, clock);

        Map<String, Answer> loaded = database.assessments().load(id).orElseThrow().answers();

        assertThat(List.copyOf(loaded.values())).containsExactlyElementsOf(StorageFixtures.everyKindOfAnswer());
        assertThat(((AnswerValue.NumberValue) loaded.get("env-energy").value()).number().toPlainString())
                .as("the number keeps its written scale").isEqualTo("182.50");
        assertThat(((AnswerValue.NumberValue) loaded.get("extra-big").value()).number().scale()).isEqualTo(-3);
    }

    @Test
    void aNewAnswerReplacesThePreviousOneAndKeepsItsPlace() {
        long id = assessments.create(organisationId, "2026", v1, v1File).id();
        assessments.saveAnswer(id, Answer.of("gov-mission", new AnswerValue.LevelValue(1)));
        assessments.saveAnswer(id, Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("10"))));
        clock.set(StorageFixtures.NOW.plusSeconds(3600));
        assessments.saveAnswer(id, Answer.notApplicable("gov-mission").withComment("not for us"));

        Assessment loaded = assessments.load(id).orElseThrow();

        assertThat(loaded.answers().keySet()).containsExactly("gov-mission", "env-energy");
        assertThat(loaded.answers().get("gov-mission")).isEqualTo(Answer.notApplicable("gov-mission").withComment("not for us"));
        assertThat(loaded.modified()).isEqualTo(StorageFixtures.NOW.plusSeconds(3600));
        assertThat(loaded.created()).isEqualTo(StorageFixtures.NOW);
    }

    @Test
    void clearingAnAnswerForgetsIt() {
        long id = assessments.create(organisationId, "2026", v1, v1File).id();
        assessments.saveAnswer(id, Answer.of("gov-mission", new AnswerValue.LevelValue(1)));
        assessments.removeAnswer(id, "gov-mission");
        assertThat(assessments.load(id).orElseThrow().answers()).isEmpty();
    }

    @Test
    void anAnswerToADeletedAssessmentIsRefusedAndNothingIsWritten() {
        long id = assessments.create(organisationId, "2026", v1, v1File).id();
        assessments.delete(id);

        assertThatThrownBy(() -> assessments.saveAnswer(id, Answer.of("gov-mission", new AnswerValue.LevelValue(1))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("There is no assessment " + id);
        assertThat(database.<Integer>read("test", c -> {
            try (var s = c.createStatement(); var rows = s.executeQuery("SELECT count(*) FROM answers")) {
                rows.next();
                return rows.getInt(1);
            }
        })).isZero();
    }

    @Test
    void anOrganisationsAssessmentsAreListedLatestPeriodFirstWithTheirProgress() {
        long first = assessments.create(organisationId, "2024", v1, v1File).id();
        long third = assessments.create(organisationId, "2026", v1, v1File).id();
        long second = assessments.create(organisationId, "2025", v1, v1File).id();
        assessments.saveAnswer(third, Answer.of("gov-mission", new AnswerValue.LevelValue(1)));
        assessments.saveAnswer(third, Answer.notApplicable("con-labels"));
        assessments.saveAnswer(third, Answer.of("soc-notes", null).withComment("a comment is not an answer"));
        long other = database.organisations().create(Organisation.named("Other")).id();
        assessments.create(other, "2026", v1, v1File);

        List<AssessmentSummary> listed = assessments.listByOrganisation(organisationId);

        assertThat(listed).extracting(AssessmentSummary::id).containsExactly(third, second, first);
        assertThat(listed.get(0).answered()).isEqualTo(2);
        assertThat(listed.get(0)).extracting(AssessmentSummary::questionnaireId, AssessmentSummary::questionnaireVersion,
                        AssessmentSummary::questionnaireHash, AssessmentSummary::organisationName)
                .containsExactly("rse-rso", "1.0.0", v1.contentHash(), "Atelier du Val");
        assertThat(assessments.list()).hasSize(4);
    }

    @Test
    void anAssessmentKeepsTheProfileOfItsPeriodWhenTheOrganisationGrows() {
        long old = assessments.create(organisationId, "2024", v1, v1File).id();
        Organisation grown = new Organisation("Atelier du Val", "123 456 789 00012", "C25", OrganisationSize.MEDIUM, 80,
                "scop", "Drôme", true);
        database.organisations().update(organisationId, grown);
        long current = assessments.create(organisationId, "2026", v1, v1File).id();

        assertThat(assessments.load(old).orElseThrow().organisation()).isEqualTo(StorageFixtures.atelier());
        assertThat(assessments.load(current).orElseThrow().organisation()).isEqualTo(grown);

        Organisation corrected = new Organisation("Atelier du Val", null, "C25", OrganisationSize.SMALL, 25, "scop",
                "Drôme", true);
        assessments.updateProfile(old, corrected);
        assertThat(assessments.load(old).orElseThrow().organisation()).isEqualTo(corrected);
        assertThat(database.organisations().find(organisationId).orElseThrow().organisation()).isEqualTo(grown);
    }

    @Test
    void aWholeAssessmentIsStoredAsGivenWithItsDates() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (Answer answer : StorageFixtures.everyKindOfAnswer()) {
            answers.put(answer.questionId(), answer);
        }
        Assessment given = new Assessment("rse-rso", "1.0.0", StorageFixtures.atelier(), "2026",
                Instant.parse("2026-11-20T09:30:00Z"), Instant.parse("2026-11-26T10:12:41Z"), answers,
                List.of(new Participant("p2", "Lou", null), new Participant("p1", "Camille", "gérante")),
                List.of(new Vote("gov-mission", "p2", 3), new Vote("gov-mission", "p1", 2), new Vote("env-energy", "p1", 1)),
                List.of(StorageFixtures.action("Audit énergétique", LocalDate.parse("2027-06-30"), ActionStatus.TODO),
                        StorageFixtures.action("Relamping LED", null, ActionStatus.DONE)));

        AssessmentSummary stored = assessments.insert(organisationId, given, v1File);

        assertThat(assessments.load(stored.id())).contains(given);
        assertThat(stored.questionnaireHash()).isEqualTo(v1.contentHash());
    }

    @Test
    void anAssessmentFromAFileGoesToItsOrganisationOrANewOneAndReplacesNothing() {
        Assessment fromFile = Assessment.start("rse-rso", "1.0.0", StorageFixtures.atelier(), "2026", StorageFixtures.NOW)
                .withAnswer(Answer.of("gov-mission", new AnswerValue.LevelValue(2)), StorageFixtures.NOW);
        long existing = assessments.create(organisationId, "2026", v1, v1File).id();

        ImportedAssessment first = assessments.insert(fromFile, v1File);

        assertThat(first.assessment().organisationId()).isEqualTo(organisationId);
        assertThat(first.newOrganisation()).isFalse();
        assertThat(first.samePeriod()).extracting(AssessmentSummary::id).containsExactly(existing);
        assertThat(assessments.load(existing).orElseThrow().answers()).as("not replaced").isEmpty();

        Organisation stranger = Organisation.named("Fournil des Collines");
        ImportedAssessment second = assessments.insert(fromFile.withOrganisation(stranger, StorageFixtures.NOW), v1File);

        assertThat(second.newOrganisation()).isTrue();
        assertThat(second.samePeriod()).isEmpty();
        assertThat(database.organisations().find(second.assessment().organisationId()).orElseThrow().organisation())
                .isEqualTo(stranger);
        assertThat(assessments.load(second.assessment().id()).orElseThrow().answers()).hasSize(1);
    }

    @Test
    void theQuestionnaireFileIsKeptOnceAndReturnedByteForByte() {
        long a = assessments.create(organisationId, "2025", v1, v1File).id();
        long b = assessments.create(organisationId, "2026", v1, v1File).id();

        assertThat(database.questionnaires().list()).hasSize(1);
        assertThat(database.questionnaires().ofAssessment(a).orElseThrow().content()).isEqualTo(v1File);
        assertThat(database.questionnaires().ofAssessment(b).orElseThrow().contentHash()).isEqualTo(v1.contentHash());
        assertThat(database.questionnaires().find("rse-rso", "1.0.0").orElseThrow().content()).isEqualTo(v1File);
        assertThat(database.questionnaires().find("rse-rso", "9.9.9")).isEmpty();
    }

    @Test
    void bytesThatAreNotTheQuestionnairesFileAreRefused() {
        byte[] other = StorageFixtures.file("rse-rso", "1.0.0", "edited since");
        assertThatThrownBy(() -> assessments.create(organisationId, "2026", v1, other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not the file questionnaire rse-rso 1.0.0 was loaded from");
        assertThat(assessments.list()).isEmpty();
    }

    @Test
    void aNewPeriodStartsFromThePreviousAnswersTheNewQuestionnaireStillAsks() {
        long previous = assessments.create(organisationId, "2025", v1, v1File).id();
        for (Answer answer : StorageFixtures.everyKindOfAnswer()) {
            assessments.saveAnswer(previous, answer);
        }
        assessments.saveAnswer(previous, Answer.of("sta-map", new AnswerValue.Choices(List.of("clients", "media"))));
        database.actions().add(previous, StorageFixtures.action("Audit", null, ActionStatus.TODO));
        byte[] v2File = StorageFixtures.file("rse-rso", "2.0.0", "second");
        Questionnaire v2 = StorageFixtures.questionnaire("2.0.0", v2File);
        clock.set(Instant.parse("2026-11-30T08:00:00Z"));

        DuplicateResult result = assessments.duplicate(previous, "2026", v1, v2, v2File);

        Assessment next = assessments.load(result.created().id()).orElseThrow();
        assertThat(next.period()).isEqualTo("2026");
        assertThat(next.questionnaireVersion()).isEqualTo("2.0.0");
        assertThat(next.created()).isEqualTo(Instant.parse("2026-11-30T08:00:00Z"));
        assertThat(next.answers().keySet()).containsExactly("gov-mission", "env-energy", "con-labels");
        assertThat(next.answers().get("gov-mission")).isEqualTo(StorageFixtures.everyKindOfAnswer().get(0));
        // sta-map: option "media" is gone in 2.0.0; con-labels: N/A on a question that became text, still allowed;
        // soc-notes and the extra ones: no longer asked
        assertThat(result.notCarriedOver()).containsExactly("sta-map", "soc-notes", "extra-big",
                "extra-choice", "extra-empty", "extra-comment-only");
        assertThat(next.actions()).isEmpty();
        assertThat(assessments.load(previous).orElseThrow().answers()).as("the previous period is untouched").hasSize(9);
    }
}
