package fr.caprse.excel;

import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The machine-readable part of the blank form (docs/excel-form.md): the hidden sheets and their
 * columns, the meta keys, and where the answer cells are. A published contract: names never change
 * within a format version, whatever the language of the visible sheets. The {@code meta} sheet has the
 * same shape as the report's, so a reader tells a form from a report by its {@code format} key.
 */
final class FormFormat {

    /** The value of the {@code format} meta key. */
    static final String FORMAT = "cap-rse/form@1";
    static final String FORMAT_FAMILY = "cap-rse/form@";

    /** Hidden sheets: facts about the form, the row of every answer, the drop-down lists. */
    static final String META = ReportFormat.META;
    static final String ROWS = "rows";
    static final String LISTS = "lists";

    static final List<String> ROW_COLUMNS = List.of("row", "kind", "question_id", "option_id", "field");

    /** Kinds of mapped rows. */
    static final String KIND_PROFILE = "profile";
    static final String KIND_QUESTION = "question";
    static final String KIND_OPTION = "option";
    /** The "none of these" row of a multiple-choice question: ticked, the answer is "no option". */
    static final String KIND_NONE = "none";

    // meta keys (besides the report's format, generator, generated, language, questionnaire_*)
    static final String FORM_SHEET = "form_sheet";
    static final String RETURN_CODE = "return_code";
    static final String PERIOD = ReportFormat.PERIOD;
    static final String ANSWER_COLUMN = "answer_column";
    static final String CODE_COLUMN = "code_column";
    static final String COMMENT_COLUMN = "comment_column";

    /** Columns of the visible form sheet (0-based). */
    static final int CODE = 0;
    static final int QUESTION = 1;
    static final int ANSWER = 2;
    static final int HOW = 3;
    static final int HELP = 4;
    static final int COMMENT = 5;
    /** Hidden: 1 when the question is answered and applies. */
    static final int ANSWERED = 6;
    /** Hidden: 1 when the question applies (its applies_when, as a formula), else 0. */
    static final int APPLIES = 7;

    /** Profile fields, in the order of the profile block; the code column shows these names. */
    static final List<String> PROFILE_FIELDS = List.of("name", "id", "sector", "size", "employees", "legal_form",
            "territory", "ess", "period");

    private FormFormat() {
    }

    /** The questions a person answers in a theme: every question but the computed ones. */
    static List<Question> formQuestions(Theme theme) {
        return theme.questions().stream().filter(q -> q.type() != QuestionType.COMPUTED).toList();
    }

    /**
     * How the form numbers its questions ("3.2": second question of the third theme that has any),
     * question id to number; messages name a question by this number and its id.
     */
    static Map<String, String> questionNumbers(Questionnaire questionnaire) {
        Map<String, String> numbers = new LinkedHashMap<>();
        int themeNumber = 0;
        for (Theme theme : questionnaire.themes()) {
            List<Question> questions = formQuestions(theme);
            if (questions.isEmpty()) {
                continue;
            }
            themeNumber++;
            int questionNumber = 0;
            for (Question question : questions) {
                numbers.put(question.id(), themeNumber + "." + (++questionNumber));
            }
        }
        return numbers;
    }

    /** The code written in the code column of an option row: {@code question-id:option-id}. */
    static String optionCode(String questionId, String optionId) {
        return questionId + ":" + optionId;
    }

    /**
     * The code of the "none of these" row of a multiple-choice question ({@code #} never appears in an
     * option id, so it cannot clash with an option called {@code none}).
     */
    static String noneCode(String questionId) {
        return questionId + "#" + KIND_NONE;
    }

    /**
     * Whether a multiple-choice question gets a "none of these" row: only when none of its own options
     * already says so (an option whose id is {@code none}).
     */
    static boolean hasNoneRow(Question question) {
        return question.type() == QuestionType.MULTIPLE && question.option(KIND_NONE).isEmpty();
    }
}
