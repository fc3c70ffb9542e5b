package fr.caprse.yaml;

import fr.caprse.platform.Said;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Turns the bytes of a file into a YAML 1.2 node tree, within bounds a hostile file cannot escape:
 * size checked before decoding, nesting depth, number of aliases and of values once aliases are
 * expanded, and only the plain YAML tags (string, number, boolean, null, list, map). Nothing is ever
 * instantiated from the file: the tree stays made of nodes, read by {@link QuestionnaireReader}.
 */
final class SafeYaml {

    /** The largest file accepted, in bytes (so also in characters). */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The deepest nesting of lists and maps accepted; a questionnaire needs about ten. */
    static final int MAX_DEPTH = 50;
    /** The most aliases ({@code *anchor}) accepted in a file. */
    static final int MAX_ALIASES = 100;
    /**
     * The most values (texts, numbers, lists, maps) a file may hold, as written and once its aliases are
     * expanded; the largest built-in questionnaire holds about 9 000.
     */
    static final long MAX_VALUES = 100_000;

    private static final Set<Tag> PLAIN_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    /** A composed file: its root node and its text (to place problems inside a value). */
    record Document(Node root, String text) {
    }

    private SafeYaml() {
    }

    /** The document, or empty after adding the reason to {@code problems}. */
    static Optional<Document> read(byte[] content, Problems problems) {
        if (content.length > MAX_BYTES) {
            problems.at(1, 1, tooLarge(content.length));
            return Optional.empty();
        }
        Optional<String> text = decode(content, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> root = compose(text.get(), problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        if (!checkTagsAndExpansion(root.get(), problems)) {
            return Optional.empty();
        }
        return Optional.of(new Document(root.get(), text.get()));
    }

    static String tooLarge(long bytes) {
        return String.format(java.util.Locale.ROOT,
                "file too large: %.1f MB; a questionnaire file may not exceed %d MB",
                bytes / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024));
    }

    private static Optional<String> decode(byte[] content, Problems problems) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content, start, content.length - start);
        CharBuffer out = CharBuffer.allocate(content.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            String before = new String(content, start, offset - start, StandardCharsets.UTF_8);
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            String lastLine = before.substring(before.lastIndexOf('\n') + 1);
            String hex = Integer.toHexString(content[offset] & 0xFF);
            problems.at(line, lastLine.codePointCount(0, lastLine.length()) + 1, Said.of("yaml.not-utf8",
                    "the file is not UTF-8 text (invalid byte 0x" + hex + "); save it as UTF-8", hex));
            return Optional.empty();
        }
        out.flip();
        return Optional.of(out.toString());
    }

    private static Optional<Node> compose(String text, Problems problems) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(problems.file())
                .setSchema(new CoreSchema())
                .setCodePointLimit(MAX_BYTES)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowDuplicateKeys(false)
                .setAllowRecursiveKeys(false)
                .setParseComments(false)
                .setUseMarks(true)
                .build();
        try {
            LimitingParser parser = new LimitingParser(
                    new ParserImpl(settings, new StreamReader(settings, text)), MAX_DEPTH, MAX_ALIASES, MAX_VALUES);
            Optional<Node> root = new Composer(settings, parser).getSingleNode();
            if (root.isEmpty()) {
                problems.at(1, 1, Said.of("yaml.empty-file",
                        "the file is empty; a questionnaire starts with id, version, languages ..."));
            }
            return root;
        } catch (LimitingParser.LimitReached e) {
            problems.at(e.mark(), e.getMessage());
        } catch (MarkedYamlEngineException e) {
            problems.at(syntaxMark(e), syntaxMessage(e, text));
        } catch (ReaderException e) {
            int[] lineColumn = lineColumn(text, e.getPosition());
            String character = String.format(java.util.Locale.ROOT, "U+%04X", e.getCodePoint());
            problems.at(lineColumn[0], lineColumn[1], Said.of("yaml.special-character", "special character " + character
                    + " is not allowed in a YAML file; remove it", character));
        } catch (YamlEngineException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("aliases")) {
                problems.at(1, 1, "too many aliases: more than " + MAX_ALIASES + " uses of *anchor");
            } else if (message.contains("exceeds the limit")) {
                problems.at(1, 1, tooLarge(text.length()));
            } else {
                problems.at(1, 1, "the file cannot be read as YAML: " + message);
            }
        }
        return Optional.empty();
    }

    /**
     * Where to point a syntax error: where the parser stopped, except for something opened and never
     * closed (a quote, a [ list or { map): the parser stops at the end of the file or on a later line,
     * while the user needs the line where it was opened.
     */
    private static Optional<org.snakeyaml.engine.v2.exceptions.Mark> syntaxMark(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        boolean unclosed = (problem.contains("end of stream") && context.contains("quoted scalar"))
                || context.contains("flow sequence") || context.contains("flow mapping");
        if (unclosed && e.getContextMark().isPresent()) {
            return e.getContextMark();
        }
        return e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
    }

    /** The parser's words ("expected <block end>, but found ...") said as a person writing the file would. */
    private static Said syntaxMessage(MarkedYamlEngineException e, String text) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        Said opened = e.getContextMark().map(m -> Said.of("yaml.syntax.opened-at", " at line " + (m.getLine() + 1),
                Integer.toString(m.getLine() + 1))).orElse(Said.english(""));
        if (problem.contains("another document")) {
            return Said.of("yaml.syntax.second-document", "a second YAML document starts here; a questionnaire file holds "
                    + "one document: remove the '---' line and what follows, or move it to its own file");
        }
        if (problem.contains("end of stream") && context.contains("quoted scalar")) {
            return Said.of("yaml.syntax.quote-open", "this quoted text is never closed: add the closing quote at its end");
        }
        if (context.contains("flow sequence")) {
            return Said.of("yaml.syntax.list-open", "this list in [ ] is not closed as it should be: check that it ends "
                    + "with ']' and that its items are separated by commas (quote an item that holds a comma or a colon)");
        }
        if (context.contains("flow mapping")) {
            return Said.of("yaml.syntax.map-open", "this map in { } is not closed as it should be: check that it ends "
                    + "with '}' and that its entries are separated by commas", "{ }", "}");
        }
        if (problem.contains("'<stream end>'")) {
            return Said.of("yaml.syntax.ends-inside", "the file ends in the middle of a value: a '[', '{' or quote "
                    + "opened above is not closed", "{");
        }
        if (problem.contains("(TAB)")) {
            return Said.of("yaml.syntax.tab", "a tab is used to indent this line; indent with spaces only");
        }
        if (problem.startsWith("expected <block end>")) {
            if (problem.contains("'-'")) {
                return Said.of("yaml.syntax.list-item", "this list item ('-') is not indented like the lines around it; "
                        + "a list goes under its key, indented the same way for every item");
            }
            if (problem.contains("']'") || problem.contains("'}'")) {
                String bracket = problem.contains("']'") ? "]" : "}";
                return Said.of("yaml.syntax.closes-nothing", "this '" + bracket + "' closes nothing: remove it, or check "
                        + "the brackets before it on this line", bracket);
            }
            if (problem.contains("<scalar>")) {
                return Said.of("yaml.syntax.text-after", "unexpected text after a value; put the whole value in quotes, "
                        + "or start a new line for the next key");
            }
            return Said.of("yaml.syntax.indentation", "this line is not indented like the lines before it (the block "
                    + "that starts" + opened + "): keys of the same level start at the same column", opened);
        }
        if (problem.contains("mapping values are not allowed") && e.getProblemMark().isPresent()
                && unquotedColon(text, e.getProblemMark().get().getLine()) != null) {
            return unquotedColonSaid(text, e.getProblemMark().get().getLine());
        }
        if (problem.contains("mapping values are not allowed")) {
            return Said.of("yaml.syntax.colon", "a ':' that does not fit here: either this line is indented more than "
                    + "the key above it, or the value holds ': ' and needs quotes");
        }
        if (problem.contains("could not find expected ':'")) {
            return Said.of("yaml.syntax.colon-missing", "a key needs ':' after it (or this line belongs to the text "
                    + "above and needs quotes around it)");
        }
        StringBuilder message = new StringBuilder("YAML syntax error: ").append(e.getProblem());
        if (e.getContext() != null && !e.getContext().isBlank()) {
            message.append(" (").append(e.getContext());
            e.getContextMark().filter(m -> e.getProblemMark().isEmpty() || m.getLine() != e.getProblemMark().get().getLine())
                    .ifPresent(m -> message.append(" at line ").append(m.getLine() + 1));
            message.append(')');
        }
        return Said.english(message.toString());
    }

    /**
     * "mapping values are not allowed here" is what YAML says of a text holding ": " without quotes, as French
     * writes it ("Exemple : un bilan"): say that, with the line rewritten as it should be.
     */
    static String unquotedColon(String text, int line) {
        Said said = unquotedColonSaid(text, line);
        return said == null ? null : said.english();
    }

    private static Said unquotedColonSaid(String text, int line) {
        String[] lines = text.split("\n", -1);
        String written = line < lines.length ? lines[line] : "";
        java.util.regex.Matcher keyed = java.util.regex.Pattern.compile("^(\\s*(?:- )?[A-Za-z0-9_-]+): (.+?)\\s*$")
                .matcher(written);
        if (!keyed.matches() || !keyed.group(2).contains(": ") || keyed.group(2).matches("^[\"'{\\[].*")) {
            return null; // not a text holding ': ': an indentation mistake, said otherwise
        }
        String rewritten = keyed.group(1).strip() + ": \"" + keyed.group(2).replace("\"", "\\\"") + "\"";
        return Said.of("yaml.syntax.colon-in-text", "a ': ' inside a text that is not in quotes: YAML reads it as a "
                + "new key. Put the text in double quotes; write it " + rewritten, rewritten);
    }

    /** 1-based line and column of a code point offset. */
    static int[] lineColumn(String text, int codePointOffset) {
        int line = 1;
        int column = 1;
        int index = 0;
        for (int i = 0; i < text.length() && index < codePointOffset; index++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    /**
     * Reports unknown tags and values that contain themselves, and counts the values with aliases expanded
     * (so a few aliases cannot multiply the work); true when the tree is safe to read.
     */
    private static boolean checkTagsAndExpansion(Node root, Problems problems) {
        Map<Node, Long> sizes = new IdentityHashMap<>();
        Map<Node, Boolean> inProgress = new IdentityHashMap<>();
        int before = problems.count();
        long expanded = size(root, sizes, inProgress, problems);
        if (problems.count() > before) {
            return false;
        }
        if (expanded > MAX_VALUES) {
            problems.at(root, "too many aliases: once its aliases are expanded the file holds more than " + MAX_VALUES
                            + " values; write the content out instead");
            return false;
        }
        return true;
    }

    private static long size(Node node, Map<Node, Long> sizes, Map<Node, Boolean> inProgress, Problems problems) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        if (inProgress.containsKey(node)) {
            problems.at(node, "this value contains itself through an alias; remove the alias");
            return 1;
        }
        inProgress.put(node, Boolean.TRUE);
        if (!PLAIN_TAGS.contains(node.getTag())) {
            problems.at(node, Said.of("yaml.tag", "unsupported tag '" + shortTag(node.getTag())
                    + "': a questionnaire holds only plain text, numbers, true/false, lists and maps; remove the tag",
                    shortTag(node.getTag())));
        }
        long size = 1;
        if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size = Math.min(MAX_VALUES + 1, size + size(item, sizes, inProgress, problems));
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size = Math.min(MAX_VALUES + 1, size + size(tuple.getKeyNode(), sizes, inProgress, problems));
                size = Math.min(MAX_VALUES + 1, size + size(tuple.getValueNode(), sizes, inProgress, problems));
            }
        }
        inProgress.remove(node);
        sizes.put(node, size);
        return size;
    }

    private static String shortTag(Tag tag) {
        String value = tag.getValue();
        return value.startsWith(Tag.PREFIX) ? "!!" + value.substring(Tag.PREFIX.length()) : value;
    }
}
