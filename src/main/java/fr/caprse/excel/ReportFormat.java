package fr.caprse.excel;

import fr.caprse.domain.assessment.AnswerValue;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The machine-readable part of the report: sheet names, column names, meta keys and how answer values
 * are written. This is a published contract (docs/excel-report.md): the names never change within a
 * format version, whatever the language of the human sheets.
 */
final class ReportFormat {

    /** The value of the {@code format} meta key. */
    static final String FORMAT = "cap-rse/report@1";
    static final String FORMAT_FAMILY = "cap-rse/report@";

    static final String DATA = "data";
    static final String THEMES = "themes";
    static final String ACTIONS = "actions";
    static final String PARTICIPANTS = "participants";
    static final String VOTES = "votes";
    static final String META = "meta";

    /** The {@code data} sheet: one row per question, in questionnaire order. */
    static final List<String> DATA_COLUMNS = List.of("question_id", "theme_id", "type", "value", "na", "comment",
            "evidence", "author", "answered_at", "flagged", "applicable", "answered", "included", "exclusion",
            "weight", "s", "share", "points", "computed_value");
    static final List<String> THEME_COLUMNS = List.of("theme_id", "weight", "score", "level", "answered",
            "applicable", "weight_sum", "weighted_sum", "previous_score");
    static final List<String> ACTION_COLUMNS = List.of("question_id", "title", "owner", "due", "status");
    static final List<String> PARTICIPANT_COLUMNS = List.of("participant_id", "name", "role", "group", "removed");
    static final List<String> VOTE_COLUMNS = List.of("question_id", "participant_id", "value");
    static final List<String> META_COLUMNS = List.of("key", "value");

    // meta keys
    static final String FORMAT_KEY = "format";
    static final String GENERATOR = "generator";
    static final String GENERATED = "generated";
    static final String LANGUAGE = "language";
    static final String QUESTIONNAIRE_ID = "questionnaire_id";
    static final String QUESTIONNAIRE_VERSION = "questionnaire_version";
    static final String QUESTIONNAIRE_HASH = "questionnaire_hash";
    static final String ORGANISATION_NAME = "organisation_name";
    static final String ORGANISATION_ID = "organisation_id";
    static final String ORGANISATION_SECTOR = "organisation_sector";
    static final String ORGANISATION_SIZE = "organisation_size";
    static final String ORGANISATION_EMPLOYEES = "organisation_employees";
    static final String ORGANISATION_LEGAL_FORM = "organisation_legal_form";
    static final String ORGANISATION_TERRITORY = "organisation_territory";
    static final String ORGANISATION_ESS = "organisation_ess";
    static final String PERIOD = "period";
    static final String CREATED = "created";
    static final String MODIFIED = "modified";
    static final String OVERALL_SCORE = "overall_score";
    static final String OVERALL_LEVEL = "overall_level";
    static final String COMPLETION = "completion";
    static final String PREVIOUS_PERIOD = "previous_period";
    static final String PREVIOUS_OVERALL_SCORE = "previous_overall_score";

    /** Yes/no columns hold these words (text, so that no spreadsheet turns them into 1 and 0). */
    static final String TRUE = "true";
    static final String FALSE = "false";

    /** Options of a {@code multiple} answer are separated by this character. */
    static final String OPTION_SEPARATOR = ";";
    /** A {@code multiple} answer with no option chosen (option ids are slugs, so this never clashes). */
    static final String NO_OPTION = "[]";
    static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");

    private ReportFormat() {
    }

    /**
     * The {@code value} cell of an answer, always text: a level number, an option id, option ids
     * separated by {@code ;}, a plain decimal with a dot, or the text typed.
     */
    static String encode(AnswerValue value) {
        if (value instanceof AnswerValue.LevelValue level) {
            return Integer.toString(level.level());
        }
        if (value instanceof AnswerValue.Choice choice) {
            return choice.optionId();
        }
        if (value instanceof AnswerValue.Choices choices) {
            return choices.optionIds().isEmpty() ? NO_OPTION : String.join(OPTION_SEPARATOR, choices.optionIds());
        }
        if (value instanceof AnswerValue.NumberValue number) {
            return number.number().toPlainString();
        }
        return ((AnswerValue.TextValue) value).text();
    }
}
