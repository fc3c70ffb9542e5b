package fr.caprse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import fr.caprse.domain.scoring.AssessmentScore;
import fr.caprse.domain.scoring.ThemeScore;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * A score as one line of JSON, for scripts ({@code score --json}):
 * {@code {"overall": 57.25, "level": 2, "completion": 0.93, "themes": {"gov": {"score": 62.5, "level": 3,
 * "answered": 8, "applicable": 9}, ...}}}. Numbers are unrounded (the shortest decimal that reads back as
 * the same double); a theme that is not scored has {@code "score": null} and {@code "level": null}.
 */
public final class ScoreJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private ScoreJson() {
    }

    public static String write(AssessmentScore score) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new OneLine());
            json.writeStartObject();
            writeNumber(json, "overall", score.overall());
            writeInteger(json, "level", score.level());
            writeNumber(json, "completion", score.completion());
            json.writeObjectFieldStart("themes");
            for (ThemeScore theme : score.themes()) {
                json.writeObjectFieldStart(theme.themeId());
                writeNumber(json, "score", theme.score());
                writeInteger(json, "level", theme.level());
                json.writeNumberField("answered", theme.answered());
                json.writeNumberField("applicable", theme.applicable());
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        return out.toString();
    }

    private static void writeNumber(JsonGenerator json, String key, Double value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(Double.toString(value));
        }
    }

    private static void writeInteger(JsonGenerator json, String key, Integer value) throws IOException {
        json.writeFieldName(key);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeNumber(value);
        }
    }

    /** One line, {@code "key": value, "next": ...}. */
    private static final class OneLine extends MinimalPrettyPrinter {
        private static final long serialVersionUID = 1L;

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }
}
