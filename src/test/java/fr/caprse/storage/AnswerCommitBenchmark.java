package fr.caprse.storage;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.task.ThreadTaskExecutor;
import java.util.concurrent.CompletableFuture;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * How long an answer takes from the save call to its commit on disk, in WAL mode with
 * {@code synchronous=FULL} (every commit waits for the WAL to reach the disk) and {@code NORMAL} (commits
 * reach the disk at the next checkpoint; a power cut may lose the last ones). Measured straight on the
 * repository and through a background task as the UI uses it (task handed over to its success callback).
 *
 * <p>Run (from the project folder, after {@code ./mvnw -o -q test-compile}; {@code M2=~/.m2/repository}):
 * <pre>
 * java -cp "target/test-classes:target/classes:$M2/org/xerial/sqlite-jdbc/3.54.1.0/sqlite-jdbc-3.54.1.0.jar:\
 * $M2/org/slf4j/slf4j-api/2.0.20/slf4j-api-2.0.20.jar:$M2/org/slf4j/slf4j-jdk14/2.0.20/slf4j-jdk14-2.0.20.jar" fr.caprse.storage.AnswerCommitBenchmark [folder] [answers]
 * </pre>
 * The folder defaults to {@code target/benchmark}: put it on the disk you care about.
 *
 * <p>Measured on the shared 2-core build machine (ext4 on a virtual disk, load average about 12), 2000
 * answers: FULL median 2.6 to 3.6 ms, p95 about 10 ms, p99 17 to 31 ms; NORMAL median 0.09 to 0.2 ms,
 * p95 about 0.5 ms, p99 3 to 13 ms. FULL is kept: a person answers one question every few seconds, the
 * save runs off the UI thread, and only FULL keeps an answer whose save returned through a power cut (a
 * laptop's battery running out), which is the promise made to the user.
 */
public final class AnswerCommitBenchmark {

    private static final int WARM_UP = 300;

    private AnswerCommitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/benchmark");
        int answers = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        System.out.printf("%d answers after %d to warm up, in %s (%s %s, Java %s)%n", answers, WARM_UP,
                folder.toAbsolutePath(), System.getProperty("os.name"), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        System.out.printf("%-8s %-11s %9s %9s %9s %9s %9s%n", "sync", "path", "median", "p95", "p99", "max", "answers/s");
        for (Database.Synchronous mode : Database.Synchronous.values()) {
            for (boolean throughSaver : new boolean[] {false, true}) {
                Path dataDir = folder.resolve(mode + (throughSaver ? "-saver" : "-direct"));
                deleteTree(dataDir);
                long[] nanos = measure(dataDir, mode, throughSaver, answers);
                print(mode.name(), throughSaver ? "task" : "repository", nanos);
                deleteTree(dataDir);
            }
        }
    }

    private static long[] measure(Path dataDir, Database.Synchronous mode, boolean throughSaver, int count) throws Exception {
        ThreadTaskExecutor tasks = new ThreadTaskExecutor(2, Runnable::run);
        try (Database database = Database.open(dataDir, Clock.systemUTC(), mode, Backups.DEFAULT_DAYS_KEPT)) {
            long organisationId = database.organisations().create(StorageFixtures.atelier()).id();
            byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
            long assessmentId = database.assessments().create(organisationId, "2026",
                    StorageFixtures.questionnaire("1.0.0", file), file).id();
            long[] nanos = new long[count];
            for (int i = -WARM_UP; i < count; i++) {
                // 82 questions answered and re-answered, as in a real questionnaire
                Answer answer = new Answer("q-" + Math.floorMod(i, 82),
                        new AnswerValue.NumberValue(BigDecimal.valueOf(i, 1)), false, "comment " + i, null, "bench",
                        Instant.now(), false);
                long start = System.nanoTime();
                if (throughSaver) {
                    CompletableFuture<Void> done = new CompletableFuture<>();
                    BackgroundTask.ofAction(p -> database.assessments().saveAnswer(assessmentId, answer))
                            .inOrderOf(BackgroundTask.assessment(assessmentId))
                            .onSuccess(done::complete).onFailure(done::completeExceptionally).executeWith(tasks);
                    done.get(30, TimeUnit.SECONDS);
                } else {
                    database.assessments().saveAnswer(assessmentId, answer);
                }
                long took = System.nanoTime() - start;
                if (i >= 0) {
                    nanos[i] = took;
                }
            }
            return nanos;
        } finally {
            tasks.shutdown(10);
        }
    }

    private static void print(String mode, String path, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double total = Arrays.stream(nanos).sum() / 1e9;
        System.out.printf("%-8s %-11s %9s %9s %9s %9s %9.0f%n", mode, path, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 95)), ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]), nanos.length / total);
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String ms(long nanos) {
        return String.format("%.3f ms", nanos / 1e6);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
