package fr.caprse.domain.scoring;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.assessment.Organisation;
import fr.caprse.domain.expression.EvaluationContext;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a questionnaire looks like for one organisation and its answers: for each question, whether it
 * applies ({@code applies_when} true, or no condition) and its value as expressions see it
 * ({@code answer.<id>}).
 *
 * <p>Values: {@code maturity} → the level as a {@code Double}; {@code single}/{@code yesno} → the option
 * id; {@code multiple} → the list of chosen option ids; {@code number}/{@code percent} → a {@code Double};
 * {@code text} → the string; {@code computed} → its formula's value. The value is {@code null} when the
 * question is unanswered, answered N/A, or does not apply.
 *
 * <p>An answer that does not fit its question is treated as <em>unanswered</em> (the file reader rejects
 * such answers; this is a guard for data that arrives another way): a value of the wrong kind, a level
 * outside the scale, an option id the question does not have (for {@code multiple}: any of them; an
 * option chosen twice counts once), a number outside {@code min}/{@code max} (0 to 100 for a percent),
 * and "N/A" on a question that does not allow it.
 *
 * <p>Everything is computed once, when the evaluation is made, question by question in questionnaire
 * order, so the result never depends on the order of later look-ups. A dependency cycle between
 * {@code applies_when}/{@code formula} expressions (which the questionnaire validator rejects) cannot
 * loop: a question met again while it is being worked out reads as {@code null}.
 */
public final class Evaluation {

    private final Questionnaire questionnaire;
    private final Organisation organisation;
    private final Map<String, Answer> answers;
    private final Map<String, Question> questions;
    private final Map<String, Boolean> applies = new HashMap<>();
    private final Map<String, Object> values = new HashMap<>();
    private final Map<String, Boolean> answered = new HashMap<>();
    private final Map<String, Boolean> notApplicable = new HashMap<>();
    private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
    private final EvaluationContext context = new Context();

    private Evaluation(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers) {
        this.questionnaire = Objects.requireNonNull(questionnaire, "questionnaire");
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.answers = Map.copyOf(Objects.requireNonNull(answers, "answers"));
        this.questions = questionnaire.index();
        for (Question question : questions.values()) {
            resolve(question);
        }
    }

    /** Works out every question of {@code questionnaire} for this organisation and these answers. */
    public static Evaluation of(Questionnaire questionnaire, Organisation organisation, Map<String, Answer> answers) {
        return new Evaluation(questionnaire, organisation, answers);
    }

    public Questionnaire questionnaire() {
        return questionnaire;
    }

    public Organisation organisation() {
        return organisation;
    }

    /** Whether the question applies; false for an id the questionnaire does not have. */
    public boolean applies(String questionId) {
        return applies.getOrDefault(questionId, false);
    }

    /**
     * The value of {@code answer.<questionId>}: Double, String, List of option ids (or, for a computed
     * question, whatever its formula yields), or null.
     */
    public Object value(String questionId) {
        return values.get(questionId);
    }

    /**
     * Whether a person answered the question in a way that counts: it applies, it is not computed, and it
     * has a value that fits the question or an allowed "N/A".
     */
    public boolean isAnswered(String questionId) {
        return answered.getOrDefault(questionId, false);
    }

    /** Whether the question applies and was answered "not applicable" where the questionnaire allows it. */
    public boolean isAnsweredNotApplicable(String questionId) {
        return notApplicable.getOrDefault(questionId, false);
    }

    /** The names expressions read, backed by this evaluation (unknown names read as null). */
    public EvaluationContext context() {
        return context;
    }

    /** The ids of the questions that apply, in questionnaire order. */
    public List<String> applicableQuestionIds() {
        List<String> ids = new ArrayList<>();
        for (String id : questions.keySet()) {
            if (applies(id)) {
                ids.add(id);
            }
        }
        return Collections.unmodifiableList(ids);
    }

    private void resolve(Question question) {
        String id = question.id();
        if (applies.containsKey(id) || inProgress.contains(id)) {
            return;
        }
        inProgress.add(id);
        try {
            boolean doesApply = question.appliesWhenExpression().map(e -> e.isTrue(context)).orElse(true);
            Object value = null;
            boolean isAnswered = false;
            boolean isNa = false;
            if (doesApply) {
                if (question.type() == QuestionType.COMPUTED) {
                    value = question.formula() == null ? null : normalise(question.formula().evaluate(context));
                } else {
                    Answer answer = answers.get(id);
                    if (answer != null && answer.na() && question.na()) {
                        isNa = true;
                        isAnswered = true;
                    } else if (answer != null && answer.value() != null) {
                        value = fittingValue(question, answer.value());
                        isAnswered = value != null;
                    }
                }
            }
            applies.put(id, doesApply);
            values.put(id, value);
            answered.put(id, isAnswered);
            notApplicable.put(id, isNa);
        } finally {
            inProgress.remove(id);
        }
    }

    private Object fittingValue(Question question, AnswerValue value) {
        return fittingValue(questionnaire, question, value);
    }

    /**
     * The expression value of {@code value} as an answer to {@code question} of {@code questionnaire}, or null
     * when it does not fit (another kind of value, an option that is not there, a level above the scale, a
     * number out of bounds).
     */
    public static Object fittingValue(Questionnaire questionnaire, Question question, AnswerValue value) {
        switch (question.type()) {
            case MATURITY:
                if (value instanceof AnswerValue.LevelValue level && level.level() <= questionnaire.scale().highest()) {
                    return (double) level.level();
                }
                return null;
            case SINGLE:
            case YESNO:
                if (value instanceof AnswerValue.Choice choice && question.option(choice.optionId()).isPresent()) {
                    return choice.optionId();
                }
                return null;
            case MULTIPLE:
                if (value instanceof AnswerValue.Choices choices) {
                    LinkedHashSet<String> chosen = new LinkedHashSet<>(choices.optionIds());
                    for (String optionId : chosen) {
                        if (question.option(optionId).isEmpty()) {
                            return null;
                        }
                    }
                    return List.copyOf(chosen);
                }
                return null;
            case NUMBER:
            case PERCENT:
                if (value instanceof AnswerValue.NumberValue number) {
                    double x = number.number().doubleValue();
                    if (Double.isFinite(x) && withinBounds(question, x)) {
                        return x;
                    }
                }
                return null;
            case TEXT:
                return value instanceof AnswerValue.TextValue text ? text.text() : null;
            default:
                return null;
        }
    }

    /** Whether {@code x} lies within the question's min/max; a percent also lies within 0 to 100. */
    public static boolean withinBounds(Question question, double x) {
        if (question.min() != null && x < question.min()) {
            return false;
        }
        if (question.max() != null && x > question.max()) {
            return false;
        }
        return question.type() != QuestionType.PERCENT || (x >= 0 && x <= 100);
    }

    /** Formula results as the format defines them: a number that is not finite reads as null. */
    private static Object normalise(Object result) {
        if (result instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (result instanceof Number n && !(result instanceof Double)) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? d : null;
        }
        return result;
    }

    private final class Context implements EvaluationContext {
        @Override
        public Object org(String field) {
            return organisation.field(field);
        }

        @Override
        public Object answer(String questionId) {
            Question question = questions.get(questionId);
            if (question == null) {
                return null;
            }
            resolve(question);
            return values.get(questionId);
        }
    }
}
