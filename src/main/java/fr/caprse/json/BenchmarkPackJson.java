package fr.caprse.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.math.BigInteger;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark packs ({@code cap-rse/benchmarks@1}, docs/observatory.md) to and from JSON. Writing is
 * byte-stable (keys in a fixed order, themes and groups sorted). Reading checks everything an
 * organisation's app relies on, and refuses a pack holding a group smaller than its own minimum.
 */
public final class BenchmarkPackJson {

    /** A pack that cannot be read; the message says what and where. */
    public static final class PackException extends Exception {
        private static final long serialVersionUID = 1L;

        public PackException(String message) {
            super(message);
        }
    }

    /** The largest pack read. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(20).build()).build();
    /** A JSON null in the tree that {@link #tree} reads. */
    private static final Object NULL = new Object();

    private BenchmarkPackJson() {
    }

    public static byte[] write(BenchmarkPack pack) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter());
            json.writeStartObject();
            json.writeStringField("format", BenchmarkPack.FORMAT);
            json.writeObjectFieldStart("questionnaire");
            json.writeStringField("id", pack.questionnaireId());
            json.writeArrayFieldStart("versions");
            for (String version : pack.questionnaireVersions()) {
                json.writeString(version);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeStringField("title", pack.title());
            if (pack.generated() != null) {
                json.writeStringField("generated", pack.generated().toString());
            }
            json.writeNumberField("min_group", pack.minGroup());
            if (pack.by() != null) {
                json.writeStringField("by", pack.by().code());
            }
            json.writeFieldName("all");
            writeGroup(json, null, pack.all());
            json.writeArrayFieldStart("groups");
            for (Map.Entry<String, BenchmarkPack.Group> group : new TreeMap<>(pack.groups()).entrySet()) {
                writeGroup(json, group.getKey(), group.getValue());
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory failed", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeGroup(JsonGenerator json, String key, BenchmarkPack.Group group) throws IOException {
        json.writeStartObject();
        if (key != null) {
            json.writeStringField("key", key);
        }
        json.writeStringField("label", group.label());
        json.writeNumberField("organisations", group.organisations());
        if (group.overall() != null) {
            json.writeFieldName("overall");
            writeBand(json, group.overall());
        }
        json.writeObjectFieldStart("themes");
        for (Map.Entry<String, Band> theme : new TreeMap<>(group.themes()).entrySet()) {
            json.writeFieldName(theme.getKey());
            writeBand(json, theme.getValue());
        }
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeBand(JsonGenerator json, Band band) throws IOException {
        json.writeStartObject();
        json.writeNumberField("count", band.count());
        json.writeNumberField("mean", band.mean());
        json.writeNumberField("q1", band.q1());
        json.writeNumberField("median", band.median());
        json.writeNumberField("q3", band.q3());
        json.writeEndObject();
    }

    /** Reads a pack; {@code fileName} names it in messages. */
    public static BenchmarkPack read(byte[] content, String fileName) throws PackException {
        if (content.length > MAX_BYTES) {
            throw new PackException(fileName + ": the file is larger than 5 MB; a benchmark pack is a few kilobytes");
        }
        Object root;
        try (JsonParser json = FACTORY.createParser(content)) {
            root = json.nextToken() == null ? null : tree(json);
        } catch (JsonProcessingException e) {
            throw new PackException(fileName + ": not a benchmark pack (not valid JSON at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new PackException(fileName + ": cannot be read (" + e.getMessage() + ")");
        }
        Reading reading = new Reading(fileName);
        return reading.pack(root);
    }

    /**
     * The value at the parser's current token, as a tree: a {@code Map} (keys in order, the last of
     * twice the same key kept), a {@code List}, a {@code String}, a {@code Number} ({@code Integer},
     * {@code Long} or {@code BigInteger} for a whole number, {@code Double} otherwise), a {@code Boolean}
     * or {@link #NULL}. A pack is a few kilobytes: Jackson's streaming parser and this are all it needs.
     */
    private static Object tree(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String key = json.currentName();
                    json.nextToken();
                    object.put(key, tree(json));
                }
                return object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    array.add(tree(json));
                }
                return array;
            }
            case VALUE_STRING -> {
                return json.getText();
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return json.getNumberValue();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return json.getBooleanValue();
            }
            default -> {
                return NULL;
            }
        }
    }

    /** A scalar's text, as a JSON tree library's {@code asText()} gives it; "" for an object or a list. */
    private static String asText(Object value) {
        return value instanceof Map || value instanceof List || value == NULL ? "" : String.valueOf(value);
    }

    private static final class Reading {
        private final String file;

        Reading(String file) {
            this.file = file;
        }

        BenchmarkPack pack(Object tree) throws PackException {
            if (!(tree instanceof Map<?, ?> root)) {
                throw new PackException(file + ": not a benchmark pack (expected a JSON object)");
            }
            String format = text(root, "format", "");
            if (!BenchmarkPack.FORMAT.equals(format)) {
                throw new PackException(file + ": not a Cap RSE benchmark pack (format \"" + format + "\", expected "
                        + BenchmarkPack.FORMAT + ")");
            }
            Map<?, ?> questionnaire = object(root, "questionnaire", "");
            String id = text(questionnaire, "id", "questionnaire.");
            List<String> versions = new ArrayList<>();
            if (questionnaire.get("versions") instanceof List<?> versionList) {
                for (Object version : versionList) {
                    versions.add(asText(version));
                }
            }
            String title = hasNonNull(root, "title") ? asText(root.get("title")) : "";
            Instant generated = null;
            if (hasNonNull(root, "generated")) {
                try {
                    generated = Instant.parse(asText(root.get("generated")));
                } catch (DateTimeParseException e) {
                    throw new PackException(file + ": generated: \"" + asText(root.get("generated"))
                            + "\" is not a UTC time such as 2026-11-26T09:30:00Z");
                }
            }
            int minGroup = integer(root, "min_group", "");
            if (minGroup < 1) {
                throw new PackException(file + ": min_group must be at least 1");
            }
            Grouping by = null;
            if (hasNonNull(root, "by")) {
                String code = asText(root.get("by"));
                by = Grouping.fromCode(code).orElseThrow(() -> new PackException(file + ": by: \"" + code
                        + "\" is not one of sector, size, territory, legal_form, ess"));
            }
            BenchmarkPack.Group all = group(object(root, "all", ""), "all", minGroup);
            Map<String, BenchmarkPack.Group> groups = new LinkedHashMap<>();
            if (root.get("groups") instanceof List<?> groupList) {
                int index = 0;
                for (Object node : groupList) {
                    String where = "groups[" + index++ + "]";
                    Map<?, ?> group = node instanceof Map<?, ?> object ? object : Map.of();
                    String key = text(group, "key", where + ".");
                    if (groups.put(key, group(group, where, minGroup)) != null) {
                        throw new PackException(file + ": " + where + ": group \"" + key + "\" appears twice");
                    }
                }
            }
            return new BenchmarkPack(id, versions, title, generated, minGroup, by, all, groups);
        }

        private BenchmarkPack.Group group(Map<?, ?> node, String where, int minGroup) throws PackException {
            int organisations = integer(node, "organisations", where + ".");
            if (organisations < minGroup) {
                throw new PackException(file + ": " + where + ": a group of " + organisations
                        + " organisations, under the pack's own minimum of " + minGroup
                        + "; such a group could reveal one organisation's scores: the pack is refused");
            }
            String label = hasNonNull(node, "label") ? asText(node.get("label")) : "";
            Band overall = hasNonNull(node, "overall") ? band(node.get("overall"), where + ".overall", minGroup) : null;
            Map<String, Band> themes = new LinkedHashMap<>();
            if (node.get("themes") instanceof Map<?, ?> themeNode) {
                for (Map.Entry<?, ?> field : themeNode.entrySet()) {
                    String theme = (String) field.getKey();
                    themes.put(theme, band(field.getValue(), where + ".themes." + theme, minGroup));
                }
            }
            return new BenchmarkPack.Group(label, organisations, overall, themes);
        }

        private Band band(Object value, String where, int minGroup) throws PackException {
            if (!(value instanceof Map<?, ?> node)) {
                throw new PackException(file + ": " + where + ": expected an object with count, mean, q1, median, q3");
            }
            int count = integer(node, "count", where + ".");
            if (count < minGroup) {
                throw new PackException(file + ": " + where + ": " + count + " scores, under the pack's own minimum of "
                        + minGroup + ": the pack is refused");
            }
            double mean = score(node, "mean", where);
            double q1 = score(node, "q1", where);
            double median = score(node, "median", where);
            double q3 = score(node, "q3", where);
            if (!(q1 <= median && median <= q3)) {
                throw new PackException(file + ": " + where + ": quartiles out of order (q1 " + q1 + ", median " + median
                        + ", q3 " + q3 + ")");
            }
            return new Band(count, mean, q1, median, q3);
        }

        private static boolean hasNonNull(Map<?, ?> node, String key) {
            Object value = node.get(key);
            return value != null && value != NULL;
        }

        private double score(Map<?, ?> node, String key, String where) throws PackException {
            if (!(node.get(key) instanceof Number value) || !(value.doubleValue() >= 0 && value.doubleValue() <= 100)) {
                throw new PackException(file + ": " + where + "." + key + ": expected a score from 0 to 100");
            }
            return value.doubleValue();
        }

        private int integer(Map<?, ?> node, String key, String prefix) throws PackException {
            Object value = node.get(key);
            boolean whole = value instanceof Integer || value instanceof Long || value instanceof BigInteger;
            if (!whole || ((Number) value).longValue() != ((Number) value).intValue()
                    || (value instanceof BigInteger big && big.bitLength() > 31)) {
                throw new PackException(file + ": " + prefix + key + ": expected a whole number");
            }
            return ((Number) value).intValue();
        }

        private String text(Map<?, ?> node, String key, String prefix) throws PackException {
            if (!(node.get(key) instanceof String value) || value.isBlank()) {
                throw new PackException(file + ": " + prefix + key + ": missing (expected a text)");
            }
            return value;
        }

        private Map<?, ?> object(Map<?, ?> node, String key, String prefix) throws PackException {
            if (!(node.get(key) instanceof Map<?, ?> value)) {
                throw new PackException(file + ": " + prefix + key + ": missing (expected an object)");
            }
            return value;
        }
    }
}
