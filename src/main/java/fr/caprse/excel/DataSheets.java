package fr.caprse.excel;

import static fr.caprse.excel.ReportFormat.*;

import fr.caprse.domain.assessment.Action;
import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.Assessment;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.assessment.Participant;
import fr.caprse.domain.assessment.Vote;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.QuestionScore;
import fr.caprse.domain.scoring.ThemeScore;
import fr.caprse.platform.AppInfo;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The machine-readable sheets (docs/excel-report.md): {@code data} (one row per question),
 * {@code themes}, {@code actions}, {@code participants}, {@code votes} and {@code meta}. Their names
 * and columns are English and never translated; answers are always text so that a re-save in Excel or
 * LibreOffice cannot change them.
 */
final class DataSheets {

    private final ReportBook book;

    private DataSheets(ReportBook book) {
        this.book = book;
    }

    static void write(ReportBook book) {
        DataSheets sheets = new DataSheets(book);
        sheets.data();
        sheets.themes();
        sheets.actions();
        sheets.participants();
        sheets.votes();
        sheets.meta();
    }

    /** A table being written: tracks the widest content of each column to size it. */
    private final class Table {
        final XSSFSheet sheet;
        final int[] widths;
        int rowIndex = 1;
        XSSFRow row;

        Table(String name, List<String> columns) {
            sheet = book.workbook.createSheet(name);
            // machine sheets are for import and aggregate, never for the printer: hidden and kept off paper
            // when finished (ReportBook.machineSheet), still read by name
            widths = new int[columns.size()];
            book.header(sheet, 0, columns, book.styles.dataHeader);
            for (int i = 0; i < columns.size(); i++) {
                widths[i] = columns.get(i).length() + 3;
            }
        }

        void next() {
            row = ReportBook.row(sheet, rowIndex++);
        }

        void text(int column, String value, String what) {
            book.exactText(row, column, value, book.styles.dataText, what);
            fit(column, value == null ? 0 : value.length());
        }

        void number(int column, Number value) {
            book.number(row, column, value, book.styles.dataNumber);
            fit(column, value == null ? 0 : 10);
        }

        void bool(int column, boolean value) {
            text(column, value ? TRUE : FALSE, "a yes/no column");
        }

        private void fit(int column, int length) {
            widths[column] = Math.max(widths[column], Math.min(60, length + 2));
        }

        void finish() {
            ReportBook.widths(sheet, widths);
            book.machineSheet(sheet, widths.length, rowIndex - 1);
        }
    }

    private void data() {
        Questionnaire questionnaire = book.input.questionnaire();
        Assessment assessment = book.input.assessment();
        AssessmentScore score = book.input.score();
        Table table = new Table(DATA, DATA_COLUMNS);
        for (Theme theme : questionnaire.themes()) {
            for (Question question : theme.questions()) {
                table.next();
                Answer answer = assessment.answers().get(question.id());
                Optional<QuestionScore> qs = score.question(question.id());
                String where = "question " + question.id();
                table.text(0, question.id(), where);
                table.text(1, theme.id(), where);
                table.text(2, question.type().fileName(), where);
                if (answer != null) {
                    table.text(3, answer.value() == null ? null : encode(answer.value()), "the answer to " + where);
                    table.bool(4, answer.na());
                    table.text(5, answer.comment(), "the comment on " + where);
                    table.text(6, answer.evidence(), "the evidence for " + where);
                    table.text(7, answer.author(), "the author of " + where);
                    table.text(8, answer.answeredAt() == null ? null : answer.answeredAt().toString(), where);
                    table.bool(9, answer.flagged());
                } else {
                    table.bool(4, false);
                    table.bool(9, false);
                }
                if (qs.isPresent()) {
                    QuestionScore q = qs.get();
                    table.bool(10, q.applicable());
                    table.bool(11, q.answered());
                    table.bool(12, q.included());
                    table.text(13, q.exclusion() == null ? null : q.exclusion().name().toLowerCase(Locale.ROOT), where);
                    table.number(14, q.weight());
                    table.number(15, q.included() ? q.s() : null);
                    table.number(16, q.included() ? q.share() : null);
                    table.number(17, q.included() ? q.weighted() : null);
                }
                table.number(18, book.input.computedValues().get(question.id()));
            }
        }
        table.finish();
    }

    private void themes() {
        AssessmentScore score = book.input.score();
        ReportInput.Previous previous = book.input.previous();
        Table table = new Table(THEMES, THEME_COLUMNS);
        for (Theme theme : book.input.questionnaire().themes()) {
            table.next();
            Optional<ThemeScore> ts = score.theme(theme.id());
            table.text(0, theme.id(), "theme " + theme.id());
            table.number(1, theme.weight());
            table.number(2, ts.map(ThemeScore::score).orElse(null));
            table.number(3, ts.map(ThemeScore::level).orElse(null));
            table.number(4, ts.map(ThemeScore::answered).orElse(null));
            table.number(5, ts.map(ThemeScore::applicable).orElse(null));
            table.number(6, ts.map(ThemeScore::weightSum).orElse(null));
            table.number(7, ts.map(ThemeScore::weightedSum).orElse(null));
            table.number(8, previous == null ? null
                    : previous.score().theme(theme.id()).map(ThemeScore::score).orElse(null));
        }
        table.finish();
    }

    private void actions() {
        Table table = new Table(ACTIONS, ACTION_COLUMNS);
        int index = 1;
        for (Action action : book.input.assessment().actions()) {
            table.next();
            String where = "action " + index++;
            table.text(0, action.questionId(), where);
            table.text(1, action.title(), "the title of " + where);
            table.text(2, action.owner(), "the owner of " + where);
            table.text(3, action.due() == null ? null : action.due().toString(), where);
            table.text(4, action.status().code(), where);
        }
        table.finish();
    }

    private void participants() {
        Table table = new Table(PARTICIPANTS, PARTICIPANT_COLUMNS);
        for (Participant participant : book.input.assessment().participants()) {
            table.next();
            String where = "participant " + participant.id();
            table.text(0, participant.id(), where);
            table.text(1, participant.name(), "the name of " + where);
            table.text(2, participant.role(), "the role of " + where);
            table.text(3, participant.group(), "the group of " + where);
            table.bool(4, participant.removed());
        }
        table.finish();
    }

    private void votes() {
        Table table = new Table(VOTES, VOTE_COLUMNS);
        for (Vote vote : book.input.assessment().votes()) {
            table.next();
            String where = "a vote on " + vote.questionId();
            table.text(0, vote.questionId(), where);
            table.text(1, vote.participantId(), where);
            table.number(2, vote.value());
        }
        table.finish();
    }

    private void meta() {
        Assessment assessment = book.input.assessment();
        Organisation organisation = assessment.organisation();
        Questionnaire questionnaire = book.input.questionnaire();
        AssessmentScore score = book.input.score();
        Table table = new Table(META, META_COLUMNS);
        textEntry(table, FORMAT_KEY, FORMAT);
        textEntry(table, GENERATOR, AppInfo.name() + " " + AppInfo.version());
        textEntry(table, GENERATED, book.generated.toString());
        textEntry(table, LANGUAGE, book.texts.language());
        textEntry(table, QUESTIONNAIRE_ID, questionnaire.id());
        textEntry(table, QUESTIONNAIRE_VERSION, questionnaire.version());
        textEntry(table, QUESTIONNAIRE_HASH, questionnaire.contentHash());
        textEntry(table, ORGANISATION_NAME, organisation.name());
        textEntry(table, ORGANISATION_ID, organisation.registryId());
        textEntry(table, ORGANISATION_SECTOR, organisation.sector());
        textEntry(table, ORGANISATION_SIZE, organisation.size() == null ? null : organisation.size().code());
        textEntry(table, ORGANISATION_EMPLOYEES, organisation.employees() == null ? null : organisation.employees().toString());
        // as the user saw it ("SARL" stays "SARL"; a form picked from the list gets its label), read back by ReportReader
        textEntry(table, ORGANISATION_LEGAL_FORM, LegalFormLabels.shown(organisation.legalForm(), book.texts::app));
        textEntry(table, ORGANISATION_TERRITORY, organisation.territory());
        textEntry(table, ORGANISATION_ESS, organisation.ess() == null ? null : organisation.ess().toString());
        textEntry(table, PERIOD, assessment.period());
        textEntry(table, CREATED, assessment.created() == null ? null : assessment.created().toString());
        textEntry(table, MODIFIED, assessment.modified() == null ? null : assessment.modified().toString());
        numberEntry(table, OVERALL_SCORE, score.overall());
        numberEntry(table, OVERALL_LEVEL, score.level());
        numberEntry(table, COMPLETION, score.completion());
        ReportInput.Previous previous = book.input.previous();
        textEntry(table, PREVIOUS_PERIOD, previous == null ? null : previous.period());
        numberEntry(table, PREVIOUS_OVERALL_SCORE, previous == null ? null : previous.score().overall());
        table.finish();
    }

    private static void textEntry(Table table, String key, String value) {
        table.next();
        table.text(0, key, "meta key " + key);
        table.text(1, value, "the " + key.replace('_', ' '));
    }

    private static void numberEntry(Table table, String key, Number value) {
        table.next();
        table.text(0, key, "meta key " + key);
        table.number(1, value);
    }
}
