package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Vote;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnswerSaverTest {

    @TempDir
    Path dataDir;

    private Database database;
    private long assessmentId;

    @BeforeEach
    void open() {
        database = Database.open(dataDir, StorageFixtures.fixedClock());
        long organisationId = database.organisations().create(StorageFixtures.atelier()).id();
        byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
        assessmentId = database.assessments().create(organisationId, "2026",
                StorageFixtures.questionnaire("1.0.0", file), file).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSaveCompletesOnceTheAnswerIsInTheDatabase() {
        AnswerSaver saver = new AnswerSaver(database, Runnable::run);

        CompletableFuture<Void> saved = saver.save(assessmentId, Answer.of("gov-mission", new AnswerValue.LevelValue(2)));

        assertThat(saved).isCompleted();
        assertThat(database.assessments().load(assessmentId).orElseThrow().answers()).containsKey("gov-mission");
    }

    @Test
    void theCallerDoesNotWaitForTheDisk() throws Exception {
        CountDownLatch diskFree = new CountDownLatch(1);
        try (AnswerSaver saver = new AnswerSaver(database)) {
            saver.run("stalled disk", () -> await(diskFree));

            CompletableFuture<Void> saved = saver.save(assessmentId, Answer.of("gov-mission", new AnswerValue.LevelValue(2)));

            assertThat(saved).as("returned while the writer is busy").isNotDone();
            diskFree.countDown();
            saved.get(30, TimeUnit.SECONDS);
            assertThat(database.assessments().load(assessmentId).orElseThrow().answers()).containsKey("gov-mission");
        }
    }

    @Test
    void savesAreCommittedInTheOrderGivenSoTheLastAnswerWins() throws Exception {
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        try (AnswerSaver saver = new AnswerSaver(database)) {
            for (int level = 0; level <= 4; level++) {
                saves.add(saver.save(assessmentId, Answer.of("gov-mission", new AnswerValue.LevelValue(level))));
                saves.add(saver.save(assessmentId, Answer.of("q-" + level, new AnswerValue.TextValue("t" + level))));
            }
            saves.add(saver.saveVote(assessmentId, new Vote("gov-mission", "p1", 3)));
            saves.add(saver.remove(assessmentId, "q-0"));
            saver.flushed().get(30, TimeUnit.SECONDS);
        }
        assertThat(saves).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        var answers = database.assessments().load(assessmentId).orElseThrow().answers();
        assertThat(answers.get("gov-mission").value()).isEqualTo(new AnswerValue.LevelValue(4));
        assertThat(answers.keySet()).containsExactly("gov-mission", "q-1", "q-2", "q-3", "q-4");
        assertThat(database.workshops().votes(assessmentId)).containsExactly(new Vote("gov-mission", "p1", 3));
    }

    @Test
    void closingWaitsForTheSavesStillQueued() {
        CountDownLatch diskFree = new CountDownLatch(1);
        AnswerSaver saver = new AnswerSaver(database);
        saver.run("stalled disk", () -> await(diskFree));
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            saves.add(saver.save(assessmentId, Answer.of("q-" + i, new AnswerValue.LevelValue(1))));
        }
        diskFree.countDown();

        saver.close();

        assertThat(saves).allMatch(CompletableFuture::isDone);
        assertThat(database.assessments().load(assessmentId).orElseThrow().answers()).hasSize(20);
        assertThatThrownBy(() -> saver.save(assessmentId, Answer.of("late", null)).join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(StorageException.class)
                .hasMessageContaining("was not saved");
    }

    @Test
    void aSaveThatFailsCompletesWithTheReasonForTheUser() {
        AnswerSaver saver = new AnswerSaver(database, Runnable::run);
        database.assessments().delete(assessmentId);

        CompletableFuture<Void> saved = saver.save(assessmentId, Answer.of("gov-mission", new AnswerValue.LevelValue(2)));

        assertThat(saved).isCompletedExceptionally();
        assertThatThrownBy(saved::join).hasCauseInstanceOf(StorageException.class)
                .hasMessageContaining("There is no assessment " + assessmentId);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
