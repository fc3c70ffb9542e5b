package fr.caprse.domain.scoring;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.expression.EvaluationContext;
import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Small questionnaires, answers and expressions built in code for scoring tests. */
public final class Fixtures {

    /** The built-in five-level scale, 0 to 4. */
    public static final Scale SCALE = new Scale(List.of(
            level(0), level(1), level(2), level(3), level(4)));

    private Fixtures() {
    }

    private static Level level(int value) {
        return new Level(value, Text.of("niveau " + value, "level " + value), Text.EMPTY);
    }

    public static Questionnaire questionnaire(Theme... themes) {
        return new Questionnaire("test", "1.0.0", List.of("fr", "en"), Text.of("Test", "Test"), Text.EMPTY, SCALE,
                List.of(themes), "");
    }

    public static Theme theme(String id, double weight, Question... questions) {
        return new Theme(id, Text.of(id, id), Text.EMPTY, weight, List.of(), List.of(questions));
    }

    public static Theme theme(String id, Question... questions) {
        return theme(id, 1, questions);
    }

    public static QuestionBuilder q(String id, QuestionType type) {
        return new QuestionBuilder(id, type);
    }

    public static Option option(String id, double points) {
        return new Option(id, Text.of(id, id), points);
    }

    public static Bands atLeast(double... boundPointPairs) {
        return bands(Bands.Kind.AT_LEAST, boundPointPairs);
    }

    public static Bands atMost(double... boundPointPairs) {
        return bands(Bands.Kind.AT_MOST, boundPointPairs);
    }

    private static Bands bands(Bands.Kind kind, double... pairs) {
        List<Bands.Band> list = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            list.add(new Bands.Band(pairs[i], pairs[i + 1]));
        }
        return new Bands(kind, list);
    }

    /** An expression computed by {@code body}, reading the answers named in {@code answerIds}. */
    public static Expression expr(String source, Function<EvaluationContext, Object> body, String... answerIds) {
        return new TestExpression(source, body, Set.of(answerIds));
    }

    public static Answer level(String questionId, int level) {
        return Answer.of(questionId, new AnswerValue.LevelValue(level));
    }

    public static Answer choice(String questionId, String optionId) {
        return Answer.of(questionId, new AnswerValue.Choice(optionId));
    }

    public static Answer choices(String questionId, String... optionIds) {
        return Answer.of(questionId, new AnswerValue.Choices(Arrays.asList(optionIds)));
    }

    public static Answer number(String questionId, String number) {
        return Answer.of(questionId, new AnswerValue.NumberValue(new BigDecimal(number)));
    }

    public static Answer text(String questionId, String text) {
        return Answer.of(questionId, new AnswerValue.TextValue(text));
    }

    public static Answer na(String questionId) {
        return Answer.notApplicable(questionId);
    }

    public static Map<String, Answer> answers(Answer... answers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (Answer answer : answers) {
            map.put(answer.questionId(), answer);
        }
        return map;
    }

    record TestExpression(String source, Function<EvaluationContext, Object> body, Set<String> answerIds)
            implements Expression {
        @Override
        public Object evaluate(EvaluationContext context) {
            return body.apply(context);
        }

        @Override
        public Set<String> orgFields() {
            return Set.of();
        }

        @Override
        public String toString() {
            return source;
        }
    }

    /** Builds a {@link Question} with the format's defaults (weight 1, no N/A, no condition). */
    public static final class QuestionBuilder {
        private final String id;
        private final QuestionType type;
        private double weight = 1;
        private boolean na;
        private Expression appliesWhen;
        private List<Option> options = List.of();
        private Double maxPoints;
        private Double min;
        private Double max;
        private Bands bands;
        private Expression formula;
        private Text recommendation = Text.EMPTY;

        QuestionBuilder(String id, QuestionType type) {
            this.id = id;
            this.type = type;
        }

        public QuestionBuilder weight(double value) {
            weight = value;
            return this;
        }

        public QuestionBuilder na() {
            na = true;
            return this;
        }

        public QuestionBuilder appliesWhen(Expression expression) {
            appliesWhen = expression;
            return this;
        }

        public QuestionBuilder options(Option... values) {
            options = List.of(values);
            return this;
        }

        public QuestionBuilder maxPoints(double value) {
            maxPoints = value;
            return this;
        }

        public QuestionBuilder range(Double low, Double high) {
            min = low;
            max = high;
            return this;
        }

        public QuestionBuilder bands(Bands value) {
            bands = value;
            return this;
        }

        public QuestionBuilder formula(Expression expression) {
            formula = expression;
            return this;
        }

        public QuestionBuilder recommendation(String text) {
            recommendation = Text.of(text, text);
            return this;
        }

        public Question build() {
            return new Question(id, type, Text.of(id, id), Text.EMPTY, weight, na, false, appliesWhen, options,
                    maxPoints, null, min, max, bands, formula, List.of(), recommendation, List.of());
        }
    }
}
