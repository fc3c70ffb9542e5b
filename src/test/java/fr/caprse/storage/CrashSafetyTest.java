package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The laptop whose battery dies mid-workshop, fifty times over: a separate JVM saves answers in a loop and
 * is killed ({@code destroyForcibly}, SIGKILL) at a random moment. Every answer whose save had returned
 * must be in the database afterwards, with its value, and the database must pass SQLite's integrity check.
 * One run in ten is killed at a random moment from its start, often while the database is still opening
 * (lock, checks, backup).
 */
class CrashSafetyTest {

    private static final int RUNS = 50;
    private static final int MAX_SAVING_MILLIS = 300;
    private static final int MAX_FROM_START_MILLIS = 1_500;

    @TempDir
    Path work;

    @Test
    void everyAnswerWhoseSaveReturnedSurvivesTheProcessBeingKilled(TestReporter reporter) throws Exception {
        Path dataDir = work.resolve("data");
        long assessmentId;
        try (Database database = Database.open(dataDir)) {
            long organisationId = database.organisations().create(StorageFixtures.atelier()).id();
            byte[] file = StorageFixtures.file("rse-rso", "1.0.0", "");
            assessmentId = database.assessments().create(organisationId, "2026",
                    StorageFixtures.questionnaire("1.0.0", file), file).id();
        }
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        Map<String, List<String>> savedByRun = new LinkedHashMap<>();
        int killedWhileSaving = 0;

        for (int run = 1; run <= RUNS; run++) {
            boolean fromStart = run % 10 == 5;
            Process child = start(dataDir, assessmentId, run);
            try {
                InputStream out = child.getInputStream();
                if (!fromStart) {
                    assertThat(ChildJvm.readLine(out)).as("run %d (seed %d): the child opened the database; see %s", run, seed,
                            stderr(run)).isEqualTo("ready");
                    if (run == 1) {
                        assertThatThrownBy(() -> Database.open(dataDir)).isInstanceOf(StorageException.class)
                                .hasMessageContaining("Cap RSE is already open on this data folder")
                                .hasMessageContaining("process " + child.pid());
                    }
                }
                boolean exitedByItself = child.waitFor(random.nextInt(fromStart ? MAX_FROM_START_MILLIS : MAX_SAVING_MILLIS),
                        TimeUnit.MILLISECONDS);
                assertThat(exitedByItself).as("run %d (seed %d): the child stopped before it was killed; see %s",
                        run, seed, stderr(run)).isFalse();
                // the handle's destroyForcibly sends SIGKILL and, unlike Process.destroyForcibly, leaves the pipe
                // open so that what the child printed before dying can still be read
                child.toHandle().destroyForcibly();
                child.waitFor();
                List<String> saved = savedLines(out.readAllBytes());
                savedByRun.put(Integer.toString(run), saved);
                if (!saved.isEmpty()) {
                    killedWhileSaving++;
                }
            } finally {
                child.destroyForcibly();
            }
        }

        try (Database database = Database.open(dataDir)) {
            assertThat(database.<String>read("integrity", c -> DatabaseTest.pragma(c, "integrity_check"))).isEqualTo("ok");
            Assessment assessment = database.assessments().load(assessmentId).orElseThrow();
            long checked = 0;
            for (Map.Entry<String, List<String>> run : savedByRun.entrySet()) {
                for (String questionId : run.getValue()) {
                    Answer answer = assessment.answers().get(questionId);
                    assertThat(answer).as("seed %d: %s was saved before the kill", seed, questionId).isNotNull();
                    assertThat(answer.value()).isEqualTo(new AnswerValue.TextValue(SaveLoopChild.valueOf(questionId)));
                    checked++;
                }
                if (!run.getValue().isEmpty()) {
                    Answer progress = assessment.answers().get("progress-" + run.getKey());
                    BigDecimal lastPrinted = new BigDecimal(run.getValue().get(run.getValue().size() - 1)
                            .substring(("q-" + run.getKey() + "-").length()));
                    assertThat(((AnswerValue.NumberValue) progress.value()).number()).as("seed %d", seed)
                            .isGreaterThanOrEqualTo(lastPrinted);
                }
            }
            LoggerFactory.getLogger(CrashSafetyTest.class).info("seed {}: {} of {} runs killed while saving, {} answers "
                    + "confirmed before a kill and found afterwards", seed, killedWhileSaving, RUNS, checked);
            reporter.publishEntry("seed", Long.toString(seed));
            reporter.publishEntry("runs killed while saving", killedWhileSaving + " of " + RUNS);
            reporter.publishEntry("answers confirmed then found", Long.toString(checked));
            assertThat(checked).as("answers confirmed before the kills").isPositive();
            assertThat(killedWhileSaving).as("runs killed in the middle of saving").isGreaterThanOrEqualTo(RUNS / 2);
        }
    }

    private Process start(Path dataDir, long assessmentId, int run) throws IOException {
        return ChildJvm.start(work, "64m", SaveLoopChild.class, stderr(run), dataDir.toString(), Long.toString(assessmentId),
                Integer.toString(run));
    }

    private Path stderr(int run) {
        return work.resolve("child-" + run + ".err");
    }

    /**
     * The question ids of the complete "saved" lines (after "ready" when it was not read before); a line
     * cut by the kill is not a confirmation.
     */
    private static List<String> savedLines(byte[] output) {
        String text = new String(output, StandardCharsets.UTF_8);
        int lastNewline = text.lastIndexOf('\n');
        List<String> ids = new ArrayList<>();
        if (lastNewline < 0) {
            return ids;
        }
        for (String line : text.substring(0, lastNewline).split("\\R")) {
            if (line.startsWith("saved ")) {
                ids.add(line.substring("saved ".length()).strip());
            } else if (!line.isBlank() && !line.equals("ready")) {
                throw new AssertionError("unexpected output from the child: " + line);
            }
        }
        return ids;
    }
}
