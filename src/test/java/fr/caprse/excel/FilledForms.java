package fr.caprse.excel;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills a blank form with POI the way a person would in a spreadsheet: labels picked from the lists (in
 * French or English), codes, numbers typed as numbers or as text ("12,5", "13 750,5", "45 %"), ticks,
 * "not applicable", comments; and says which assessment that should give.
 */
public final class FilledForms {

    /** A form being filled: cells found through the hidden rows sheet, as the reader finds them. */
    public static final class Filler {
        final XSSFWorkbook workbook;
        final Sheet form;
        private final Map<String, Integer> rows = new HashMap<>();

        public Filler(XSSFWorkbook workbook) {
            this.workbook = workbook;
            String sheetName = null;
            for (Row row : workbook.getSheet("meta")) {
                if ("form_sheet".equals(row.getCell(0).getStringCellValue())) {
                    sheetName = row.getCell(1).getStringCellValue();
                }
            }
            this.form = workbook.getSheet(sheetName);
            for (Row row : workbook.getSheet("rows")) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                int number = (int) row.getCell(0).getNumericCellValue();
                String kind = text(row.getCell(1));
                String question = text(row.getCell(2));
                String option = text(row.getCell(3));
                String field = text(row.getCell(4));
                String key = switch (kind) {
                    case "profile" -> "profile:" + field;
                    case "option" -> question + ":" + option;
                    case "none" -> question + "#none";
                    default -> question;
                };
                rows.put(key, number - 1);
            }
        }

        private static String text(Cell cell) {
            return cell == null ? "" : cell.getStringCellValue();
        }

        /** The 0-based row of a question, {@code question:option}, {@code question:none} or {@code profile:field}. */
        public int row(String key) {
            Integer row = rows.get(key);
            if (row == null) {
                throw new IllegalArgumentException("no row for " + key);
            }
            return row;
        }

        public Cell cell(String key, int column) {
            Row row = form.getRow(row(key));
            Cell cell = row.getCell(column);
            return cell != null ? cell : row.createCell(column);
        }

        public void type(String key, Object value) {
            Cell cell = cell(key, FormFormat.ANSWER);
            if (value == null) {
                cell.setBlank();
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) value);
            }
        }

        void comment(String questionId, String text) {
            cell(questionId, FormFormat.COMMENT).setCellValue(text);
        }

        /** A percentage typed "45 %" in Excel: 0.45 stored, shown with a percent format. */
        void typePercent(String questionId, double percent) {
            Cell cell = cell(questionId, FormFormat.ANSWER);
            XSSFCellStyle style = workbook.createCellStyle();
            style.cloneStyleFrom(cell.getCellStyle());
            style.setDataFormat(workbook.createDataFormat().getFormat("0%"));
            cell.setCellStyle(style);
            cell.setCellValue(percent / 100);
        }

        public void save(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** What a filled form should read back as. */
    public record Expected(Organisation organisation, String period, Map<String, Answer> answers) {
    }

    public static final Organisation ORGANISATION = new Organisation("Coopérative du Val", "812345678", "56.10A",
            OrganisationSize.SMALL, 24, "scop", "Occitanie", true);

    private FilledForms() {
    }

    /**
     * Fills every question of the form in a way that covers each type and each way of typing: about one
     * question in eleven left empty, N/A on some of those that allow it, comments on some.
     */
    public static Expected fillEverything(Filler filler, Questionnaire questionnaire, Locale formLanguage) {
        return fillEverything(filler, questionnaire, formLanguage, true);
    }

    /**
     * {@code numbersAsText}: numbers typed as text in several ways ("12,5", "13 750,5", "45 %"), as a
     * form pasted from elsewhere may hold them; otherwise stored as numbers, as a spreadsheet stores
     * what is typed in a number cell (which is what its formulas see).
     */
    public static Expected fillEverything(Filler filler, Questionnaire questionnaire, Locale formLanguage, boolean numbersAsText) {
        FormLabels fr = new FormLabels(questionnaire, Locale.FRENCH);
        FormLabels en = new FormLabels(questionnaire, Locale.ENGLISH);
        FormLabels own = formLanguage.getLanguage().equals("en") ? en : fr;
        filler.type("profile:name", ORGANISATION.name());
        filler.type("profile:id", ORGANISATION.registryId());
        filler.type("profile:sector", ORGANISATION.sector());
        filler.type("profile:size", own.size(OrganisationSize.SMALL));
        filler.type("profile:employees", 24);
        filler.type("profile:legal_form", own.legalForm("scop"));
        filler.type("profile:territory", ORGANISATION.territory());
        filler.type("profile:ess", own.yes());
        filler.type("profile:period", "2026");
        Map<String, Answer> answers = new LinkedHashMap<>();
        int i = 0;
        int naQuestions = 0;
        // the first yes/no question another question depends on is answered "no", so that the filling
        // reaches conditional questions that do not apply as well as ones that do
        String firstTrigger = questionnaire.questions().stream().filter(q -> q.appliesWhen() != null)
                .flatMap(q -> q.appliesWhen().answerIds().stream())
                .filter(qid -> questionnaire.question(qid).map(q -> q.type() == QuestionType.YESNO).orElse(false))
                .findFirst().orElse("");
        for (Question question : questionnaire.questions()) {
            if (question.type() == QuestionType.COMPUTED) {
                continue;
            }
            i++;
            String id = question.id();
            String comment = i % 6 == 0 ? "Commentaire n°" + i + " ; voir le rapport annuel" : null;
            if (comment != null) {
                filler.comment(id, comment);
            }
            AnswerValue value = null;
            boolean na = false;
            if (question.na() && naQuestions++ % 3 == 0) {
                filler.type(id, List.of(fr.na(), en.na(), "N/A").get(i % 3));
                na = true;
            } else if (i % 11 == 5 && question.type() != QuestionType.YESNO) {
                // left empty
            } else {
                value = id.equals(firstTrigger) ? no(filler, question, fr) : fill(filler, questionnaire, question, i, fr, en, numbersAsText);
            }
            if (value != null || na || comment != null) {
                answers.put(id, new Answer(id, value, na, comment, null, null, null, false));
            }
        }
        return new Expected(ORGANISATION, "2026", answers);
    }

    private static AnswerValue no(Filler filler, Question question, FormLabels labels) {
        filler.type(question.id(), labels.option(question, question.option("no").orElseThrow()));
        return new AnswerValue.Choice("no");
    }

    private static AnswerValue fill(Filler filler, Questionnaire questionnaire, Question question, int i, FormLabels fr,
                                    FormLabels en, boolean numbersAsText) {
        String id = question.id();
        switch (question.type()) {
            case MATURITY -> {
                int level = i % (questionnaire.scale().highest() + 1);
                filler.type(id, switch (i % 3) {
                    case 0 -> fr.level(level);
                    case 1 -> en.level(level);
                    default -> (Object) level;
                });
                return new AnswerValue.LevelValue(level);
            }
            case SINGLE -> {
                Option option = question.options().get(i % question.options().size());
                filler.type(id, switch (i % 3) {
                    case 0 -> fr.option(question, option);
                    case 1 -> option.id();
                    default -> en.option(question, option);
                });
                return new AnswerValue.Choice(option.id());
            }
            case YESNO -> {
                // yes more often than no, so that the questions depending on a "yes" are reached
                Option option = question.options().get(i % 4 == 3 ? 1 : 0);
                filler.type(id, i % 2 == 0 ? fr.option(question, option) : en.option(question, option));
                return new AnswerValue.Choice(option.id());
            }
            case MULTIPLE -> {
                if (i % 5 == 0 && FormFormat.hasNoneRow(question)) {
                    filler.type(id + "#none", "✔");
                    return new AnswerValue.Choices(List.of());
                }
                List<String> chosen = new ArrayList<>();
                for (int j = 0; j < question.options().size(); j++) {
                    if ((i + j) % 2 == 0) {
                        Option option = question.options().get(j);
                        filler.type(id + ":" + option.id(), List.of("✔", "x", "X", "oui").get(j % 4));
                        chosen.add(option.id());
                    }
                }
                return new AnswerValue.Choices(chosen);
            }
            case NUMBER, PERCENT -> {
                return number(filler, question, i, numbersAsText);
            }
            case TEXT -> {
                String text = i % 2 == 0 ? "=1+1 n’est pas une formule ici" : "Texte libre, ligne " + i + "\net une deuxième ligne";
                filler.type(id, text);
                return new AnswerValue.TextValue(text);
            }
            default -> throw new IllegalStateException(question.type().toString());
        }
    }

    private static AnswerValue number(Filler filler, Question question, int i, boolean asText) {
        Double min = question.min();
        Double max = question.max();
        if (question.type() == QuestionType.PERCENT) {
            min = min == null ? 0 : Math.max(0, min);
            max = max == null ? 100 : Math.min(100, max);
        }
        BigDecimal value;
        if (min != null && max != null) {
            value = BigDecimal.valueOf(min + (max - min) * ((i % 4) + 1) / 5.0).setScale(1, RoundingMode.DOWN);
        } else if (min != null) {
            value = BigDecimal.valueOf(min + 1250L * i + 0.5);
        } else if (max != null) {
            value = BigDecimal.valueOf(max / 2).setScale(1, RoundingMode.DOWN);
        } else {
            value = BigDecimal.valueOf(1250L * i + 0.5);
        }
        value = new BigDecimal(value.stripTrailingZeros().toPlainString());
        String plain = value.toPlainString();
        if (!asText) {
            filler.type(question.id(), value.doubleValue());
        } else if (question.type() == QuestionType.PERCENT && i % 4 == 3) {
            filler.type(question.id(), plain.replace('.', ',') + " %");
        } else if (question.type() == QuestionType.PERCENT && i % 4 == 2 && value.scale() <= 0) {
            filler.typePercent(question.id(), value.doubleValue());
        } else {
            switch (i % 4) {
                case 0 -> filler.type(question.id(), value.doubleValue());
                case 1 -> filler.type(question.id(), plain.replace('.', ','));
                case 2 -> filler.type(question.id(), grouped(plain));
                default -> filler.type(question.id(), plain);
            }
        }
        return new AnswerValue.NumberValue(value);
    }

    /** 13750.5 written the French way with a no-break space between thousands: "13 750,5". */
    private static String grouped(String plain) {
        String[] parts = plain.split("\\.");
        StringBuilder integer = new StringBuilder(parts[0]);
        for (int k = integer.length() - 3; k > (integer.charAt(0) == '-' ? 1 : 0); k -= 3) {
            integer.insert(k, '\u00A0');
        }
        return parts.length > 1 ? integer + "," + parts[1] : integer.toString();
    }
}
