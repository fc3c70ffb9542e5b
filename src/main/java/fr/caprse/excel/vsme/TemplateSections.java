package fr.caprse.excel.vsme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Which disclosure (B1 to B11, C1 to C9) each datapoint name of the template belongs to: the template heads
 * each disclosure with a {@code template_b3_...} or {@code template_c4_...} name in column C, and a datapoint
 * belongs to the nearest heading above it on its sheet.
 */
public final class TemplateSections {

    private static final Pattern HEADING = Pattern.compile("template_([bc]\\d+)_.*");

    private TemplateSections() {
    }

    /** True for the names that carry datapoints (not template metadata, lists or footnotes). */
    public static boolean isDatapoint(String name) {
        return !name.startsWith("template_") && !name.startsWith("enum_") && !name.startsWith("footnote_")
                && !name.startsWith("_");
    }

    /** Datapoint name → "b1" ... "c9", or "" when it sits before every heading (report information). */
    public static Map<String, String> of(Workbook workbook) {
        record Heading(String sheet, int row, String section) {
        }
        List<Heading> headings = new ArrayList<>();
        List<NamedCells.Area> datapoints = new ArrayList<>();
        for (Name name : workbook.getAllNames()) {
            NamedCells.Area area;
            try {
                area = NamedCells.area(workbook, name.getNameName());
            } catch (NamedCells.BrokenName | RuntimeException e) {
                continue;
            }
            Matcher m = HEADING.matcher(name.getNameName());
            if (m.matches() && area.firstColumn() == 2 && !name.getNameName().startsWith("template_label")) {
                headings.add(new Heading(area.sheet().getSheetName(), area.firstRow(), m.group(1)));
            } else if (isDatapoint(name.getNameName())) {
                datapoints.add(area);
            }
        }
        headings.sort(Comparator.comparingInt(Heading::row));
        Map<String, String> sections = new LinkedHashMap<>();
        for (NamedCells.Area area : datapoints) {
            String section = "";
            for (Heading heading : headings) {
                if (heading.sheet().equals(area.sheet().getSheetName()) && heading.row() <= area.firstRow()) {
                    section = heading.section();
                }
            }
            sections.put(area.name(), section);
        }
        return sections;
    }
}
