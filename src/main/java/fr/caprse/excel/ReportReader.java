package fr.caprse.excel;

import static fr.caprse.excel.ReportFormat.*;

import fr.caprse.domain.assessment.LegalForm;
import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.ActionStatus;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.OrganisationSize;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a report back into an assessment (the CLI's {@code import}, and {@code aggregate}), from its
 * machine-readable sheets only ({@code meta}, {@code data}, {@code actions}, {@code participants},
 * {@code votes}; docs/excel-report.md). It accepts a report opened and saved again in Excel or
 * LibreOffice (sheets found by name, columns by header, numbers as numbers or text, empty cells missing,
 * other styles) and is strict about content: an unknown format, an unknown question id, a value that
 * does not fit its question is an error naming the sheet, the cell and the question, and nothing is
 * half-read. The workbook is opened as untrusted input ({@link SafeWorkbooks}).
 */
public final class ReportReader {

    /** Finds the questionnaire a report names. */
    @FunctionalInterface
    public interface Questionnaires {
        Optional<Questionnaire> find(String id, String version);
    }

    private final Questionnaires questionnaires;

    public ReportReader(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    public ImportedReport read(Path file) throws ReportReadException {
        String name = fileName(file);
        try (SafeWorkbooks.Opened opened = SafeWorkbooks.open(file)) {
            return read(name, opened.workbook);
        }
    }

    /** Reads a report already opened (by {@link WorkbookReader}, which tells reports from forms). */
    ImportedReport read(String name, XSSFWorkbook workbook) throws ReportReadException {
        return new Reading(name, (sheetName, columns) -> {
            Sheet sheet = workbook.getSheet(sheetName);
            return sheet == null ? null : new SheetTable(name, sheet, columns);
        }, true).read();
    }

    /**
     * Reads only what consolidating many reports needs, streamed and fast: the {@code meta} and
     * {@code data} sheets (no actions, participants or votes), checked by the same rules as
     * {@link #read}. The workbook is opened as untrusted input and never loaded whole.
     */
    public ImportedReport readAnswers(Path file) throws ReportReadException {
        String name = fileName(file);
        try (StreamedWorkbook workbook = StreamedWorkbook.open(file)) {
            return new Reading(name, (sheetName, columns) -> workbook.sheet(sheetName, columns), false).read();
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The sheets of a workbook being read, as records; null for a sheet it does not have. */
    @FunctionalInterface
    interface SheetSource {
        Records table(String sheetName, List<String> requiredColumns) throws ReportReadException;
    }

    /** One file being read. */
    private final class Reading {
        private final String file;
        private final SheetSource sheets;
        private final boolean everything;
        private Questionnaire questionnaire;

        Reading(String file, SheetSource sheets, boolean everything) {
            this.file = file;
            this.sheets = sheets;
            this.everything = everything;
        }

        ImportedReport read() throws ReportReadException {
            Map<String, MetaEntry> meta = meta();
            String format = required(meta, FORMAT_KEY);
            if (!FORMAT.equals(format)) {
                if (format.startsWith(FORMAT_FAMILY)) {
                    throw new ReportReadException(file + ": " + meta.get(FORMAT_KEY).where + ": the report format is "
                            + format + ", made by a newer Cap RSE; this version reads " + FORMAT + ": update Cap RSE");
                }
                throw new NotAReportException(file + ": " + meta.get(FORMAT_KEY).where + ": unknown format \"" + format
                        + "\": this is not a Cap RSE report (expected " + FORMAT + ")");
            }
            String questionnaireId = required(meta, QUESTIONNAIRE_ID);
            String questionnaireVersion = required(meta, QUESTIONNAIRE_VERSION);
            questionnaire = questionnaires.find(questionnaireId, questionnaireVersion).orElseThrow(() ->
                    new ReportReadException(file + ": the report was made with questionnaire " + questionnaireId + " "
                            + questionnaireVersion + ", which this application does not have: load that questionnaire first"));
            if (!questionnaire.id().equals(questionnaireId)) {
                throw new IllegalStateException("asked for questionnaire " + questionnaireId + ", got " + questionnaire.id());
            }
            Organisation organisation = organisation(meta);
            String period = required(meta, PERIOD);
            Instant created = instant(meta, CREATED);
            Instant modified = instant(meta, MODIFIED);
            Map<String, Answer> answers = answers();
            List<Participant> participants = everything ? participants() : List.of();
            List<Vote> votes = everything ? votes(participants) : List.of();
            List<Action> actions = everything ? actions() : List.of();
            Assessment assessment = new Assessment(questionnaireId, questionnaireVersion, organisation, period, created,
                    modified, answers, participants, votes, actions);
            ImportedReport.Meta fileMeta = new ImportedReport.Meta(format, value(meta, QUESTIONNAIRE_HASH),
                    value(meta, LANGUAGE), instant(meta, GENERATED), value(meta, GENERATOR));
            return new ImportedReport(assessment, questionnaire, fileMeta);
        }

        private Records table(String name, boolean required, List<String> columns) throws ReportReadException {
            Records table = sheets.table(name, columns);
            if (table == null && required) {
                throw new NotAReportException(file + ": no sheet named " + name + "; this is not a Cap RSE report, "
                        + "or the sheet was renamed or deleted (its name must stay " + name + ")");
            }
            return table;
        }

        private record MetaEntry(String value, String where) {
        }

        private Map<String, MetaEntry> meta() throws ReportReadException {
            Records table = table(META, true, META_COLUMNS);
            Map<String, MetaEntry> entries = new HashMap<>();
            for (int row = 0; row < table.size(); row++) {
                String key = table.token(row, "key");
                if (key == null) {
                    continue;
                }
                if (entries.containsKey(key)) {
                    throw table.error(row, "key", "meta key " + key + " appears twice");
                }
                String text = table.text(row, "value");
                entries.put(key, new MetaEntry(text == null || text.isBlank() ? null : text.strip(), table.where(row, "value")));
            }
            return entries;
        }

        private String value(Map<String, MetaEntry> meta, String key) {
            MetaEntry entry = meta.get(key);
            return entry == null ? null : entry.value();
        }

        private String required(Map<String, MetaEntry> meta, String key) throws ReportReadException {
            String value = value(meta, key);
            if (value == null) {
                throw new ReportReadException(file + ": the meta sheet has no " + key + "; it is needed to read the report back");
            }
            return value;
        }

        private Instant instant(Map<String, MetaEntry> meta, String key) throws ReportReadException {
            String value = value(meta, key);
            if (value == null) {
                return null;
            }
            try {
                return Instant.parse(value);
            } catch (DateTimeParseException e) {
                throw new ReportReadException(file + ": " + meta.get(key).where() + ": " + key + " \"" + value
                        + "\" is not a UTC time such as 2026-11-26T09:30:00Z");
            }
        }

        private Organisation organisation(Map<String, MetaEntry> meta) throws ReportReadException {
            String name = required(meta, ORGANISATION_NAME);
            String sizeCode = value(meta, ORGANISATION_SIZE);
            OrganisationSize size = null;
            if (sizeCode != null) {
                size = OrganisationSize.fromCode(sizeCode).orElseThrow(() -> new ReportReadException(file + ": "
                        + meta.get(ORGANISATION_SIZE).where() + ": organisation size \"" + sizeCode
                        + "\" is not one of micro, small, medium, large"));
            }
            String employeesText = value(meta, ORGANISATION_EMPLOYEES);
            Integer employees = null;
            if (employeesText != null) {
                try {
                    employees = Integer.valueOf(employeesText);
                } catch (NumberFormatException e) {
                    employees = -1;
                }
                if (employees < 0) {
                    throw new ReportReadException(file + ": " + meta.get(ORGANISATION_EMPLOYEES).where()
                            + ": number of employees \"" + employeesText + "\" is not a whole number >= 0");
                }
            }
            String essText = value(meta, ORGANISATION_ESS);
            Boolean ess = null;
            if (essText != null) {
                ess = SheetTable.yesNo(essText);
                if (ess == null) {
                    throw new ReportReadException(file + ": " + meta.get(ORGANISATION_ESS).where()
                            + ": organisation_ess \"" + essText + "\" is not true or false");
                }
            }
            String legalFormText = value(meta, ORGANISATION_LEGAL_FORM);
            String legalForm = legalFormText == null ? null : LegalFormLabels.read(legalFormText);
            if (legalFormText != null && legalForm == null) {
                throw new ReportReadException(file + ": " + meta.get(ORGANISATION_LEGAL_FORM).where()
                        + ": legal form \"" + legalFormText + "\" is unknown; use one of " + String.join(", ", LegalForm.CODES)
                        + " (SARL, SAS, EURL, EI, fondation, mutuelle, coopérative... are read too, and the app's labels"
                        + " in French or English)");
            }
            return new Organisation(name, value(meta, ORGANISATION_ID), value(meta, ORGANISATION_SECTOR), size, employees,
                    legalForm, value(meta, ORGANISATION_TERRITORY), ess);
        }

        private Map<String, Answer> answers() throws ReportReadException {
            Records table = table(DATA, true, List.of("question_id", "value", "na"));
            Map<String, Question> index = questionnaire.index();
            Map<String, Answer> answers = new LinkedHashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (int row = 0; row < table.size(); row++) {
                String id = table.token(row, "question_id");
                if (id == null) {
                    throw table.error(row, "question_id", "has no question id; every row of the data sheet is one question");
                }
                Question question = index.get(id);
                if (question == null) {
                    throw table.error(row, "question_id", "unknown question id \"" + id + "\": questionnaire "
                            + questionnaire.id() + " " + questionnaire.version() + " has no such question");
                }
                if (!seen.add(id)) {
                    throw table.error(row, "question_id", "question " + id + " appears twice");
                }
                String context = " (question " + id + ")";
                boolean na = Boolean.TRUE.equals(table.bool(row, "na", context));
                AnswerValue value = value(table, row, question, context);
                if (na && value != null) {
                    throw table.error(row, "value", context.strip() + " has both a value and N/A: keep one");
                }
                if (na && !question.na()) {
                    throw table.error(row, "na", context.strip() + " does not allow N/A");
                }
                String comment = table.text(row, "comment");
                String evidence = table.text(row, "evidence");
                String author = table.text(row, "author");
                Instant answeredAt = answeredAt(table, row, context);
                boolean flagged = Boolean.TRUE.equals(table.bool(row, "flagged", context));
                if (question.type() == QuestionType.COMPUTED && (na || comment != null || evidence != null)) {
                    throw table.error(row, na ? "na" : "comment", context.strip()
                            + " is computed from other answers: it takes no answer, N/A or comment");
                }
                if (value != null || na || comment != null || evidence != null || author != null || answeredAt != null
                        || flagged) {
                    answers.put(id, new Answer(id, value, na, comment, evidence, author, answeredAt, flagged));
                }
            }
            return answers;
        }

        private Instant answeredAt(Records table, int row, String context) throws ReportReadException {
            String text = table.token(row, "answered_at");
            if (text == null) {
                return null;
            }
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw table.error(row, "answered_at", context.strip() + ": \"" + text
                        + "\" is not a UTC time such as 2026-11-26T09:30:00Z");
            }
        }

        private AnswerValue value(Records table, int row, Question question, String context) throws ReportReadException {
            String raw = table.text(row, "value");
            if (raw == null) {
                return null;
            }
            if (question.type() == QuestionType.TEXT) {
                return new AnswerValue.TextValue(raw);
            }
            String token = raw.strip();
            if (token.isEmpty()) {
                return null;
            }
            String where = context.strip();
            switch (question.type()) {
                case MATURITY -> {
                    int highest = questionnaire.scale().highest();
                    int level;
                    try {
                        level = Integer.parseInt(token);
                    } catch (NumberFormatException e) {
                        level = -1;
                    }
                    if (level < 0 || level > highest) {
                        throw table.error(row, "value", where + ": \"" + token + "\" is not a maturity level; write a whole number from 0 to " + highest);
                    }
                    return new AnswerValue.LevelValue(level);
                }
                case SINGLE, YESNO -> {
                    requireOption(table, row, question, token, where);
                    return new AnswerValue.Choice(token);
                }
                case MULTIPLE -> {
                    if (NO_OPTION.equals(token)) {
                        return new AnswerValue.Choices(List.of());
                    }
                    List<String> ids = new ArrayList<>();
                    for (String part : token.split(OPTION_SEPARATOR, -1)) {
                        String optionId = part.strip();
                        requireOption(table, row, question, optionId, where);
                        if (ids.contains(optionId)) {
                            throw table.error(row, "value", where + ": option " + optionId + " is chosen twice");
                        }
                        ids.add(optionId);
                    }
                    return new AnswerValue.Choices(ids);
                }
                case NUMBER, PERCENT -> {
                    return new AnswerValue.NumberValue(number(table, row, question, token, where));
                }
                case COMPUTED -> throw table.error(row, "value", where + " is computed from other answers: it takes no answer");
                default -> throw new IllegalStateException(question.type().toString());
            }
        }

        private void requireOption(Records table, int row, Question question, String optionId, String where)
                throws ReportReadException {
            if (question.option(optionId).isEmpty()) {
                throw table.error(row, "value", where + ": \"" + optionId + "\" is not one of its options ("
                        + question.options().stream().map(Option::id).collect(Collectors.joining(", ")) + ")");
            }
        }

        private BigDecimal number(Records table, int row, Question question, String token, String where)
                throws ReportReadException {
            String decimal = token.indexOf(',') >= 0 && token.indexOf('.') < 0 && token.indexOf(',') == token.lastIndexOf(',')
                    ? token.replace(',', '.') : token;
            BigDecimal number;
            try {
                number = new BigDecimal(decimal);
            } catch (NumberFormatException e) {
                throw table.error(row, "value", where + ": \"" + token + "\" is not a number; write it like 182.5");
            }
            Double min = question.min();
            Double max = question.max();
            if (question.type() == QuestionType.PERCENT) {
                min = min == null ? 0.0 : Math.max(min, 0.0);
                max = max == null ? 100.0 : Math.min(max, 100.0);
            }
            double x = number.doubleValue();
            if ((min != null && x < min) || (max != null && x > max)) {
                throw table.error(row, "value", where + ": " + token + " is outside the allowed range ("
                        + (min == null ? "" : "from " + SheetTable.plain(min) + " ") + (max == null ? "" : "to " + SheetTable.plain(max))
                        + ")");
            }
            return number;
        }

        private List<Participant> participants() throws ReportReadException {
            Records table = table(PARTICIPANTS, false, List.of("participant_id", "name"));
            List<Participant> participants = new ArrayList<>();
            if (table == null) {
                return participants;
            }
            Set<String> ids = new LinkedHashSet<>();
            for (int row = 0; row < table.size(); row++) {
                String id = table.token(row, "participant_id");
                if (id == null) {
                    throw table.error(row, "participant_id", "a participant needs an id");
                }
                if (!ids.add(id)) {
                    throw table.error(row, "participant_id", "participant " + id + " appears twice");
                }
                String name = table.text(row, "name");
                if (name == null) {
                    throw table.error(row, "name", "participant " + id + " needs a name");
                }
                participants.add(new Participant(id, name, table.text(row, "role"), table.token(row, "group"),
                        Boolean.TRUE.equals(table.bool(row, "removed", " (participant " + id + ")"))));
            }
            return participants;
        }

        private List<Vote> votes(List<Participant> participants) throws ReportReadException {
            Records table = table(VOTES, false, VOTE_COLUMNS);
            List<Vote> votes = new ArrayList<>();
            if (table == null) {
                return votes;
            }
            Set<String> participantIds = participants.stream().map(Participant::id).collect(Collectors.toSet());
            for (int row = 0; row < table.size(); row++) {
                String questionId = table.token(row, "question_id");
                if (questionId == null || questionnaire.question(questionId).isEmpty()) {
                    throw table.error(row, "question_id", "unknown question id \"" + questionId + "\" for a vote");
                }
                String participantId = table.token(row, "participant_id");
                if (participantId == null || !participantIds.contains(participantId)) {
                    throw table.error(row, "participant_id", "vote by \"" + participantId
                            + "\", who is not in the participants sheet");
                }
                String valueText = table.token(row, "value");
                int value;
                try {
                    value = Integer.parseInt(valueText == null ? "" : valueText);
                } catch (NumberFormatException e) {
                    throw table.error(row, "value", "(question " + questionId + "): vote \"" + valueText
                            + "\" is not a whole number");
                }
                votes.add(new Vote(questionId, participantId, value));
            }
            return votes;
        }

        private List<Action> actions() throws ReportReadException {
            Records table = table(ACTIONS, false, List.of("title"));
            List<Action> actions = new ArrayList<>();
            if (table == null) {
                return actions;
            }
            for (int row = 0; row < table.size(); row++) {
                String questionId = table.token(row, "question_id");
                if (questionId != null && questionnaire.question(questionId).isEmpty()) {
                    throw table.error(row, "question_id", "unknown question id \"" + questionId + "\" for an action");
                }
                String title = table.text(row, "title");
                if (title == null || title.isBlank()) {
                    throw table.error(row, "title", "an action needs a title");
                }
                String statusCode = table.token(row, "status");
                ActionStatus status = ActionStatus.TODO;
                if (statusCode != null) {
                    int at = row;
                    status = ActionStatus.fromCode(statusCode).orElseThrow(() -> table.error(at, "status",
                            "status \"" + statusCode + "\" is not one of todo, doing, done, dropped"));
                }
                actions.add(new Action(questionId, title, table.text(row, "owner"),
                        ((SheetTable) table).date(row, "due", "") /* actions are read from whole workbooks only */, status));
            }
            return actions;
        }
    }
}
