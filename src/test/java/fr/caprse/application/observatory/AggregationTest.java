package fr.caprse.application.observatory;

import static fr.caprse.application.observatory.ObservatoryFixtures.V1;
import static fr.caprse.application.observatory.ObservatoryFixtures.V2;
import static fr.caprse.application.observatory.ObservatoryFixtures.assessment;
import static fr.caprse.application.observatory.ObservatoryFixtures.organisation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import fr.caprse.json.BenchmarkPackJson;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consolidation of a small set checked by hand: four organisations on two versions of the {@code obs}
 * questionnaire (reports and assessment files), two duplicates, and every kind of broken file.
 *
 * <pre>
 * scale 0–4, s = level / 4; yes = 1, no = 0; env-b x = 2 of 2, y = 0; every weight 1
 *                         gov                     env              overall
 * A 111 Drôme  1.0.0 rpt  4,2,yes → 1,.5,1 = 83.33  0,x → 0,1 = 50    66.67
 * B  –  Drôme  1.1.0 json 2,2,4 → .5,.5,1 = 66.67   4,y → 1,0 = 50    58.33
 * C 333 Isère  1.1.0 rpt  0,0,0 → 0                 2,x → .5,1 = 75   37.50
 * D 444 Drôme  1.0.0 json 1,3,no → .25,.75,0 = 33.33 3,y → .75,0 = 37.5 35.42
 * gov sorted 0, 33.33, 66.67, 83.33: median 50, Q1 0+.75·33.33 = 25, Q3 66.67+.25·16.67 = 70.83, mean 45.83
 * env sorted 37.5, 50, 50, 75: median 50, Q1 37.5+.75·12.5 = 46.875, Q3 50+.25·25 = 56.25, mean 53.125
 * </pre>
 */
class AggregationTest {

    @TempDir
    static Path shared;
    static Path in;

    @TempDir
    Path folder;
    Path out;

    static final Instant NEW = Instant.parse("2026-11-01T10:00:00Z");
    static final Instant OLD = Instant.parse("2026-10-01T10:00:00Z");

    @BeforeEach
    void output() throws Exception {
        out = Files.createDirectories(folder.resolve("out"));
    }

    @BeforeAll
    static void inputs() throws Exception {
        in = Files.createDirectories(shared.resolve("returns"));
        Path sub = Files.createDirectories(in.resolve("by mail/october"));
        Path a = ObservatoryFixtures.report(in.resolve("a.xlsx"), V1, assessment(V1,
                organisation("Atelier A", "111", "Drôme"), "2026", NEW,
                "gov-a", 4, "gov-b", 2, "gov-old", "yes", "env-a", 0, "env-b", "x"));
        ObservatoryFixtures.json(in.resolve("b.rse.json"), V2, assessment(V2,
                organisation("Coopérative Été", null, "Drôme"), "2026", NEW,
                "gov-a", 2, "gov-b", 2, "gov-new", 4, "env-a", 4, "env-b", "y"));
        ObservatoryFixtures.report(in.resolve("c.xlsx"), V2, assessment(V2,
                organisation("Conserverie C", "333", "Isère"), "2026", NEW,
                "gov-a", 0, "gov-b", 0, "gov-new", 0, "env-a", 2, "env-b", "x"));
        ObservatoryFixtures.json(sub.resolve("d.rse.json"), V1, assessment(V1,
                organisation("Domaine D", "444", "drôme "), "2026", NEW,
                "gov-a", 1, "gov-b", 3, "gov-old", "no", "env-a", 3, "env-b", "y"));
        // duplicates: C sent earlier (same registry id, other name), B earlier (same name written otherwise)
        ObservatoryFixtures.report(sub.resolve("c-first.xlsx"), V2, assessment(V2,
                organisation("CONSERVERIE C (ancien nom)", "333", "Isère"), "2026", OLD,
                "gov-a", 4, "gov-b", 4, "gov-new", 4, "env-a", 4, "env-b", "x"));
        ObservatoryFixtures.json(sub.resolve("b-first.rse.json"), V2, assessment(V2,
                organisation("  cooperative ete ", null, "Drôme"), "2026", OLD, "gov-a", 4));
        // every kind of bad input
        Path bad = Files.createDirectories(in.resolve("bad"));
        ObservatoryFixtures.text(bad.resolve("notes.xlsx"), "These are my notes, not a workbook.");
        ObservatoryFixtures.text(bad.resolve("empty.xlsx"), "");
        ObservatoryFixtures.truncated(bad.resolve("truncated.xlsx"), a);
        ObservatoryFixtures.corrupt(bad.resolve("corrupt.xlsx"), a);
        ObservatoryFixtures.passwordProtected(bad.resolve("password.xlsx"), a);
        ObservatoryFixtures.bombInsideReport(bad.resolve("bomb.xlsx"), a);
        ObservatoryFixtures.externalEntity(bad.resolve("entity.xlsx"), a);
        ObservatoryFixtures.huge(bad.resolve("huge.xlsx"), 100);
        ObservatoryFixtures.report(bad.resolve("express.xlsx"), fr.caprse.yaml.BuiltInQuestionnaires.byId("rse-express")
                .orElseThrow(), assessment(fr.caprse.yaml.BuiltInQuestionnaires.byId("rse-express").orElseThrow(),
                organisation("Autre questionnaire", "999", "Drôme"), "2026", NEW));
        ObservatoryFixtures.editedValue(bad.resolve("edited.xlsx"), a, "gov-a", "7");
        ObservatoryFixtures.oldXls(bad.resolve("old.xls"));
        ObservatoryFixtures.text(bad.resolve("broken.rse.json"), "{\"format\": \"cap-rse/assessment@1\", ");
        ObservatoryFixtures.text(bad.resolve("readme.txt"), "not an input: skipped");
    }

    private AggregationSummary run(AggregationRequest request) throws AggregationException {
        return new Aggregation(ObservatoryFixtures.readers(), ObservatoryFixtures.CLOCK, 2)
                .run(request, AggregationListener.NONE, () -> false);
    }

    private AggregationRequest request() {
        return AggregationRequest.of(List.of(in), out.resolve("consolidated.xlsx"));
    }

    @Test
    void consolidatesTheHandCheckedSet() throws Exception {
        AggregationSummary summary = run(request().withBy(Grouping.TERRITORY).withLongCsv(out.resolve("answers.csv")));

        assertThat(summary.consolidated()).isEqualTo(4);
        assertThat(summary.questionnaireId()).isEqualTo("obs");
        assertThat(summary.filesFound()).isEqualTo(18);
        try (InputStream stream = Files.newInputStream(out.resolve("consolidated.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(stream)) {
            assertThat(sheetNames(workbook)).containsExactly("assessments", "benchmarks", "answers", "rejected",
                    "duplicates", "about");
            List<Map<String, Object>> rows = table(workbook.getSheet("assessments"));
            assertThat(rows).extracting(r -> r.get("organisation"))
                    .containsExactly("Atelier A", "Conserverie C", "Coopérative Été", "Domaine D");
            assertThat(rows).extracting(r -> r.get("questionnaire_version"))
                    .containsExactly("1.0.0", "1.1.0", "1.1.0", "1.0.0");
            assertThat(rows).extracting(r -> r.get("questionnaire_hash"))
                    .containsExactly(V1.contentHash(), V2.contentHash(), V2.contentHash(), V1.contentHash());
            assertThat(numbers(rows, "score_gov")).containsExactly(new double[] {83.333, 0.0, 66.667, 33.333}, within(0.001));
            assertThat(numbers(rows, "score_env")).containsExactly(new double[] {50.0, 75.0, 50.0, 37.5}, within(0.001));
            assertThat(numbers(rows, "overall")).containsExactly(new double[] {66.667, 37.5, 58.333, 35.417}, within(0.001));
            assertThat(rows).extracting(r -> r.get("source_file")).containsExactly("returns/a.xlsx", "returns/c.xlsx",
                    "returns/b.rse.json", "returns/by mail/october/d.rse.json");
            assertThat(rows).extracting(r -> r.get("kind")).containsExactly("report", "report", "rse.json", "rse.json");
            assertThat(rows.get(0).get("completion")).isEqualTo(1.0);

            // answers by question id: a version's questions only, none shifted
            List<Map<String, Object>> answers = table(workbook.getSheet("answers"));
            assertThat(answers).hasSize(20);
            assertThat(answers).filteredOn(r -> r.get("question_id").equals("gov-old"))
                    .extracting(r -> r.get("organisation")).containsExactly("Atelier A", "Domaine D");
            assertThat(answers).filteredOn(r -> r.get("question_id").equals("gov-new"))
                    .extracting(r -> r.get("value")).containsExactly("0", "4");
            Map<String, Object> envB = answers.stream().filter(r -> r.get("organisation").equals("Atelier A")
                    && r.get("question_id").equals("env-b")).findFirst().orElseThrow();
            assertThat(envB).containsEntry("value", "x").containsEntry("value_label", "Triés")
                    .containsEntry("points", 1.0).containsEntry("included", "true");

            // benchmarks: all organisations, hand-checked
            assertThat(workbook.getSheet("benchmarks").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Repères · obs · 4 évaluations");
            assertThat(workbook.getSheet("benchmarks").getRow(3).getCell(2).getStringCellValue()).isEqualTo("effectif");
            Map<String, double[]> all = benchmarkBlock(workbook.getSheet("benchmarks"), "Toutes les organisations (n = 4)");
            assertThat(all.get("gov")).containsExactly(new double[] {4, 45.833, 50, 25, 70.833, 0, 83.333},
                    within(0.001));
            assertThat(all.get("env")).containsExactly(new double[] {4, 53.125, 50, 46.875, 56.25, 37.5, 75},
                    within(0.001));
            Map<String, double[]> drome = benchmarkBlock(workbook.getSheet("benchmarks"), "Territoire = Drôme");
            assertThat(drome.get("gov")[0]).isEqualTo(3);
            assertThat(drome.get("gov")[2]).isCloseTo(66.667, within(0.001));
            XSSFDrawing drawing = ((XSSFSheet) workbook.getSheet("benchmarks")).getDrawingPatriarch();
            assertThat(drawing.getCharts()).hasSize(3);
            assertThat(drawing.getCharts().get(0).getChartSeries().get(0).getSeriesCount()).isEqualTo(3);

            List<Map<String, Object>> duplicates = table(workbook.getSheet("duplicates"));
            assertThat(duplicates).extracting(r -> r.get("set_aside_file")).containsExactly(
                    "returns/by mail/october/b-first.rse.json", "returns/by mail/october/c-first.xlsx");
            assertThat(duplicates).extracting(r -> r.get("kept_file"))
                    .containsExactly("returns/b.rse.json", "returns/c.xlsx");

            Map<String, String> rejected = new HashMap<>();
            table(workbook.getSheet("rejected")).forEach(r -> rejected.put((String) r.get("source_file"),
                    (String) r.get("reason")));
            assertThat(rejected).hasSize(12);
            // in the consolidation's language (French by default)
            assertThat(rejected.get("returns/bad/notes.xlsx")).isEqualTo("notes.xlsx : ce n’est pas un classeur Excel (.xlsx)");
            assertThat(rejected.get("returns/bad/empty.xlsx")).contains("le fichier est vide");
            assertThat(rejected.get("returns/bad/truncated.xlsx")).contains("classeur abîmé ou incomplet");
            assertThat(rejected.get("returns/bad/corrupt.xlsx")).contains("classeur abîmé ou incomplet");
            assertThat(rejected.get("returns/bad/password.xlsx")).contains("protégé par un mot de passe");
            assertThat(rejected.get("returns/bad/bomb.xlsx")).contains("refusé").contains("bombe zip")
                    .contains("xl/media/image1.bin");
            assertThat(rejected.get("returns/bad/entity.xlsx")).contains("déclare des entités");
            assertThat(rejected.get("returns/bad/huge.xlsx")).contains("le fichier pèse 100 Mo");
            assertThat(rejected.get("returns/bad/express.xlsx")).contains("rempli sur le questionnaire rse-express")
                    .contains("cette consolidation porte sur obs");
            // a reader's finding at a cell is given as the reader says it
            assertThat(rejected.get("returns/bad/edited.xlsx"))
                    .contains("data!D2 (question gov-a): \"7\" is not a maturity level");
            assertThat(rejected.get("returns/bad/old.xls")).contains("ancien format (.xls)");
            assertThat(rejected.get("returns/bad/broken.rse.json")).startsWith("broken.rse.json:");
            assertThat(rejected).doesNotContainKey("returns/bad/readme.txt");
            assertThat(rejected.values()).noneMatch(r -> r.contains("ZipSecureFile") || r.contains("Exception"));
        }
        List<String> csv = Files.readAllLines(out.resolve("answers.csv"));
        assertThat(csv).hasSize(21);
        assertThat(csv.get(0)).isEqualTo(String.join(",", LongFormat.COLUMNS));
        assertThat(Files.readString(out.resolve("answers.csv"))).contains("\r\n")
                .contains(",Coopérative Été,2026,obs,1.1.0,");
    }

    @Test
    void inEnglishTheReasonsAndTheBenchmarksSheetAreEnglish() throws Exception {
        AggregationSummary summary = run(request().withLanguage("en"));

        Map<String, String> rejected = new HashMap<>();
        summary.rejected().forEach(r -> rejected.put(r.source(), r.reason()));
        assertThat(rejected.get("returns/bad/notes.xlsx")).isEqualTo("notes.xlsx: not an Excel workbook (.xlsx)");
        assertThat(rejected.get("returns/bad/empty.xlsx")).contains("the file is empty");
        assertThat(rejected.get("returns/bad/truncated.xlsx")).contains("damaged or incomplete workbook");
        assertThat(rejected.get("returns/bad/password.xlsx")).contains("protected by a password");
        assertThat(rejected.get("returns/bad/bomb.xlsx")).contains("refused").contains("zip bomb")
                .contains("xl/media/image1.bin");
        assertThat(rejected.get("returns/bad/entity.xlsx")).contains("declares entities");
        assertThat(rejected.get("returns/bad/huge.xlsx")).contains("the file is 100 MB");
        assertThat(rejected.get("returns/bad/express.xlsx")).contains("answered on questionnaire rse-express")
                .contains("this consolidation is of obs");
        assertThat(rejected.get("returns/bad/old.xls")).contains("old-format Excel file (.xls)");
        try (InputStream stream = Files.newInputStream(out.resolve("consolidated.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(stream)) {
            assertThat(workbook.getSheet("benchmarks").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Benchmarks · obs · 4 assessments");
            assertThat(benchmarkBlock(workbook.getSheet("benchmarks"), "All organisations (n = 4)").get("gov")[2])
                    .isCloseTo(50, within(0.001));
        }
    }

    private static double[] numbers(List<Map<String, Object>> rows, String column) {
        return rows.stream().mapToDouble(r -> (Double) r.get(column)).toArray();
    }

    @Test
    void groupsUnderTheMinimumAreLeftOutOfThePack() throws Exception {
        Path pack = out.resolve("pack.json");
        AggregationSummary summary = run(request().withBy(Grouping.TERRITORY).withBenchmarks(pack).withMinGroup(3));

        assertThat(summary.groupsLeftOut()).containsExactly("Territoire = Isère (1 organisation)");
        BenchmarkPack read = BenchmarkPackJson.read(Files.readAllBytes(pack), "pack.json");
        assertThat(read.groups()).containsOnlyKeys("drôme");
        assertThat(read.all().organisations()).isEqualTo(4);
        assertThat(read.all().theme("gov").orElseThrow().median()).isCloseTo(50, within(1e-9));
        assertThat(read.groups().get("drôme").theme("gov").orElseThrow().q1()).isCloseTo(50, within(1e-9));
        assertThat(Files.readString(pack)).doesNotContain("Isère").doesNotContain("isère")
                .doesNotContain("\"min\"").doesNotContain("\"max\"");
    }

    @Test
    void withTheDefaultMinimumFourOrganisationsMakeNoPack() throws Exception {
        Path pack = out.resolve("pack.json");
        AggregationSummary summary = run(request().withBy(Grouping.TERRITORY).withBenchmarks(pack));

        assertThat(summary.packProblem()).contains("4 organisation(s) consolidée(s)").contains("au moins 5");
        assertThat(pack).doesNotExist();
        assertThat(out.resolve("consolidated.xlsx")).exists();
    }

    @Test
    void campaignSaysWhoHasAndHasNotAnswered() throws Exception {
        Path list = ObservatoryFixtures.text(folder.resolve("orgs.csv"),
                "nom;siret;email\nAtelier A;111;a@example.org\nCOOPERATIVE ETE;;b@example.org\nLes Absents;555;x@example.org\n");
        run(request().withCampaign(list));
        try (InputStream stream = Files.newInputStream(out.resolve("consolidated.xlsx"));
             XSSFWorkbook workbook = new XSSFWorkbook(stream)) {
            List<Map<String, Object>> campaign = table(workbook.getSheet("campaign"));
            assertThat(campaign).extracting(r -> r.get("organisation") + " " + r.get("answered") + " " + r.get("source_files"))
                    .containsExactly("Atelier A true returns/a.xlsx", "COOPERATIVE ETE true returns/b.rse.json",
                            "Les Absents false null");
        }
    }

    @Test
    void nothingReadableWritesNothing() throws Exception {
        AggregationSummary summary = run(AggregationRequest.of(List.of(in.resolve("bad")), out.resolve("x.xlsx"))
                .withQuestionnaire("obs"));
        assertThat(summary.consolidated()).isZero();
        assertThat(summary.rejected()).hasSize(12);
        assertThat(out.resolve("x.xlsx")).doesNotExist();
    }

    @Test
    void cancellingStopsWithoutWriting() {
        AtomicInteger asked = new AtomicInteger();
        Aggregation aggregation = new Aggregation(ObservatoryFixtures.readers(), ObservatoryFixtures.CLOCK, 1);
        List<Integer> progress = new ArrayList<>();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> aggregation.run(request(),
                        (read, total, rejected) -> progress.add(read), () -> asked.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class);
        assertThat(out.resolve("consolidated.xlsx")).doesNotExist();
        assertThat(progress).isNotEmpty().allMatch(p -> p < 18);
        try (var files = Files.list(out)) {
            assertThat(files).isEmpty();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    static List<String> sheetNames(XSSFWorkbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    /** The rows of a data sheet as column name → value (String or Double). */
    static List<Map<String, Object>> table(Sheet sheet) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Row header = sheet.getRow(0);
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            Map<String, Object> values = new HashMap<>();
            for (Cell cell : header) {
                Cell value = row.getCell(cell.getColumnIndex());
                values.put(cell.getStringCellValue(), value == null ? null
                        : switch (value.getCellType()) {
                            case NUMERIC -> value.getNumericCellValue();
                            case STRING -> value.getStringCellValue();
                            default -> null;
                        });
            }
            rows.add(values);
        }
        return rows;
    }

    /** A block of the benchmarks sheet: theme id → count, mean, median, q1, q3, min, max. */
    static Map<String, double[]> benchmarkBlock(Sheet sheet, String titleStart) {
        Map<String, double[]> block = new HashMap<>();
        boolean inside = false;
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            String text = first == null || first.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING ? ""
                    : first.getStringCellValue();
            if (text.startsWith(titleStart)) {
                inside = true;
                continue;
            }
            if (inside && row.getCell(2) != null
                    && row.getCell(2).getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                continue; // the header row, in the consolidation's language
            }
            if (inside && (text.isEmpty() || row.getCell(2) == null)) {
                if (!block.isEmpty()) {
                    break;
                }
                continue;
            }
            if (inside) {
                double[] values = new double[7];
                for (int i = 0; i < 7; i++) {
                    Cell cell = row.getCell(2 + i);
                    values[i] = cell == null ? Double.NaN : cell.getNumericCellValue();
                }
                block.put(text, values);
            }
        }
        if (block.isEmpty()) {
            throw new AssertionError("no benchmark block " + titleStart);
        }
        return block;
    }
}
