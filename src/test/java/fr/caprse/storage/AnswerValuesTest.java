package fr.caprse.storage;

import static org.assertj.core.api.Assertions.assertThat;

import fr.caprse.domain.assessment.AnswerValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnswerValuesTest {

    @Test
    void numbersKeepTheirDigitsAndScale() {
        for (String written : List.of("182.50", "0", "0.000", "-3.25", "1E+3", "1.0E-12", "12345678901234567890.123456789")) {
            AnswerValue value = new AnswerValue.NumberValue(new BigDecimal(written));
            AnswerValue back = AnswerValues.read(AnswerValues.kind(value), AnswerValues.text(value));
            assertThat(back).isEqualTo(value);
            assertThat(((AnswerValue.NumberValue) back).number().toString()).isEqualTo(new BigDecimal(written).toString());
        }
    }

    @Test
    void listsOfOptionsKeepEveryIdAndTheirOrder() {
        List<List<String>> lists = List.of(List.of(), List.of(""), List.of("", ""), List.of("a,b", "c%2Cd", "e+f g"),
                List.of("média", "🌱", "x\ny"), List.of("clients", "suppliers"));
        for (List<String> ids : lists) {
            assertRoundTrip(new AnswerValue.Choices(ids));
        }
    }

    @Test
    void randomValuesOfEveryKindComeBackEqual() {
        long seed = new Random().nextLong();
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            AnswerValue value = switch (random.nextInt(5)) {
                case 0 -> new AnswerValue.LevelValue(random.nextInt(100));
                case 1 -> new AnswerValue.Choice(randomText(random));
                case 2 -> new AnswerValue.Choices(List.of(randomText(random), randomText(random)).subList(0, random.nextInt(3)));
                case 3 -> new AnswerValue.NumberValue(new BigDecimal(new BigInteger(64, random), random.nextInt(20) - 10));
                default -> new AnswerValue.TextValue(randomText(random));
            };
            assertThat(AnswerValues.read(AnswerValues.kind(value), AnswerValues.text(value)))
                    .as("seed %d, value %s", seed, value).isEqualTo(value);
        }
    }

    @Test
    void noValueIsNoKind() {
        assertThat(AnswerValues.kind(null)).isNull();
        assertThat(AnswerValues.read(null, null)).isNull();
        assertRoundTrip(new AnswerValue.TextValue(""));
    }

    private static void assertRoundTrip(AnswerValue value) {
        assertThat(AnswerValues.read(AnswerValues.kind(value), AnswerValues.text(value))).isEqualTo(value);
    }

    private static String randomText(Random random) {
        String alphabet = "ab,%+ \n\"'é🌱-_0";
        List<Integer> points = alphabet.codePoints().boxed().toList();
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            text.appendCodePoint(points.get(random.nextInt(points.size())));
        }
        return text.toString();
    }
}
