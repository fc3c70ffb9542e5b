package fr.caprse.yaml;

import fr.caprse.domain.expression.Expression;
import fr.caprse.domain.expression.ExpressionException;
import fr.caprse.domain.expression.ExpressionParser;
import fr.caprse.domain.questionnaire.Bands;
import fr.caprse.domain.questionnaire.LegalBaseline;
import fr.caprse.domain.questionnaire.Level;
import fr.caprse.domain.questionnaire.Option;
import fr.caprse.domain.questionnaire.Question;
import fr.caprse.domain.questionnaire.QuestionType;
import fr.caprse.domain.questionnaire.Questionnaire;
import fr.caprse.domain.questionnaire.ResultLevels;
import fr.caprse.domain.questionnaire.Scale;
import fr.caprse.domain.questionnaire.Text;
import fr.caprse.domain.questionnaire.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A built-in questionnaire already parsed and checked, in a compact binary form written when the
 * application is built ({@link PreparseBuiltIns}) and read back at start in a few milliseconds instead
 * of parsing its YAML file (the full questionnaire takes about half a second of a cold start).
 *
 * <p>It is never trusted on its own: it records the length and CRC-32 of the exact YAML bytes it was
 * made from, and {@link #read} gives nothing unless the file at hand has that same length and CRC-32,
 * the form is this version of the format and its own closing CRC-32 matches (not damaged). The questionnaire's SHA-256 ({@code contentHash}) comes
 * from the form, computed at build time from those same bytes. Expressions are kept as their text and
 * parsed again. Anything unexpected gives nothing, and the caller parses the YAML file as usual.
 */
final class PreparsedQuestionnaire {

    /** Bump when the layout below changes: a form of another version is ignored. */
    static final int FORMAT = 1;
    private static final int MAGIC = 0x43525351; // "CRSQ"
    /** The pre-parsed form of {@code name} is the resource {@code name + SUFFIX} beside it. */
    static final String SUFFIX = ".parsed";

    private PreparsedQuestionnaire() {
    }

    /** The pre-parsed form of {@code questionnaire}, parsed from {@code yaml}. */
    static byte[] write(Questionnaire questionnaire, byte[] yaml) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(yaml.length / 2);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(yaml.length);
            out.writeLong(crc(yaml));
            new Writer(out).questionnaire(questionnaire);
            out.flush();
            out.writeLong(crc(bytes.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * The questionnaire in {@code form}, when it was made from exactly {@code yaml} by this format;
     * empty otherwise.
     */
    static Optional<Questionnaire> read(byte[] form, byte[] yaml) {
        if (form.length < Long.BYTES || trailer(form) != crc(form, form.length - Long.BYTES)) {
            return Optional.empty(); // damaged or cut short
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(form, 0, form.length - Long.BYTES))) {
            if (in.readInt() != MAGIC || in.readInt() != FORMAT || in.readInt() != yaml.length
                    || in.readLong() != crc(yaml)) {
                return Optional.empty();
            }
            Questionnaire questionnaire = new Reader(in).questionnaire();
            return in.read() == -1 ? Optional.of(questionnaire) : Optional.empty();
        } catch (IOException | ExpressionException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long crc(byte[] bytes) {
        return crc(bytes, bytes.length);
    }

    private static long crc(byte[] bytes, int length) {
        CRC32 crc = new CRC32();
        crc.update(bytes, 0, length);
        return crc.getValue();
    }

    /** The last eight bytes: the CRC-32 of the form before them. */
    private static long trailer(byte[] form) {
        long value = 0;
        for (int i = form.length - Long.BYTES; i < form.length; i++) {
            value = (value << 8) | (form[i] & 0xff);
        }
        return value;
    }

    private record Writer(DataOutputStream out) {

        void questionnaire(Questionnaire q) throws IOException {
            string(q.id());
            string(q.version());
            strings(q.languages());
            text(q.title());
            text(q.description());
            levels(q.scale().levels());
            out.writeInt(q.scale().results().levels().size());
            for (ResultLevels.ResultLevel level : q.scale().results().levels()) {
                out.writeDouble(level.from());
                text(level.label());
            }
            out.writeInt(q.themes().size());
            for (Theme theme : q.themes()) {
                theme(theme);
            }
            string(q.contentHash());
            string(q.legalAsOf() == null ? null : q.legalAsOf().toString());
        }

        void theme(Theme t) throws IOException {
            string(t.id());
            text(t.title());
            text(t.description());
            out.writeDouble(t.weight());
            strings(t.references());
            out.writeInt(t.questions().size());
            for (Question question : t.questions()) {
                question(question);
            }
            string(t.legalBaseline().asOf() == null ? null : t.legalBaseline().asOf().toString());
            out.writeInt(t.legalBaseline().items().size());
            for (Text item : t.legalBaseline().items()) {
                text(item);
            }
        }

        void question(Question q) throws IOException {
            string(q.id());
            out.writeInt(q.type().ordinal());
            text(q.text());
            text(q.help());
            out.writeDouble(q.weight());
            out.writeBoolean(q.na());
            out.writeBoolean(q.required());
            string(q.appliesWhen() == null ? null : q.appliesWhen().source());
            out.writeInt(q.options().size());
            for (Option option : q.options()) {
                string(option.id());
                text(option.label());
                out.writeDouble(option.points());
            }
            number(q.maxPoints());
            text(q.unit());
            number(q.min());
            number(q.max());
            out.writeBoolean(q.bands() != null);
            if (q.bands() != null) {
                out.writeInt(q.bands().kind().ordinal());
                out.writeInt(q.bands().bands().size());
                for (Bands.Band band : q.bands().bands()) {
                    out.writeDouble(band.bound());
                    out.writeDouble(band.points());
                }
            }
            string(q.formula() == null ? null : q.formula().source());
            strings(q.references());
            text(q.recommendation());
            levels(q.levels());
        }

        void levels(List<Level> levels) throws IOException {
            out.writeInt(levels.size());
            for (Level level : levels) {
                out.writeInt(level.value());
                text(level.label());
                text(level.description());
            }
        }

        void text(Text text) throws IOException {
            out.writeInt(text.byLanguage().size());
            for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
                string(entry.getKey());
                string(entry.getValue());
            }
        }

        void strings(List<String> strings) throws IOException {
            out.writeInt(strings.size());
            for (String string : strings) {
                string(string);
            }
        }

        void number(Double number) throws IOException {
            out.writeBoolean(number != null);
            if (number != null) {
                out.writeDouble(number);
            }
        }

        void string(String string) throws IOException {
            if (string == null) {
                out.writeInt(-1);
                return;
            }
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        }
    }

    private record Reader(DataInputStream in) {

        Questionnaire questionnaire() throws IOException, ExpressionException {
            String id = string();
            String version = string();
            List<String> languages = strings();
            Text title = text();
            Text description = text();
            List<Level> levels = levels();
            List<ResultLevels.ResultLevel> results = list(in -> new ResultLevels.ResultLevel(in.readDouble(), text()));
            List<Theme> themes = list(in -> theme());
            String contentHash = string();
            String legalAsOf = string();
            return new Questionnaire(id, version, languages, title, description,
                    new Scale(levels, new ResultLevels(results)), themes, contentHash,
                    legalAsOf == null ? null : LocalDate.parse(legalAsOf));
        }

        Theme theme() throws IOException, ExpressionException {
            String id = string();
            Text title = text();
            Text description = text();
            double weight = in.readDouble();
            List<String> references = strings();
            List<Question> questions = list(in -> question());
            String asOf = string();
            List<Text> items = list(in -> text());
            return new Theme(id, title, description, weight, references, questions,
                    asOf == null && items.isEmpty() ? LegalBaseline.NONE
                            : new LegalBaseline(asOf == null ? null : LocalDate.parse(asOf), items));
        }

        Question question() throws IOException, ExpressionException {
            String id = string();
            QuestionType type = QuestionType.values()[in.readInt()];
            Text text = text();
            Text help = text();
            double weight = in.readDouble();
            boolean na = in.readBoolean();
            boolean required = in.readBoolean();
            Expression appliesWhen = expression(string());
            List<Option> options = list(in -> new Option(string(), text(), in.readDouble()));
            Double maxPoints = number();
            Text unit = text();
            Double min = number();
            Double max = number();
            Bands bands = null;
            if (in.readBoolean()) {
                Bands.Kind kind = Bands.Kind.values()[in.readInt()];
                bands = new Bands(kind, list(in -> new Bands.Band(in.readDouble(), in.readDouble())));
            }
            Expression formula = expression(string());
            List<String> references = strings();
            Text recommendation = text();
            List<Level> levels = levels();
            return new Question(id, type, text, help, weight, na, required, appliesWhen, options, maxPoints, unit,
                    min, max, bands, formula, references, recommendation, levels);
        }

        List<Level> levels() throws IOException, ExpressionException {
            return list(in -> new Level(in.readInt(), text(), text()));
        }

        Text text() throws IOException {
            int size = in.readInt();
            if (size == 0) {
                return Text.EMPTY;
            }
            if (size < 0 || size > in.available()) {
                throw new IOException("not a text of " + size + " languages");
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                byLanguage.put(string(), string());
            }
            return new Text(byLanguage);
        }

        List<String> strings() throws IOException, ExpressionException {
            return list(in -> string());
        }

        Double number() throws IOException {
            return in.readBoolean() ? in.readDouble() : null;
        }

        String string() throws IOException {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            if (length > in.available()) {
                throw new IOException("not a string of " + length + " bytes");
            }
            byte[] utf8 = new byte[length];
            in.readFully(utf8);
            return new String(utf8, StandardCharsets.UTF_8);
        }

        static Expression expression(String source) throws ExpressionException {
            return source == null ? null : ExpressionParser.parse(source);
        }

        <T> List<T> list(Item<T> item) throws IOException, ExpressionException {
            int size = in.readInt();
            if (size < 0 || size > in.available()) {
                throw new IOException("not a list of " + size);
            }
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(item.read(in));
            }
            return list;
        }
    }

    @FunctionalInterface
    private interface Item<T> {
        T read(DataInputStream in) throws IOException, ExpressionException;
    }
}
