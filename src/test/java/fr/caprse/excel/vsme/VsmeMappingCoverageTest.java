package fr.caprse.excel.vsme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.excel.vsme.VsmeMapping.Kind;
import fr.caprse.excel.vsme.VsmeMapping.Row;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The mapping against the shipped template: every name of the basic module (B1 to B11) is either mapped or
 * left out with a reason; every list value we write is one of the template's; every cell we write is an
 * input cell, never a formula; every question exists in vsme-basic with a type that fits.
 */
class VsmeMappingCoverageTest {

    private static final VsmeMapping MAPPING = VsmeMapping.standard();
    private static XSSFWorkbook template;

    @BeforeAll
    static void openTemplate() throws IOException {
        try (InputStream in = VsmeTemplate.open()) {
            template = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        template.close();
    }

    /** The template's datapoint names in disclosures B1 to B11. */
    static Set<String> basicModuleNames() {
        return TemplateSections.of(template).entrySet().stream().filter(e -> e.getValue().startsWith("b"))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Names a mapping row reads or writes by their own name (not as an anchor for a neighbouring cell). */
    static Set<String> mappedNames() {
        Set<String> names = new TreeSet<>();
        for (Row row : MAPPING.rows()) {
            if (row.byOwnName()) {
                names.add(row.name());
                if (row.kind() == Kind.TABLE || row.kind() == Kind.PAIRS) {
                    names.addAll(row.list());
                }
                if (row.unit() != null) {
                    names.add(row.unit().name());
                }
            }
        }
        return names;
    }

    static Set<String> unaccounted(Set<String> basic, Set<String> mapped, Set<String> leftOut) {
        Set<String> rest = new TreeSet<>(basic);
        rest.removeAll(mapped);
        rest.removeAll(leftOut);
        return rest;
    }

    static Set<String> leftOutNames() {
        return MAPPING.leftOut().stream().map(VsmeMapping.LeftOut::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBasicModuleNameIsMappedOrLeftOutWithAReason() {
        Set<String> basic = basicModuleNames();
        assertThat(basic).hasSizeGreaterThan(150).contains("Turnover", "NumberOfFemaleEmployees",
                "TotalNumberOfConvictionsForTheViolationOfAntiCorruptionAndAntiBriberyLaws", "GrossScope1GreenhouseGasEmissions");
        assertThat(unaccounted(basic, mappedNames(), leftOutNames())).isEmpty();
        assertThat(MAPPING.leftOut()).allSatisfy(l -> assertThat(l.reason()).isNotBlank());
    }

    @Test
    void theCheckFailsOnANameThatIsNeitherMappedNorLeftOut() {
        Set<String> leftOut = leftOutNames();
        leftOut.remove("GPSLocationOfSite");
        assertThat(unaccounted(basicModuleNames(), mappedNames(), leftOut)).containsExactly("GPSLocationOfSite");
    }

    @Test
    void leftOutNamesAreBasicModuleNamesThatNoRowMaps() {
        assertThat(basicModuleNames()).containsAll(leftOutNames());
        assertThat(mappedNames()).doesNotContainAnyElementsOf(leftOutNames());
    }

    @Test
    void everyCellTheExportWritesIsAnInputCell() throws Exception {
        for (Row row : MAPPING.rows()) {
            if (!row.direction().exports()) {
                continue;
            }
            NamedCells.Place place = NamedCells.place(template, row.name(), row.cell());
            Cell cell = place.cell();
            assertThat(cell == null || cell.getCellType() != CellType.FORMULA)
                    .as("mapping.tsv:%d writes %s, which holds a formula", row.line(), place.address()).isTrue();
        }
    }

    @Test
    void everyListValueWeWriteIsOneOfTheTemplatesList() throws Exception {
        for (Row row : MAPPING.rows()) {
            List<String> written = new ArrayList<>();
            if (row.kind() == Kind.CHOICE) {
                written.addAll(row.choices().values());
            } else if (row.kind() == Kind.FIXED) {
                written.add(row.values());
            } else if (row.kind() == Kind.LISTED) {
                written.addAll(NamedValues.of(template, row.values()));
            } else if (row.kind() == Kind.YESNO) {
                written.addAll(List.of("YES", "NO"));
            }
            if (!written.isEmpty()) {
                assertThat(listOf(NamedCells.place(template, row.name(), row.cell())))
                        .as("mapping.tsv:%d %s", row.line(), row.name()).containsAll(written);
            }
            if (row.unit() != null && !row.unit().factors().isEmpty() && !isFormula(row.unit().name())) {
                assertThat(listOf(NamedCells.place(template, row.unit().name(), ".")))
                        .as("mapping.tsv:%d unit %s", row.line(), row.unit().name())
                        .containsAll(row.unit().factors().keySet());
            }
        }
    }

    /** Whether the first cell of {@code name} is computed by the template (a unit that follows another). */
    private static boolean isFormula(String name) throws NamedCells.BrokenName {
        Cell cell = NamedCells.place(template, name, ".").cell();
        return cell != null && cell.getCellType() == CellType.FORMULA;
    }

    /** The values the cell's data validation allows: a literal list or a named enum_* range. */
    private static List<String> listOf(NamedCells.Place place) throws NamedCells.BrokenName {
        for (DataValidation validation : place.sheet().getDataValidations()) {
            for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(place.row(), place.column())) {
                    String formula = validation.getValidationConstraint().getFormula1();
                    if (formula == null) {
                        String[] literal = validation.getValidationConstraint().getExplicitListValues();
                        return literal == null ? List.of() : List.of(literal).stream().map(String::strip).toList();
                    }
                    if (formula.startsWith("\"")) {
                        return List.of(formula.replace("\"", "").split(",")).stream().map(String::strip).toList();
                    }
                    return NamedValues.of(template, formula.strip());
                }
            }
        }
        // lists on another sheet are kept in the sheet's x14 extension, which POI does not model
        var extensions = ((org.apache.poi.xssf.usermodel.XSSFSheet) place.sheet()).getCTWorksheet().getExtLst();
        String ext = extensions == null ? "" : extensions.xmlText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "<x14:formula1><xm:f>([^<]*)</xm:f></x14:formula1>.*?<xm:sqref>([^<]*)</xm:sqref>").matcher(ext);
        while (m.find()) {
            for (String region : m.group(2).split(" ")) {
                if (CellRangeAddress.valueOf(region).isInRange(place.row(), place.column())) {
                    return NamedValues.ofReference(template, m.group(1));
                }
            }
        }
        throw new AssertionError(place.address() + " (" + place.name() + ") has no list validation");
    }

    @Test
    void everyQuestionOfTheMappingIsInVsmeBasicWithATypeThatFits() {
        Map<String, Question> questions = VsmeFixtures.questionnaire().index();
        for (Row row : MAPPING.rows()) {
            Question question = questions.get(row.question());
            assertThat(question).as("mapping.tsv:%d question %s", row.line(), row.question()).isNotNull();
            Set<QuestionType> fitting = switch (row.kind()) {
                case NUMBER, SUM, ROWS -> Set.of(QuestionType.NUMBER, QuestionType.PERCENT);
                case TEXT, NACE, PAIRS, TABLE, LISTED -> Set.of(QuestionType.TEXT);
                case CHECK, YESNO, PRESENT -> Set.of(QuestionType.YESNO);
                case CHOICE -> Set.of(QuestionType.SINGLE);
                case FLAG, FIXED, CLEAR -> Set.of(QuestionType.values());
            };
            if (row.direction().imports() || row.kind() != Kind.NUMBER) {
                assertThat(fitting).as("mapping.tsv:%d %s is %s", row.line(), row.question(), question.type())
                        .contains(question.type());
            }
            if (row.kind() == Kind.CHOICE) {
                assertThat(row.choices().keySet()).as("mapping.tsv:%d options", row.line())
                        .containsExactlyInAnyOrderElementsOf(question.options().stream().map(Option::id).toList());
            }
        }
        assertThat(MAPPING.notCarried()).allSatisfy(n -> assertThat(questions).containsKey(n.question()));
    }
}
