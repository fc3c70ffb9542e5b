package fr.caprse.excel;

import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How long the Excel report of a complete {@code rse-rso} assessment takes: scoring, building the
 * workbook and writing it to disk (what {@code export} and the Export button do), with a previous
 * assessment to compare with; and how long {@code import} takes to read it back. Median of the runs after
 * a warm-up, with min and max.
 *
 * <p>Run: {@code ./mvnw -o -q -DskipTests package} then
 * {@code java -cp target/test-classes:target/cap-rse.jar fr.caprse.excel.ReportExportBenchmark [runs]}.
 */
public final class ReportExportBenchmark {

    private static final int WARM_UP = 5;

    private ReportExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Questionnaire questionnaire = BuiltInQuestionnaires.byId("rse-rso").orElseThrow();
        Assessment assessment = CompleteAssessment.of(questionnaire, "2026", 0);
        Assessment previous = CompleteAssessment.of(questionnaire, "2025", 5);
        Path folder = Files.createTempDirectory("cap-rse-benchmark");
        Path report = folder.resolve("report.xlsx");
        ReportWriter writer = new ReportWriter();
        ReportReader reader = new ReportReader((id, version) -> Optional.of(questionnaire));

        double[] export = new double[runs];
        double[] read = new double[runs];
        for (int i = -WARM_UP; i < runs; i++) {
            long start = System.nanoTime();
            ReportInput input = ReportInput.scored(questionnaire, assessment)
                    .withPrevious(ReportInput.previous(questionnaire, previous));
            writer.write(input, Locale.FRENCH, report);
            long written = System.nanoTime();
            ImportedReport back = reader.read(report);
            long done = System.nanoTime();
            if (!back.assessment().equals(assessment)) {
                throw new IllegalStateException("the report did not read back into the same assessment");
            }
            if (i >= 0) {
                export[i] = (written - start) / 1e6;
                read[i] = (done - written) / 1e6;
            }
        }
        System.out.printf("rse-rso %s: %d questions, %d answered, %d actions; report %d KB (%s %s, Java %s, %d cores)%n",
                questionnaire.version(), questionnaire.questions().size(), assessment.answers().size(),
                assessment.actions().size(), Files.size(report) / 1024, System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("%d runs after %d to warm up%n", runs, WARM_UP);
        print("export (score + write .xlsx)", export);
        print("import (read back + check)", read);
        Files.deleteIfExists(report);
        Files.deleteIfExists(folder);
    }

    private static void print(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        System.out.printf("%-30s median %7.1f ms   min %7.1f ms   max %7.1f ms%n", what, median, sorted[0],
                sorted[sorted.length - 1]);
    }
}
