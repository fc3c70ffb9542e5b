package fr.caprse.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.caprse.domain.benchmark.Band;
import fr.caprse.domain.benchmark.BenchmarkPack;
import fr.caprse.domain.benchmark.Grouping;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
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
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

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
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new PackException(fileName + ": not a benchmark pack (not valid JSON at line "
                    + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")");
        } catch (IOException e) {
            throw new PackException(fileName + ": cannot be read (" + e.getMessage() + ")");
        }
        Reading reading = new Reading(fileName);
        return reading.pack(root);
    }

    private static final class Reading {
        private final String file;

        Reading(String file) {
            this.file = file;
        }

        BenchmarkPack pack(JsonNode root) throws PackException {
            if (root == null || !root.isObject()) {
                throw new PackException(file + ": not a benchmark pack (expected a JSON object)");
            }
            String format = text(root, "format", "");
            if (!BenchmarkPack.FORMAT.equals(format)) {
                throw new PackException(file + ": not a Cap RSE benchmark pack (format \"" + format + "\", expected "
                        + BenchmarkPack.FORMAT + ")");
            }
            JsonNode questionnaire = object(root, "questionnaire", "");
            String id = text(questionnaire, "id", "questionnaire.");
            List<String> versions = new ArrayList<>();
            JsonNode versionList = questionnaire.get("versions");
            if (versionList != null && versionList.isArray()) {
                for (JsonNode version : versionList) {
                    versions.add(version.asText());
                }
            }
            String title = root.hasNonNull("title") ? root.get("title").asText() : "";
            Instant generated = null;
            if (root.hasNonNull("generated")) {
                try {
                    generated = Instant.parse(root.get("generated").asText());
                } catch (DateTimeParseException e) {
                    throw new PackException(file + ": generated: \"" + root.get("generated").asText()
                            + "\" is not a UTC time such as 2026-11-26T09:30:00Z");
                }
            }
            int minGroup = integer(root, "min_group", "");
            if (minGroup < 1) {
                throw new PackException(file + ": min_group must be at least 1");
            }
            Grouping by = null;
            if (root.hasNonNull("by")) {
                String code = root.get("by").asText();
                by = Grouping.fromCode(code).orElseThrow(() -> new PackException(file + ": by: \"" + code
                        + "\" is not one of sector, size, territory, legal_form, ess"));
            }
            BenchmarkPack.Group all = group(object(root, "all", ""), "all", minGroup);
            Map<String, BenchmarkPack.Group> groups = new LinkedHashMap<>();
            JsonNode groupList = root.get("groups");
            if (groupList != null && groupList.isArray()) {
                int index = 0;
                for (JsonNode node : groupList) {
                    String where = "groups[" + index++ + "]";
                    String key = text(node, "key", where + ".");
                    if (groups.put(key, group(node, where, minGroup)) != null) {
                        throw new PackException(file + ": " + where + ": group \"" + key + "\" appears twice");
                    }
                }
            }
            return new BenchmarkPack(id, versions, title, generated, minGroup, by, all, groups);
        }

        private BenchmarkPack.Group group(JsonNode node, String where, int minGroup) throws PackException {
            int organisations = integer(node, "organisations", where + ".");
            if (organisations < minGroup) {
                throw new PackException(file + ": " + where + ": a group of " + organisations
                        + " organisations, under the pack's own minimum of " + minGroup
                        + "; such a group could reveal one organisation's scores: the pack is refused");
            }
            String label = node.hasNonNull("label") ? node.get("label").asText() : "";
            Band overall = node.hasNonNull("overall") ? band(node.get("overall"), where + ".overall", minGroup) : null;
            Map<String, Band> themes = new LinkedHashMap<>();
            JsonNode themeNode = node.get("themes");
            if (themeNode != null && themeNode.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> fields = themeNode.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    themes.put(field.getKey(), band(field.getValue(), where + ".themes." + field.getKey(), minGroup));
                }
            }
            return new BenchmarkPack.Group(label, organisations, overall, themes);
        }

        private Band band(JsonNode node, String where, int minGroup) throws PackException {
            if (!node.isObject()) {
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

        private double score(JsonNode node, String key, String where) throws PackException {
            JsonNode value = node.get(key);
            if (value == null || !value.isNumber() || !(value.asDouble() >= 0 && value.asDouble() <= 100)) {
                throw new PackException(file + ": " + where + "." + key + ": expected a score from 0 to 100");
            }
            return value.asDouble();
        }

        private int integer(JsonNode node, String key, String prefix) throws PackException {
            JsonNode value = node.get(key);
            if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
                throw new PackException(file + ": " + prefix + key + ": expected a whole number");
            }
            return value.asInt();
        }

        private String text(JsonNode node, String key, String prefix) throws PackException {
            JsonNode value = node.get(key);
            if (value == null || !value.isTextual() || value.asText().isBlank()) {
                throw new PackException(file + ": " + prefix + key + ": missing (expected a text)");
            }
            return value.asText();
        }

        private JsonNode object(JsonNode node, String key, String prefix) throws PackException {
            JsonNode value = node.get(key);
            if (value == null || !value.isObject()) {
                throw new PackException(file + ": " + prefix + key + ": missing (expected an object)");
            }
            return value;
        }
    }
}
