package fr.caprse.yaml;

import fr.caprse.domain.questionnaire.Text;
import fr.caprse.platform.Said;
import fr.caprse.platform.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of YAML nodes. Every method reports what is wrong (where, what was expected,
 * what was found) and returns {@code null} for a value it could not read, so reading goes on and every
 * problem of a file is found in one pass.
 */
final class NodeReader {

    static final Pattern SLUG = Pattern.compile("[a-z0-9-]+");
    private static final Pattern HEXADECIMAL = Pattern.compile("[-+]?0x[0-9a-fA-F]+");
    private static final Pattern OCTAL = Pattern.compile("[-+]?0o[0-7]+");

    private final Problems problems;
    private final String text;
    private int[] lineStarts;

    NodeReader(Problems problems, String text) {
        this.problems = problems;
        this.text = text;
    }

    Problems problems() {
        return problems;
    }

    /** The entries of a map, by key; the key and value nodes are kept for positions. */
    static final class Fields {
        private final MappingNode node;
        private final Map<String, NodeTuple> entries;

        Fields(MappingNode node, Map<String, NodeTuple> entries) {
            this.node = node;
            this.entries = entries;
        }

        MappingNode node() {
            return node;
        }

        boolean has(String key) {
            return entries.containsKey(key);
        }

        /** The value of {@code key}, or null when absent. */
        Node get(String key) {
            NodeTuple tuple = entries.get(key);
            return tuple == null ? null : tuple.getValueNode();
        }

        Node keyNode(String key) {
            return entries.get(key).getKeyNode();
        }
    }

    /**
     * The entries of a map, after checking that it is one, that its keys are plain names used once, that
     * each is allowed here and that the required ones are present; null when {@code node} is not a map.
     */
    Fields fields(Node node, String where, List<String> allowed, List<String> required) {
        if (!(node instanceof MappingNode mapping)) {
            problems.at(node, Said.of("yaml.map-expected", where + " must be a map of keys (" + String.join(", ", required)
                    + " ...), found " + describe(node), where, String.join(", ", required), described(node)));
            return null;
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar) || keyNode.getTag().equals(Tag.NULL)) {
                problems.at(keyNode, Said.of("yaml.key-plain", where + ": a key must be a plain name, found "
                        + describe(keyNode), where, described(keyNode)));
                continue;
            }
            String key = keyScalar.getValue();
            NodeTuple first = entries.get(key);
            if (first != null) {
                problems.at(keyNode, Said.of("yaml.key-duplicate", where + ": duplicate key '" + key + "' (already at line "
                        + line(first.getKeyNode()) + "); keep only one", where, key, Integer.toString(line(first.getKeyNode()))));
                continue;
            }
            if (!allowed.contains(key)) {
                problems.at(keyNode, Said.of("yaml.key-unknown", where + ": unknown key '" + key + "'"
                        + Suggestions.didYouMean(key, allowed) + "; allowed keys: " + String.join(", ", allowed),
                        where, key, didYouMean(key, allowed), String.join(", ", allowed)));
                continue;
            }
            entries.put(key, tuple);
        }
        for (String key : required) {
            if (!entries.containsKey(key) && !hasMisspelling(mapping, key, allowed)) {
                problems.at(mapping, Said.of("yaml.key-missing", where + ": missing required key '" + key + "'", where, key));
            }
        }
        return new Fields(mapping, entries);
    }

    /** Whether an unknown key of the map looks like a typo of {@code key} (already reported with a suggestion). */
    private static boolean hasMisspelling(MappingNode mapping, String key, List<String> allowed) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode scalar && !allowed.contains(scalar.getValue())
                    && Suggestions.closest(scalar.getValue(), allowed).filter(key::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** A scalar's text, or null (reported) when the node is absent-valued or not a scalar. */
    String string(Node node, String where, String what) {
        if (node instanceof ScalarNode scalar && !node.getTag().equals(Tag.NULL)) {
            return scalar.getValue();
        }
        problems.at(node, Said.of("yaml.text-expected", where + ": " + what + " must be a text, found " + describe(node),
                where, what, described(node)));
        return null;
    }

    String slug(Node node, String where, String what) {
        String value = string(node, where, what);
        if (value == null) {
            return null;
        }
        if (!SLUG.matcher(value).matches()) {
            problems.at(node, Said.of("yaml.slug", where + ": " + what + " '" + value
                    + "' must use only lower-case letters, digits and '-' (like 'env-energy')", where, what, value));
            return null;
        }
        return value;
    }

    /**
     * The id of a map, when it has a well-formed one, to name the map in messages before its keys are
     * checked; null otherwise (nothing is reported).
     */
    static String peekId(Node node) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value && SLUG.matcher(value.getValue()).matches()) {
                    return value.getValue();
                }
            }
        }
        return null;
    }

    /** A finite number (integer or decimal), or null (reported). */
    Double number(Node node, String where, String what) {
        return number(node, where, what, "a number");
    }

    private Double number(Node node, String where, String what, String expected) {
        if (node instanceof ScalarNode scalar && (node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT))) {
            Double value = parseNumber(scalar.getValue());
            if (value != null && Double.isFinite(value)) {
                return value;
            }
        }
        problems.at(node, Said.of(expected.equals("a number") ? "yaml.number-expected" : "yaml.non-negative-expected",
                where + ": " + what + " must be " + expected + ", found " + describe(node), where, what, described(node)));
        return null;
    }

    /** A number {@code >= 0}, or null (reported). */
    Double nonNegative(Node node, String where, String what) {
        Double value = number(node, where, what, "a number ≥ 0");
        if (value != null && value < 0) {
            problems.at(node, Said.of("yaml.non-negative-expected", where + ": " + what + " must be a number ≥ 0, found "
                    + format(value), where, what, format(value)));
            return null;
        }
        return value;
    }

    Integer integer(Node node, String where, String what) {
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.INT)) {
            Double value = parseNumber(scalar.getValue());
            if (value != null && value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE) {
                return value.intValue();
            }
        }
        problems.at(node, Said.of("yaml.whole-expected", where + ": " + what + " must be a whole number, found "
                + describe(node), where, what, described(node)));
        return null;
    }

    Boolean bool(Node node, String where, String what) {
        if (node instanceof ScalarNode scalar && node.getTag().equals(Tag.BOOL)) {
            return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        Said hint = node instanceof ScalarNode scalar
                && List.of("yes", "no", "on", "off", "y", "n").contains(scalar.getValue().toLowerCase(java.util.Locale.ROOT))
                ? Said.of("yaml.boolean-hint", " (YAML 1.2 reads '" + scalar.getValue() + "' as text: write true or false)",
                        scalar.getValue()) : Said.english("");
        problems.at(node, Said.of("yaml.boolean-expected", where + ": " + what + " must be true or false, found "
                + describe(node) + hint, where, what, described(node), hint));
        return null;
    }

    /** The items of a list, or null (reported). */
    List<Node> list(Node node, String where, String what) {
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.at(node, Said.of("yaml.list-expected", where + ": " + what + " must be a list, found " + describe(node),
                where, what, described(node)));
        return null;
    }

    /** A list of non-empty texts, or null (reported). */
    List<String> strings(Node node, String where, String what) {
        List<Node> items = list(node, where, what);
        if (items == null) {
            return null;
        }
        List<String> values = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            String value = string(item, where, what + " item");
            if (value == null) {
                ok = false;
            } else if (value.isBlank()) {
                problems.at(item, Said.of("yaml.list-empty-item", where + ": " + what + " has an empty item; remove it",
                        where, what));
                ok = false;
            } else {
                values.add(value);
            }
        }
        return ok ? values : null;
    }

    /**
     * A translated text: a map language → string holding every one of {@code languages} (when known) and
     * no other; null (reported) otherwise.
     */
    Text text(Node node, String where, String what, List<String> languages) {
        if (!(node instanceof MappingNode mapping)) {
            String example = languages == null || languages.isEmpty() ? "{fr: \"...\", en: \"...\"}"
                    : "{" + String.join(", ", languages.stream().map(l -> l + ": \"...\"").toList()) + "}";
            problems.at(node, Said.of("yaml.translations-expected", where + ": " + what
                    + " must give one text per language, like " + example + "; found " + describe(node),
                    where, what, example, described(node)));
            return null;
        }
        int before = problems.count();
        if (cutByComma(mapping, where, what, languages)) {
            return null;
        }
        Map<String, String> byLanguage = new LinkedHashMap<>();
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode keyScalar) || keyNode.getTag().equals(Tag.NULL)) {
                problems.at(keyNode, Said.of("yaml.language-expected", where + ": " + what
                        + ": a language code is expected here, found " + describe(keyNode), where, what, described(keyNode)));
                continue;
            }
            String language = keyScalar.getValue();
            if (keys.containsKey(language)) {
                problems.at(keyNode, Said.of("yaml.language-duplicate", where + ": " + what + ": duplicate language '"
                        + language + "' (already at line " + line(keys.get(language)) + ")", where, what, language,
                        Integer.toString(line(keys.get(language)))));
                continue;
            }
            keys.put(language, keyNode);
            if (languages != null && !languages.contains(language)) {
                problems.at(keyNode, Said.of("yaml.language-unknown", where + ": " + what + ": '" + language
                        + "' is not one of the file's languages (" + String.join(", ", languages) + ")"
                        + Suggestions.didYouMean(language, languages), where, what, language, String.join(", ", languages),
                        didYouMean(language, languages)));
                continue;
            }
            String value = string(tuple.getValueNode(), where, what + " (" + language + ")");
            if (value != null && value.isBlank()) {
                problems.at(tuple.getValueNode(), Said.of("yaml.translation-empty", where + ": " + what + ": the '"
                        + language + "' text is empty", where, what, language));
            } else if (value != null) {
                byLanguage.put(language, value);
            }
        }
        if (languages != null) {
            for (String language : languages) {
                if (!keys.containsKey(language)) {
                    problems.at(node, Said.of("yaml.translation-missing", where + ": " + what + " has no '" + language
                            + "' translation (languages: " + String.join(", ", languages) + ")", where, what, language,
                            String.join(", ", languages)));
                }
            }
        }
        return problems.count() > before ? null : new Text(byLanguage);
    }

    /**
     * A text that may read the same in every language, such as a unit: a plain string ({@code kWh}) stands
     * for itself in each of {@code languages} (a blank one for no text at all, as before units were
     * translated); a map is a translated text, read by {@link #text}. Null (reported) otherwise.
     */
    Text textOrSame(Node node, String where, String what, List<String> languages) {
        if (node instanceof ScalarNode scalar && !node.getTag().equals(Tag.NULL)) {
            String value = scalar.getValue();
            if (value.isBlank()) {
                return Text.EMPTY;
            }
            Map<String, String> byLanguage = new LinkedHashMap<>();
            for (String language : languages == null || languages.isEmpty() ? List.of("fr") : languages) {
                byLanguage.put(language, value);
            }
            return new Text(byLanguage);
        }
        if (node instanceof MappingNode) {
            return text(node, where, what, languages);
        }
        String example = languages == null || languages.isEmpty() ? "{fr: \"km par an\", en: \"km per year\"}"
                : "{" + String.join(", ", languages.stream().map(l -> l + ": \"...\"").toList()) + "}";
        problems.at(node, Said.of("yaml.unit-expected", where + ": " + what + " must be a text, the same in every "
                + "language (like \"kWh\") or one per language (like " + example + "); found " + describe(node),
                where, what, example, described(node)));
        return null;
    }

    /**
     * {@code {fr: Oui, bien sûr, en: Yes}}: inside braces a comma ends a text, so YAML reads "bien sûr" as a
     * key with no value. Says so once, at the text that was cut, instead of a list of misleading problems
     * about unknown languages and missing translations.
     */
    private boolean cutByComma(MappingNode mapping, String where, String what, List<String> languages) {
        if (mapping.getFlowStyle() != org.snakeyaml.engine.v2.common.FlowStyle.FLOW || languages == null) {
            return false;
        }
        NodeTuple cut = null;
        List<String> pieces = new java.util.ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            boolean stray = tuple.getKeyNode() instanceof ScalarNode key && !languages.contains(key.getValue())
                    && tuple.getValueNode() instanceof ScalarNode value && value.getTag().equals(Tag.NULL)
                    && value.getValue().isEmpty();
            if (stray && cut != null) {
                pieces.add(((ScalarNode) tuple.getKeyNode()).getValue());
            } else if (!stray && !pieces.isEmpty()) {
                break;
            } else if (!stray) {
                cut = tuple;
            }
        }
        if (cut == null || pieces.isEmpty() || !(cut.getKeyNode() instanceof ScalarNode language)
                || !(cut.getValueNode() instanceof ScalarNode first)) {
            return false;
        }
        String whole = first.getValue() + ", " + String.join(", ", pieces);
        String quoted = language.getValue() + ": \"" + whole.replace("\"", "\\\"") + "\"";
        problems.at(cut.getValueNode(), Said.of("yaml.comma-cut", where + ": " + what + " (" + language.getValue()
                + "): a comma inside {...} ends the text, so it was cut after '" + first.getValue()
                + "'; put the text in double quotes: " + quoted, where, what, language.getValue(), first.getValue(), quoted,
                "{...}"));
        return true;
    }

    /** 1-based line of a node. */
    static int line(Node node) {
        return node.getStartMark().map(m -> m.getLine() + 1).orElse(1);
    }

    /** What a node holds, for messages: "the text 'high'", "a list", "nothing" ... */
    static String describe(Node node) {
        return described(node).english();
    }

    /** What a node holds, said in English and by its key. */
    static Said described(Node node) {
        if (node instanceof SequenceNode) {
            return Said.of("yaml.found.list", "a list");
        }
        if (node instanceof MappingNode) {
            return Said.of("yaml.found.map", "a map");
        }
        ScalarNode scalar = (ScalarNode) node;
        Tag tag = node.getTag();
        if (tag.equals(Tag.NULL)) {
            return Said.of("yaml.found.nothing", "nothing");
        }
        String value = scalar.getValue();
        if (value.length() > 40) {
            value = value.substring(0, 37) + "...";
        }
        if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
            return Said.of("yaml.found.number", "the number " + value, value);
        }
        if (tag.equals(Tag.BOOL)) {
            return Said.english(value);
        }
        return Said.of("yaml.found.text", "the text '" + value + "'", value);
    }

    /** " (did you mean 'x'?)" when a known word is close to {@code typed}, else nothing. */
    static Said didYouMean(String typed, java.util.Collection<String> known) {
        return Suggestions.closest(typed, known).map(s -> Said.of("yaml.did-you-mean", " (did you mean '" + s + "'?)", s))
                .orElse(Said.english(""));
    }

    static String format(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }

    /** YAML 1.2 core numbers: decimals, exponents, 0x / 0o integers, .inf and .nan; null when not a number. */
    static Double parseNumber(String raw) {
        String value = raw.replace("_", "");
        try {
            if (HEXADECIMAL.matcher(value).matches()) {
                return (double) Long.parseLong(value.replace("0x", ""), 16);
            }
            if (OCTAL.matcher(value).matches()) {
                return (double) Long.parseLong(value.replace("0o", ""), 8);
            }
            String lower = value.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".inf") || lower.endsWith(".nan")) {
                return Double.NaN;
            }
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The 1-based line and column of the character at {@code offset} of a scalar's value, when the scalar
     * is written on one line, plain or quoted; otherwise the scalar's own position.
     */
    int[] positionIn(Node node, int offset) {
        Mark start = node.getStartMark().orElse(null);
        Mark end = node.getEndMark().orElse(null);
        if (start == null) {
            return new int[] {1, 1};
        }
        int[] scalarStart = {start.getLine() + 1, start.getColumn() + 1};
        if (!(node instanceof ScalarNode scalar) || end == null || end.getLine() != start.getLine()) {
            return scalarStart;
        }
        ScalarStyle style = scalar.getScalarStyle();
        int[] source = lineCodePoints(start.getLine());
        if (source == null) {
            return scalarStart;
        }
        String value = scalar.getValue();
        int target = value.codePointCount(0, Math.max(0, Math.min(offset, value.length())));
        int column = start.getColumn();
        if (style == ScalarStyle.PLAIN) {
            return new int[] {start.getLine() + 1, column + target + 1};
        }
        if (style != ScalarStyle.SINGLE_QUOTED && style != ScalarStyle.DOUBLE_QUOTED) {
            return scalarStart;
        }
        int at = column + 1; // after the opening quote
        for (int read = 0; read < target && at < source.length; read++) {
            if (style == ScalarStyle.SINGLE_QUOTED && source[at] == '\'') {
                at += 2;
            } else if (style == ScalarStyle.DOUBLE_QUOTED && source[at] == '\\' && at + 1 < source.length) {
                at += switch (source[at + 1]) {
                    case 'x' -> 4;
                    case 'u' -> 6;
                    case 'U' -> 10;
                    default -> 2;
                };
            } else {
                at++;
            }
        }
        return new int[] {start.getLine() + 1, at + 1};
    }

    private int[] lineCodePoints(int line) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        if (line >= lineStarts.length) {
            return null;
        }
        int from = lineStarts[line];
        int to = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        return text.substring(from, to).codePoints().toArray();
    }
}
