package fr.caprse.application.observatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The long CSV loads into DuckDB as an analyst would load it, and the theme medians rebuilt from it by
 * the query of docs/observatory.md are the workbook's, overall and by territory.
 */
class AnswersCsvDuckDbTest {

    @TempDir
    Path folder;

    static final String[] TERRITORIES = {"Drôme", "Ardèche", "Isère"};

    @Test
    void themeMediansFromTheCsvAreTheWorkbooks() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        Random random = new Random(20261129);
        for (int i = 0; i < 37; i++) {
            Questionnaire q = i % 3 == 0 ? ObservatoryFixtures.V1 : ObservatoryFixtures.V2;
            String third = q == ObservatoryFixtures.V1 ? "gov-old" : "gov-new";
            Object thirdValue = q == ObservatoryFixtures.V1 ? (random.nextBoolean() ? "yes" : "no") : random.nextInt(5);
            var assessment = ObservatoryFixtures.assessment(q, ObservatoryFixtures.organisation("Organisation " + i,
                            "R" + i, TERRITORIES[random.nextInt(3)]), "2026", Instant.parse("2026-11-01T10:00:00Z"),
                    "gov-a", random.nextInt(5), "gov-b", random.nextInt(5), third, thirdValue, "env-a", random.nextInt(5),
                    "env-b", random.nextBoolean() ? "x" : "y");
            if (i % 2 == 0) {
                ObservatoryFixtures.report(in.resolve("r" + i + ".xlsx"), q, assessment);
            } else {
                ObservatoryFixtures.json(in.resolve("r" + i + ".rse.json"), q, assessment);
            }
        }
        Path workbook = folder.resolve("consolidated.xlsx");
        Path csv = folder.resolve("answers.csv");
        AggregationSummary summary = new Aggregation(ObservatoryFixtures.readers(), ObservatoryFixtures.CLOCK, 2).run(
                AggregationRequest.of(List.of(in), workbook).withBy(Grouping.TERRITORY).withLongCsv(csv),
                AggregationListener.NONE, () -> false);
        assertThat(summary.consolidated()).isEqualTo(37);

        Map<String, Double> fromCsv = new HashMap<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = duckdb.createStatement();
             ResultSet rows = statement.executeQuery("""
                     WITH theme_scores AS (
                       SELECT assessment, territory, theme_id, 100 * sum(points) / sum(weight) AS score
                       FROM read_csv('%s')
                       WHERE included
                       GROUP BY assessment, territory, theme_id)
                     SELECT coalesce(territory, '*') AS territory, theme_id, median(score) AS median_score
                     FROM theme_scores
                     GROUP BY GROUPING SETS ((territory, theme_id), (theme_id))
                     """.formatted(csv.toString().replace("'", "''")))) {
            while (rows.next()) {
                fromCsv.put(rows.getString("territory") + "/" + rows.getString("theme_id"), rows.getDouble("median_score"));
            }
        }

        try (InputStream stream = Files.newInputStream(workbook); XSSFWorkbook book = new XSSFWorkbook(stream)) {
            var sheet = book.getSheet("benchmarks");
            Map<String, double[]> all = AggregationTest.benchmarkBlock(sheet, "Toutes les organisations");
            for (String theme : List.of("gov", "env")) {
                assertThat(fromCsv.get("*/" + theme)).isCloseTo(all.get(theme)[2], within(1e-9));
            }
            for (String territory : TERRITORIES) {
                Map<String, double[]> group = AggregationTest.benchmarkBlock(sheet, "Territoire = " + territory);
                for (String theme : List.of("gov", "env")) {
                    assertThat(fromCsv.get(territory + "/" + theme)).as(territory + " " + theme)
                            .isCloseTo(group.get(theme)[2], within(1e-9));
                }
            }
        }
        assertThat(fromCsv).hasSize(2 + 2 * TERRITORIES.length);
    }
}
