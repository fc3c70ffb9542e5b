package fr.caprse.application.observatory;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Theme;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.Evaluation;
import fr.caprse.domain.scoring.QuestionScore;
import fr.caprse.domain.scoring.ThemeScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The long-format rows of one assessment: every question of its questionnaire version, in order. */
final class AnswerRows {

    private AnswerRows() {
    }

    static List<AnswerRow> of(Questionnaire questionnaire, Evaluation evaluation, AssessmentScore score,
                              java.util.Map<String, Answer> answers, String language) {
        List<AnswerRow> rows = new ArrayList<>(questionnaire.questions().size());
        for (Theme theme : questionnaire.themes()) {
            ThemeScore themeScore = score.theme(theme.id()).orElseThrow();
            int index = 0;
            for (Question question : theme.questions()) {
                QuestionScore qs = themeScore.questions().get(index++);
                Answer answer = answers.get(question.id());
                String value = null;
                String label = null;
                Double number = null;
                if (question.type() == QuestionType.COMPUTED) {
                    if (evaluation.value(question.id()) instanceof Number n && Double.isFinite(n.doubleValue())) {
                        number = n.doubleValue();
                        value = BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
                    }
                } else if (answer != null && answer.value() != null) {
                    AnswerValue v = answer.value();
                    if (v instanceof AnswerValue.LevelValue level) {
                        value = Integer.toString(level.level());
                        number = (double) level.level();
                        label = level.level() <= questionnaire.scale().highest()
                                ? questionnaire.scale().level(level.level()).label().get(language) : null;
                    } else if (v instanceof AnswerValue.Choice choice) {
                        value = choice.optionId();
                        label = question.option(choice.optionId()).map(o -> o.label().get(language)).orElse(null);
                    } else if (v instanceof AnswerValue.Choices choices) {
                        value = choices.optionIds().isEmpty() ? "[]" : String.join(";", choices.optionIds());
                        label = choices.optionIds().stream().map(id -> question.option(id).map(Option::label)
                                .map(t -> t.get(language)).orElse(id)).collect(Collectors.joining("; "));
                    } else if (v instanceof AnswerValue.NumberValue n) {
                        value = n.number().toPlainString();
                        number = n.number().doubleValue();
                    } else if (v instanceof AnswerValue.TextValue t) {
                        value = t.text();
                    }
                }
                boolean na = answer != null && answer.na();
                rows.add(new AnswerRow(theme.id(), question.id(), question.type().fileName(), value, label, number, na,
                        qs.applicable(), qs.answered(), qs.included(), qs.weight(), qs.included() ? qs.s() : null,
                        qs.included() ? qs.weighted() : null));
            }
        }
        return rows;
    }
}
