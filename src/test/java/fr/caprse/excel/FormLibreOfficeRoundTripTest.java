package fr.caprse.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.scoring.Scorer;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filled forms of every built-in questionnaire, saved again by LibreOffice as .xlsx (as a person using
 * Calc would), and taken through .ods and back to .xlsx, still read into the same answers and score.
 * Skipped only where LibreOffice is not installed; CI installs it ({@code .ci/run}).
 */
class FormLibreOfficeRoundTripTest {

    @TempDir
    static Path folder;

    private static final Map<String, FilledForms.Expected> EXPECTED = new HashMap<>();

    @BeforeAll
    static void fillAndConvertWithLibreOffice() throws Exception {
        Optional<Path> soffice = LibreOfficeHeadless.find();
        assumeTrue(soffice.isPresent(), "LibreOffice (soffice) is not installed");
        Path filled = Files.createDirectory(folder.resolve("filled"));
        List<String> files = new ArrayList<>();
        for (Questionnaire questionnaire : BuiltInQuestionnaires.all()) {
            Path file = filled.resolve(questionnaire.id() + ".xlsx");
            try (XSSFWorkbook workbook = new FormWriter(FormRoundTripTest.CLOCK).build(FormInput.blank(questionnaire), Locale.FRENCH)) {
                FilledForms.Filler filler = new FilledForms.Filler(workbook);
                EXPECTED.put(questionnaire.id(), FilledForms.fillEverything(filler, questionnaire, Locale.FRENCH));
                filler.save(file);
            }
            files.add(file.toString());
        }
        convert(soffice.get(), "xlsx:Calc MS Excel 2007 XML", folder.resolve("resaved"), files);
        convert(soffice.get(), "ods", folder.resolve("ods"), files);
        List<String> ods = files.stream().map(f -> folder.resolve("ods").resolve(Path.of(f).getFileName().toString()
                .replace(".xlsx", ".ods")).toString()).toList();
        convert(soffice.get(), "xlsx:Calc MS Excel 2007 XML", folder.resolve("from-ods"), ods);
    }

    private static void convert(Path soffice, String to, Path out, List<String> files) throws IOException, InterruptedException {
        LibreOfficeHeadless.convert(soffice, folder, to, out, files.stream().map(Path::of).toList());
    }

    static Stream<Arguments> conversions() {
        return BuiltInQuestionnaires.all().stream().flatMap(q -> Stream.of(Arguments.of(q.id(), "resaved"),
                Arguments.of(q.id(), "from-ods")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("conversions")
    void aFormSavedByLibreOfficeReadsBackIntoTheSameAnswersAndScore(String id, String conversion) throws Exception {
        Questionnaire questionnaire = BuiltInQuestionnaires.byId(id).orElseThrow();
        Path file = folder.resolve(conversion).resolve(id + ".xlsx");
        assertThat(Files.readAllBytes(file)).isNotEqualTo(Files.readAllBytes(folder.resolve("filled").resolve(id + ".xlsx")));
        FilledForms.Expected expected = EXPECTED.get(id);
        ImportedWorkbook imported = new WorkbookReader((qid, version) -> Optional.of(questionnaire)).read(file);
        assertThat(imported.assessment().organisation()).isEqualTo(expected.organisation());
        assertThat(imported.assessment().answers()).containsExactlyInAnyOrderEntriesOf(expected.answers());
        assertThat(Scorer.score(questionnaire, imported.assessment().organisation(), imported.assessment().answers()))
                .isEqualTo(Scorer.score(questionnaire, expected.organisation(), expected.answers()));
    }
}
