package fr.caprse.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.Answer;
import fr.caprse.domain.assessment.AnswerValue;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.i18n.I18n;
import fr.caprse.yaml.BuiltInQuestionnaires;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    private static Question distance(Text unit) {
        return new Question("distance", QuestionType.NUMBER, Text.of("Distance ?", "Distance?"), Text.EMPTY, 1, false,
                false, null, List.of(), null, unit, null, null, null, null, List.of(), Text.EMPTY, List.of());
    }

    @Test
    void aNumberAnswerCarriesItsUnitInTheScreensLanguage() {
        Scale scale = BuiltInQuestionnaires.byId("rse-express").orElseThrow().scale();
        Answer answer = Answer.of("distance", new AnswerValue.NumberValue(new BigDecimal("12.5")));
        Question translated = distance(Text.of("km par an", "km per year"));

        assertThat(Formats.answer(translated, answer, scale, "fr", new I18n(Locale.FRENCH))).isEqualTo("12,5 km par an");
        assertThat(Formats.answer(translated, answer, scale, "en", new I18n(Locale.ENGLISH))).isEqualTo("12.5 km per year");
        assertThat(Formats.answer(distance(null), answer, scale, "en", new I18n(Locale.ENGLISH))).isEqualTo("12.5");
    }
}
