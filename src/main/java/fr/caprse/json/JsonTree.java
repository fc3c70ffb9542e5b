package fr.caprse.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a small tree that remembers where each value and key stands (line and
 * column), so that every problem can be pointed at. A key given twice in one object is kept as a
 * problem rather than silently overwritten.
 */
final class JsonTree {

    /** Where a value starts in the file, 1-based. */
    record Where(int line, int column) {
        static Where of(JsonLocation location) {
            return location == null ? new Where(0, 0) : new Where(location.getLineNr(), location.getColumnNr());
        }
    }

    sealed interface Node {
        Where where();

        /** How a message names this kind of value: "a number", "a list"... */
        String kind();
    }

    record Field(String name, Where where, Node value) {
    }

    record ObjectNode(Map<String, Field> fields, List<Field> duplicates, Where where) implements Node {
        @Override
        public String kind() {
            return "an object";
        }

        Node get(String name) {
            Field field = fields.get(name);
            return field == null ? null : field.value();
        }
    }

    record ArrayNode(List<Node> items, Where where) implements Node {
        @Override
        public String kind() {
            return "a list";
        }
    }

    record StringNode(String text, Where where) implements Node {
        @Override
        public String kind() {
            return "a text";
        }
    }

    /** A number exactly as written; {@code integral} when written without a fraction or exponent. */
    record NumberNode(BigDecimal number, boolean integral, Where where) implements Node {
        @Override
        public String kind() {
            return "a number";
        }
    }

    record BooleanNode(boolean value, Where where) implements Node {
        @Override
        public String kind() {
            return value ? "true" : "false";
        }
    }

    record NullNode(Where where) implements Node {
        @Override
        public String kind() {
            return "null";
        }
    }

    /** A syntax error: what and where. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        private final Where where;

        SyntaxError(String message, Where where) {
            super(message);
            this.where = where;
        }

        Where where() {
            return where;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();

    private JsonTree() {
    }

    /** Reads one JSON value filling the whole content. */
    static Node parse(byte[] content) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new SyntaxError("the file is empty", new Where(1, 1));
            }
            Node root = read(parser);
            JsonToken after = parser.nextToken();
            if (after != null) {
                throw new SyntaxError("unexpected content after the end of the document",
                        Where.of(parser.currentTokenLocation()));
            }
            return root;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new SyntaxError(e.getOriginalMessage(), Where.of(e.getLocation()));
        } catch (IOException e) {
            throw new SyntaxError("cannot be read: " + e.getMessage(), new Where(0, 0));
        }
    }

    private static Node read(JsonParser parser) throws IOException {
        Where where = Where.of(parser.currentTokenLocation());
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT: {
                Map<String, Field> fields = new LinkedHashMap<>();
                List<Field> duplicates = new ArrayList<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    Where keyWhere = Where.of(parser.currentTokenLocation());
                    parser.nextToken();
                    Field field = new Field(name, keyWhere, read(parser));
                    if (fields.containsKey(name)) {
                        duplicates.add(field);
                    } else {
                        fields.put(name, field);
                    }
                }
                return new ObjectNode(fields, duplicates, where);
            }
            case START_ARRAY: {
                List<Node> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser));
                }
                return new ArrayNode(items, where);
            }
            case VALUE_STRING:
                return new StringNode(parser.getText(), where);
            case VALUE_NUMBER_INT:
                return new NumberNode(new BigDecimal(parser.getBigIntegerValue()), true, where);
            case VALUE_NUMBER_FLOAT:
                return new NumberNode(parser.getDecimalValue(), false, where);
            case VALUE_TRUE:
                return new BooleanNode(true, where);
            case VALUE_FALSE:
                return new BooleanNode(false, where);
            case VALUE_NULL:
                return new NullNode(where);
            default:
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "unexpected " + token);
        }
    }
}
