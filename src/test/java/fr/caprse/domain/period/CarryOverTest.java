package fr.caprse.domain.period;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CarryOverTest {

    @Test
    void answersMoveWhenTheirQuestionStillAsksTheSameAndNewQuestionsAreNamedInOrder() {
        Questionnaire v1 = questionnaire("1.0.0",
                question("gov-purpose", QuestionType.MATURITY, false, List.of(), null),
                question("lab-training", QuestionType.YESNO, false, List.of(), null),
                question("env-energy", QuestionType.NUMBER, true, List.of(), 1000.0),
                question("sta-map", QuestionType.MULTIPLE, false, List.of(option("clients"), option("media")), null),
                question("env-waste", QuestionType.MATURITY, false, List.of(), null));
        Questionnaire v2 = questionnaire("1.1.0",
                question("gov-purpose", QuestionType.MATURITY, false, List.of(), null),
                question("lab-career-review", QuestionType.MATURITY, false, List.of(), null),
                question("env-energy", QuestionType.NUMBER, false, List.of(), 500.0),
                question("env-energy-per-employee", QuestionType.COMPUTED, false, List.of(), null),
                question("sta-map", QuestionType.MULTIPLE, false, List.of(option("clients")), null),
                question("env-waste", QuestionType.MATURITY, false, List.of(), null),
                question("env-mobility", QuestionType.MATURITY, false, List.of(), null));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("gov-purpose", Answer.of("gov-purpose", new AnswerValue.LevelValue(3)).withFlagged(true));
        answers.put("lab-training", Answer.of("lab-training", new AnswerValue.Choice("yes")));
        answers.put("env-energy", Answer.of("env-energy", new AnswerValue.NumberValue(new BigDecimal("800"))));
        answers.put("sta-map", Answer.of("sta-map", new AnswerValue.Choices(List.of("clients", "media"))));
        answers.put("env-waste", Answer.notApplicable("env-waste"));

        CarryOver plan = CarryOver.plan(v1, answers, v2);

        assertThat(plan.carried()).containsOnlyKeys("gov-purpose");
        assertThat(plan.carried().get("gov-purpose").flagged()).isFalse();
        // lab-training gone; 800 above the new maximum; option "media" gone; N/A no longer allowed
        assertThat(plan.notCarriedOver()).containsExactly("lab-training", "env-energy", "sta-map", "env-waste");
        // computed questions are not asked, so not listed
        assertThat(plan.newQuestions()).containsExactly("lab-career-review", "env-mobility");
    }

    @Test
    void theSameQuestionnaireKeepsEveryFittingAnswerAndHasNothingNew() {
        Questionnaire v1 = questionnaire("1.0.0", question("gov-purpose", QuestionType.MATURITY, true, List.of(), null));
        Map<String, Answer> answers = Map.of("gov-purpose", Answer.notApplicable("gov-purpose").withComment("SCOP"));

        CarryOver plan = CarryOver.plan(v1, answers, v1);

        assertThat(plan.carried()).containsOnlyKeys("gov-purpose");
        assertThat(plan.notCarriedOver()).isEmpty();
        assertThat(plan.newQuestions()).isEmpty();
    }

    private static Questionnaire questionnaire(String version, Question... questions) {
        Scale scale = new Scale(List.of(level(0), level(1), level(2), level(3), level(4)));
        return new Questionnaire("rse-rso", version, List.of("fr", "en"), Text.of("RSE", "CSR"), Text.EMPTY, scale,
                List.of(new Theme("all", Text.of("Tout", "All"), Text.EMPTY, 1, List.of(), List.of(questions))), "");
    }

    private static Level level(int value) {
        return new Level(value, Text.of("N" + value, "L" + value), Text.EMPTY);
    }

    private static Option option(String id) {
        return new Option(id, Text.of(id, id), 1);
    }

    private static Question question(String id, QuestionType type, boolean na, List<Option> options, Double max) {
        return new Question(id, type, Text.of(id, id), Text.EMPTY, 1, na, false, null, options, null, null, null, max,
                null, null, List.of(), Text.EMPTY, List.of());
    }
}
