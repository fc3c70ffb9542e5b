package fr.caprse.storage;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The process {@link CrashSafetyTest} kills: opens the database as the app does, says {@code ready}, then
 * saves answers through the {@link AnswerSaver} as fast as it can, printing {@code saved <question id>}
 * only after the save has returned. After each new answer it also rewrites the answer {@code progress-<run>}
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
        try (Database database = Database.open(dataDir); AnswerSaver saver = new AnswerSaver(database)) {
            out.println("ready");
            out.flush();
            for (long n = 1; ; n++) {
                String questionId = "q-" + run + "-" + n;
                saver.save(assessmentId, Answer.of(questionId, new AnswerValue.TextValue(valueOf(questionId)))).join();
                saver.save(assessmentId, Answer.of("progress-" + run, new AnswerValue.NumberValue(BigDecimal.valueOf(n)))).join();
                out.println("saved " + questionId);
                out.flush();
            }
        }
    }

    /** What the answer to a question of the loop says, so the test can check the content and not just the id. */
    static String valueOf(String questionId) {
        return "answer to " + questionId + " — é🌱";
    }
}
