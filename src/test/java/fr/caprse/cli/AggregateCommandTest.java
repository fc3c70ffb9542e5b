package fr.caprse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AggregateCommandTest {

    @TempDir
    Path folder;

    private Path samples() throws Exception {
        Path in = Files.createDirectories(folder.resolve("in"));
        for (String name : new String[] {"atelier-du-val-rse-rso.rse.json", "fournil-rse-express.rse.json"}) {
            Files.copy(Path.of("src/test/resources/assessments", name), in.resolve(name),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return in;
    }

    @Test
    void consolidatesAndSaysWhatItRejected() throws Exception {
        Path in = samples();
        Files.writeString(in.resolve("notes.xlsx"), "not a workbook");
        Path out = folder.resolve("consolidated.xlsx");
        Path csv = folder.resolve("answers.csv");

        CliTestSupport result = CliTestSupport.run("aggregate", in.toString(), "-o", out.toString(), "--long",
                csv.toString(), "--only", "rse-rso", "--by", "territory");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("Fichiers trouvés : 3 ; consolidés : 1 (questionnaire rse-rso) ; écartés : 2 ;"
                + " doublons mis de côté : 0")
                .contains("écarté : notes.xlsx : ce n’est pas un classeur Excel (.xlsx)")
                .contains("écarté : fournil-rse-express.rse.json : rempli sur le questionnaire rse-express, alors que "
                        + "cette consolidation porte sur rse-rso (comme demandé)");
        assertThat(out).exists();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 102);
    }

    @Test
    void inEnglishWhenAsked() throws Exception {
        Path in = samples();
        Files.writeString(in.resolve("notes.xlsx"), "not a workbook");
        Path out = folder.resolve("consolidated.xlsx");

        CliTestSupport result = CliTestSupport.run("aggregate", in.toString(), "-o", out.toString(), "--only", "rse-rso",
                "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).contains("Files found: 3; consolidated: 1 (questionnaire rse-rso); rejected: 2;"
                + " duplicates set aside: 0")
                .contains("rejected: notes.xlsx: not an Excel workbook (.xlsx)")
                .contains("rejected: fournil-rse-express.rse.json: answered on questionnaire rse-express");
        try (var stream = Files.newInputStream(out);
             var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(stream)) {
            var benchmarks = workbook.getSheet("benchmarks");
            assertThat(benchmarks.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Benchmarks · rse-rso · 1 assessments");
            assertThat(benchmarks.getRow(3).getCell(2).getStringCellValue()).isEqualTo("count");
        }
    }

    @Test
    void exitsWithOneWhenNothingCouldBeConsolidated() throws Exception {
        Path in = Files.createDirectories(folder.resolve("bad"));
        Files.writeString(in.resolve("notes.xlsx"), "not a workbook");
        Path out = folder.resolve("consolidated.xlsx");

        CliTestSupport result = CliTestSupport.run("aggregate", in.toString(), "-o", out.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("consolidés : 0").contains("aucun fichier n’a pu être consolidé");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownGroupIsAUsageError() throws Exception {
        CliTestSupport result = CliTestSupport.run("aggregate", samples().toString(), "-o",
                folder.resolve("x.xlsx").toString(), "--by", "colour");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--by colour: expected sector, size, territory, legal_form or ess");
    }
}
