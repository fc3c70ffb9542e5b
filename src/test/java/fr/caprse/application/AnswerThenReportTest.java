package fr.caprse.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.application.task.BackgroundTask;
import fr.caprse.application.task.ThreadTaskExecutor;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.excel.ReportReader;
import fr.caprse.json.AssessmentJson;
import fr.caprse.storage.Database;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An answer given and an export asked for at once, as a user clicks a level then "Exporter" or "Rapport
 * Excel", 200 times: the file written must hold that answer (every tenth round writes and reads back the
 * Excel report, the others the {@code .rse.json} file). The answer's save and the report run on background threads; the work
 * on one assessment runs in the order it was asked.
 */
class AnswerThenReportTest {

    @TempDir
    Path folder;

    @Test
    void theReportAlwaysHoldsTheLastAnswer() throws Exception {
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        ThreadTaskExecutor tasks = new ThreadTaskExecutor(2, fxThread);
        try (Database database = Database.open(folder.resolve("data"))) {
            QuestionnaireSource questionnaires = new QuestionnaireSource(KeptQuestionnaires.in(database));
            SqliteWorkspace workspace = new SqliteWorkspace(database, questionnaires);
            AssessmentFiles files = new AssessmentFiles(database, workspace, questionnaires);
            SourcedQuestionnaire express = questionnaires.builtIns().stream()
                    .filter(q -> q.id().equals("rse-express")).findFirst().orElseThrow();
            Workspace.AssessmentEntry entry = workspace.start(null, new Organisation("Fournil", null, "C10",
                    OrganisationSize.MICRO, 4, "company", "Ardèche", false), "2026", express);
            String question = express.questionnaire().questions().stream()
                    .filter(q -> q.type() == fr.caprse.domain.questionnaire.QuestionType.MATURITY)
                    .findFirst().orElseThrow().id();
            ReportReader reader = new ReportReader(questionnaires.lookup(null)::resolve);

            int rounds = 200;
            List<String> wrong = Collections.synchronizedList(new ArrayList<>());
            CountDownLatch done = new CountDownLatch(rounds);
            Object order = BackgroundTask.assessment(entry.id());
            for (int i = 0; i < rounds; i++) {
                int level = i % 5;
                BackgroundTask.ofAction(p -> workspace.saveAnswer(entry.id(),
                        Answer.of(question, new AnswerValue.LevelValue(level)))).inOrderOf(order).executeWith(tasks);
                if (i % 10 != 9) {
                    // the portable file: the same ordering, a tenth of the cost of a workbook
                    String name = "export-" + i + ".rse.json";
                    BackgroundTask.of(p -> files.export(entry.id())).inOrderOf(order).onSuccess(bytes -> {
                        try {
                            Answer read = AssessmentJson.read(bytes, name, questionnaires.lookup(null))
                                    .answers().get(question);
                            if (read == null || !read.value().equals(new AnswerValue.LevelValue(level))) {
                                wrong.add(name + ": " + read + " instead of level " + level);
                            }
                        } catch (Exception e) {
                            wrong.add(name + ": " + e);
                        }
                    }).onFailure(e -> wrong.add(name + ": " + e)).onFinished(done::countDown).executeWith(tasks);
                    continue;
                }
                Path report = folder.resolve("report-" + i + ".xlsx");
                BackgroundTask.ofAction(p -> files.writeReport(entry, Locale.FRENCH, report)).inOrderOf(order)
                        .onSuccess(ok -> {
                            try {
                                Answer read = reader.read(report).assessment().answers().get(question);
                                if (read == null || !read.value().equals(new AnswerValue.LevelValue(level))) {
                                    wrong.add(report.getFileName() + ": " + read + " instead of level " + level);
                                }
                            } catch (Exception e) {
                                wrong.add(report.getFileName() + ": " + e);
                            }
                        })
                        .onFailure(e -> wrong.add(report.getFileName() + ": " + e))
                        .onFinished(done::countDown).executeWith(tasks);
            }
            assertThat(done.await(10, TimeUnit.MINUTES)).isTrue();
            assertThat(wrong).isEmpty();
        } finally {
            tasks.shutdown(10);
            fxThread.shutdown();
        }
    }
}
