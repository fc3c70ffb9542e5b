package fr.caprse.ui;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.storage.Database;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A comment typed in the real app survives the app being killed: type, wait past the save debounce
 * without leaving the field, kill the process (SIGKILL), and the comment is in the database. Before,
 * the header said "✔ Enregistré" while the comment waited for the field to lose the focus.
 */
class TypingKillTest {

    private static final String COMMENT = "Charte des valeurs votée en AG, mars 2024";

    @TempDir
    Path work;

    @Test
    void aCommentTypedThenLeftAloneIsOnDiskWhenTheAppIsKilled() throws Exception {
        Path data = work.resolve("data");
        long assessmentId;
        try (Database database = Database.open(data)) {
            long organisation = database.organisations().create(Organisation.named("Atelier du Val")).id();
            assessmentId = database.assessments().create(organisation, "2026",
                    BuiltInQuestionnaires.byId("rse-rso").orElseThrow(), BuiltInQuestionnaires.content("rse-rso")).id();
        }
        Process child = start(data, assessmentId);
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        lines.add(line);
                    }
                } catch (java.io.IOException e) {
                    // the child was killed
                }
            });
            reader.setDaemon(true);
            reader.start();
            String line;
            do {
                line = lines.poll(120, TimeUnit.SECONDS);
                assertThat(line).as("the app typed the comment; see %s", work.resolve("child.err")).isNotNull();
            } while (!line.equals("typed"));
            child.toHandle().destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        try (Database database = Database.open(data)) {
            Answer answer = database.assessments().load(assessmentId).orElseThrow().answers().get("gov-purpose");
            assertThat(answer).as("the comment of the first question").isNotNull();
            assertThat(answer.comment()).isEqualTo(COMMENT);
        }
    }

    private Process start(Path data, long assessmentId) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Duser.language=fr", "-Duser.country=FR",
                "-Dcaprse.data.dir=" + data, "-Dcaprse.log.dir=" + work.resolve("logs"),
                "-Dorg.sqlite.tmpdir=" + Files.createDirectories(work.resolve("native")),
                "-cp", classPath, TypingKillChild.class.getName(), Long.toString(assessmentId), COMMENT));
        return new ProcessBuilder(command).redirectError(work.resolve("child.err").toFile()).start();
    }
}
