package fr.caprse.storage;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The process {@link CrashSafetyTest} kills: opens the database as the app does, says {@code ready}, then
 * saves answers the way the app does (a background task per answer, in the order of its assessment) as
 * fast as it can, printing {@code saved <question id>} only after the save has returned. After each new answer it also rewrites the answer {@code progress-<run>}
 * with the count so far, so that replacing an answer is exercised too.
 *
 * <p>Arguments: data folder, assessment id, run label.
 */
public final class SaveLoopChild {

    private SaveLoopChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        long assessmentId = Long.parseLong(args[1]);
        String run = args[2];
        PrintStream out = System.out;
        ThreadTaskExecutor tasks = new ThreadTaskExecutor(2, Runnable::run);
        try (Database database = Database.open(dataDir)) {
            out.println("ready");
            out.flush();
            for (long n = 1; ; n++) {
                String questionId = "q-" + run + "-" + n;
                save(tasks, database, assessmentId, Answer.of(questionId, new AnswerValue.TextValue(valueOf(questionId))));
                save(tasks, database, assessmentId, Answer.of("progress-" + run, new AnswerValue.NumberValue(BigDecimal.valueOf(n))));
                out.println("saved " + questionId);
                out.flush();
            }
        } finally {
            tasks.shutdown(10);
        }
    }

    /** Saves one answer as the app does, and waits until it is committed. */
    private static void save(ThreadTaskExecutor tasks, Database database, long assessmentId, Answer answer) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        BackgroundTask.ofAction(p -> database.assessments().saveAnswer(assessmentId, answer))
                .inOrderOf(BackgroundTask.assessment(assessmentId))
                .onSuccess(done::complete).onFailure(done::completeExceptionally).executeWith(tasks);
        done.join();
    }

    /** What the answer to a question of the loop says, so the test can check the content and not just the id. */
    static String valueOf(String questionId) {
        return "answer to " + questionId + " — é🌱";
    }
}
