package fr.caprse.excel;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.QuestionScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Every question of the questionnaire on one sheet, theme after theme: the answer in words, N/A,
 * comment, evidence, how it counts (s, w, w·s, share of the theme) and its references. One sheet
 * rather than one per theme, so that one filter finds every N/A, every unanswered question or every
 * question citing SDG 13 across themes, and the sheet list stays the same whatever the questionnaire.
 */
final class AnswersSheet {

    static final int THEME = 0;
    static final int ID = 1;
    static final int QUESTION = 2;
    static final int ANSWER = 3;
    static final int NA = 4;
    static final int COMMENT = 5;
    static final int EVIDENCE = 6;
    static final int S = 7;
    static final int W = 8;
    static final int WS = 9;
    static final int SHARE = 10;
    static final int COUNTED = 11;
    static final int ISO = 12;
    static final int VSME = 13;
    static final int SDG = 14;
    static final int OTHER = 15;

    private final ReportBook book;

    private AnswersSheet(ReportBook book) {
        this.book = book;
    }

    static void write(ReportBook book) {
        new AnswersSheet(book).write();
    }

    private void write() {
        ReportTexts t = book.texts;
        ReportStyles s = book.styles;
        Questionnaire questionnaire = book.input.questionnaire();
        XSSFSheet sheet = book.workbook.createSheet(t.get("report.sheet.answers"));
        boolean otherReferences = questionnaire.questions().stream()
                .anyMatch(q -> !references(q.references()).get("").isEmpty());
        List<String> titles = new ArrayList<>(List.of(t.get("report.column.theme"), t.get("report.column.question-id"),
                t.get("report.column.question"), t.get("report.column.answer"), t.get("report.column.na"),
                t.get("report.column.comment"), t.get("report.column.evidence"), t.get("report.column.s"),
                t.get("report.column.w"), t.get("report.column.ws"), t.get("report.column.share"),
                t.get("report.column.counted"), t.get("report.column.iso"), t.get("report.column.vsme"),
                t.get("report.column.sdg")));
        if (otherReferences) {
            titles.add(t.get("report.column.other-refs"));
        }
        book.header(sheet, 0, titles, s.header);
        ReportBook.row(sheet, 0).setHeightInPoints(30);

        int r = 1;
        for (Theme theme : questionnaire.themes()) {
            for (Question question : theme.questions()) {
                XSSFRow row = ReportBook.row(sheet, r++);
                Answer answer = book.input.assessment().answers().get(question.id());
                Optional<QuestionScore> qs = book.input.score().question(question.id());
                book.text(row, THEME, t.of(theme.title()), s.cell);
                book.text(row, ID, question.id(), s.cell);
                book.text(row, QUESTION, t.of(question.text()), s.cell);
                String words = answerInWords(question, answer);
                if (words == null) {
                    book.text(row, ANSWER, answer != null && answer.na() ? "" : t.get("report.answer.unanswered"), s.cellMuted);
                } else {
                    book.text(row, ANSWER, words, s.cell);
                }
                book.text(row, NA, answer != null && answer.na() ? t.get("report.answer.na") : "", s.cellCentered);
                book.text(row, COMMENT, answer == null ? null : answer.comment(), s.cell);
                book.text(row, EVIDENCE, answer == null ? null : answer.evidence(), s.cell);
                boolean included = qs.map(QuestionScore::included).orElse(false);
                book.number(row, S, included ? qs.get().s() : null, s.cellPercent);
                book.number(row, W, question.weight(), s.cellWeight);
                book.number(row, WS, included ? qs.get().weighted() : null, s.cellDecimal);
                book.number(row, SHARE, included ? qs.get().share() : null, s.cellPercent);
                if (included) {
                    book.text(row, COUNTED, t.get("report.counted.yes"), s.cell);
                } else {
                    String reason = qs.map(QuestionScore::exclusion)
                            .map(e -> t.get("report.exclusion." + e.name().toLowerCase(Locale.ROOT))).orElse("");
                    book.text(row, COUNTED, reason, s.cellMuted);
                }
                Map<String, List<String>> refs = references(question.references());
                book.text(row, ISO, String.join(", ", refs.get("ISO")), s.cell);
                book.text(row, VSME, String.join(", ", refs.get("VSME")), s.cell);
                book.text(row, SDG, String.join(", ", refs.get("SDG")), s.cell);
                if (otherReferences) {
                    book.text(row, OTHER, String.join(", ", refs.get("")), s.cell);
                }
            }
        }
        int lastColumn = titles.size() - 1;
        int lastRow = Math.max(1, r - 1);
        ReportBook.widths(sheet, 16, 22, 44, 34, 6, 30, 20, 8, 8, 8, 8, 16, 10, 8, 8, 14);
        ReportBook.fitRowHeights(sheet, 1, lastRow);
        sheet.createFreezePane(2, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastRow, 0, lastColumn));
        book.print(sheet, true, lastColumn, lastRow, 0, false);
    }

    /** The answer as a person reads it, or null when there is none (unanswered or N/A). */
    String answerInWords(Question question, Answer answer) {
        ReportTexts t = book.texts;
        if (question.type() == QuestionType.COMPUTED) {
            Double computed = book.input.computedValues().get(question.id());
            return computed == null ? notComputed(question) : withUnit(t.rounded(computed), question, t);
        }
        if (answer == null || answer.value() == null) {
            return null;
        }
        AnswerValue value = answer.value();
        if (value instanceof AnswerValue.LevelValue level) {
            int v = level.level();
            String label = v <= book.input.questionnaire().scale().highest()
                    ? t.of(book.input.questionnaire().scale().level(v).label()) : "";
            String description = v <= book.input.questionnaire().scale().highest()
                    ? t.of(question.levelDescription(book.input.questionnaire().scale(), v)) : "";
            return v + " – " + label + (description.isEmpty() ? "" : t.get("report.answer.level-description", description));
        }
        if (value instanceof AnswerValue.Choice choice) {
            return optionLabel(question, choice.optionId());
        }
        if (value instanceof AnswerValue.Choices choices) {
            return String.join("\n", choices.optionIds().stream().map(id -> "• " + optionLabel(question, id)).toList());
        }
        if (value instanceof AnswerValue.NumberValue number) {
            return withUnit(t.number(number.number()), question, t);
        }
        return ((AnswerValue.TextValue) value).text();
    }

    /**
     * Why a computed figure has no value: the answers or profile fields its formula reads that are missing,
     * else a formula that gives no number (a division by zero).
     */
    private String notComputed(Question question) {
        ReportTexts t = book.texts;
        if (question.formula() == null) {
            return null;
        }
        java.util.List<String> missing = new ArrayList<>();
        for (String id : question.formula().answerIds()) {
            Answer input = book.input.assessment().answers().get(id);
            if (input == null || input.value() == null || input.na()) {
                missing.add(id);
            }
        }
        for (String field : question.formula().orgFields()) {
            if (book.input.assessment().organisation().field(field) == null) {
                missing.add("org." + field);
            }
        }
        return t.get("report.answer.not-computed", missing.isEmpty() ? t.get("report.answer.no-number")
                : t.get("report.answer.missing-inputs", String.join(", ", missing)));
    }

    private String optionLabel(Question question, String optionId) {
        return question.option(optionId).map(Option::label).map(book.texts::of).filter(l -> !l.isEmpty()).orElse(optionId);
    }

    private static String withUnit(String number, Question question, ReportTexts t) {
        if (question.type() == QuestionType.PERCENT) {
            return number + " %";
        }
        return question.hasUnit() ? number + " " + t.of(question.unit()) : number;
    }

    /**
     * References grouped by framework: {@code ISO26000:6.2} → ISO "6.2", {@code VSME:B2} → VSME,
     * {@code SDG:13} or {@code ODD:13} → SDG; anything else is kept whole under "".
     */
    static Map<String, List<String>> references(List<String> references) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (String key : List.of("ISO", "VSME", "SDG", "")) {
            grouped.put(key, new ArrayList<>());
        }
        for (String reference : references) {
            int colon = reference.indexOf(':');
            String framework = colon < 0 ? "" : reference.substring(0, colon).replace(" ", "").toUpperCase(Locale.ROOT);
            String item = colon < 0 ? reference : reference.substring(colon + 1).trim();
            switch (framework) {
                case "ISO26000" -> grouped.get("ISO").add(item);
                case "VSME" -> grouped.get("VSME").add(item);
                case "SDG", "ODD" -> grouped.get("SDG").add(item);
                default -> grouped.get("").add(reference);
            }
        }
        return grouped;
    }
}
