package fr.caprse.application.observatory;

import fr.caprse.excel.ConsolidatedWorkbook.Kind;
import java.util.List;
import java.util.Set;

/**
 * The columns of the answers in long format, the same in the workbook's {@code answers} sheet and the
 * {@code --long} CSV (docs/observatory.md): one row per assessment and question.
 */
public final class LongFormat {

    public static final List<String> COLUMNS = List.of("assessment", "organisation_id", "organisation", "period",
            "questionnaire_id", "questionnaire_version", "sector", "size", "territory", "legal_form", "ess", "theme_id",
            "question_id", "question_type", "value", "value_label", "number", "na", "applicable", "answered", "included",
            "weight", "s", "points");

    private static final Set<String> BOOLEANS = Set.of("ess", "na", "applicable", "answered", "included");
    private static final Set<String> NUMBERS = Set.of("number", "weight", "s", "points");

    private LongFormat() {
    }

    static Kind kind(String column) {
        if (column.equals("assessment")) {
            return Kind.INTEGER;
        }
        if (BOOLEANS.contains(column)) {
            return Kind.BOOLEAN;
        }
        return NUMBERS.contains(column) ? Kind.NUMBER : Kind.TEXT;
    }
}
