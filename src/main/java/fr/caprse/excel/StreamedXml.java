package fr.caprse.excel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The XML of a worksheet or of the shared texts as a flat series of events (an element starts, ends, or
 * text), whichever parser reads it: {@link #scanner} for a part held in memory (UTF-8, the form every
 * spreadsheet writes; several times faster than a general parser, since it reads only elements,
 * attributes, text, character references and CDATA), {@link #stax} for any other (another encoding, a
 * large part). Both refuse a document type declaration or an entity other than XML's five, and a part that
 * is not well-formed XML, in the same words.
 */
interface StreamedXml {

    int START = 1;
    int END = 2;
    int TEXT = 3;
    int EOF = 4;

    /** The next event: {@link #START}, {@link #END}, {@link #TEXT} or {@link #EOF}. */
    int next() throws ReportReadException;

    /** The current element's name, without any prefix ({@code x:row} is {@code row}). */
    String name();

    /** An attribute of the element just started, by name without prefix; null when absent. */
    String attribute(String name);

    /** The current text, character references resolved. */
    String text() throws ReportReadException;

    /** A scanner over {@code xml} (UTF-8); null when it declares another encoding, so a general parser reads it. */
    static StreamedXml scanner(byte[] xml, String file) {
        return Scanner.of(xml, file);
    }

    /** Events from a StAX reader. */
    static StreamedXml stax(XMLStreamReader xml, String file) {
        return new Stax(xml, file);
    }

    /** The hand-written scanner, for UTF-8 parts read whole. */
    final class Scanner implements StreamedXml {
        private final byte[] xml;
        private final String file;
        private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final Deque<String> open = new ArrayDeque<>();
        private int at;
        private String name;
        /** The attributes of the element just started: where they start and end in {@link #xml}. */
        private int attributesFrom;
        private int attributesTo;
        private int textFrom;
        private int textTo;
        private boolean cdata;
        private boolean pendingEnd;
        private boolean rootSeen;

        private Scanner(byte[] xml, String file, int start) {
            this.xml = xml;
            this.file = file;
            this.at = start;
        }

        static Scanner of(byte[] xml, String file) {
            int start = 0;
            if (xml.length >= 3 && (xml[0] & 0xFF) == 0xEF && (xml[1] & 0xFF) == 0xBB && (xml[2] & 0xFF) == 0xBF) {
                start = 3;
            } else if (xml.length >= 2 && ((xml[0] & 0xFF) == 0xFE || (xml[0] & 0xFF) == 0xFF)) {
                return null; // UTF-16
            }
            if (startsWith(xml, start, "<?xml")) {
                int end = indexOf(xml, start, "?>");
                String declaration = end < 0 ? "" : new String(xml, start, end - start, StandardCharsets.ISO_8859_1)
                        .toLowerCase(java.util.Locale.ROOT);
                int encoding = declaration.indexOf("encoding");
                if (encoding >= 0 && !declaration.substring(encoding).matches("encoding\\s*=\\s*[\"']utf-?8[\"'][\\s\\S]*")) {
                    return null;
                }
            }
            return new Scanner(xml, file, start);
        }

        @Override
        public int next() throws ReportReadException {
            if (pendingEnd) {
                pendingEnd = false;
                close(name);
                return END;
            }
            if (at >= xml.length) {
                if (!open.isEmpty() || !rootSeen) {
                    throw malformed();
                }
                return EOF;
            }
            if (xml[at] != '<') {
                textFrom = at;
                while (at < xml.length && xml[at] != '<') {
                    at++;
                }
                textTo = at;
                cdata = false;
                return TEXT;
            }
            if (startsWith(xml, at, "<?")) {
                at = skipPast(at + 2, "?>");
                return next();
            }
            if (startsWith(xml, at, "<!--")) {
                at = skipPast(at + 4, "-->");
                return next();
            }
            if (startsWith(xml, at, "<![CDATA[")) {
                textFrom = at + 9;
                at = skipPast(textFrom, "]]>");
                textTo = at - 3;
                cdata = true;
                return TEXT;
            }
            if (startsWith(xml, at, "<!")) {
                throw SafeWorkbooks.entityRefusal(file); // a document type declaration
            }
            if (startsWith(xml, at, "</")) {
                int from = at + 2;
                int to = nameEnd(from);
                name = localName(from, to);
                at = skipSpaces(to);
                if (at >= xml.length || xml[at] != '>') {
                    throw malformed();
                }
                at++;
                close(name);
                return END;
            }
            int from = at + 1;
            int to = nameEnd(from);
            if (to == from) {
                throw malformed();
            }
            name = localName(from, to);
            attributesFrom = to;
            int end = to;
            byte quote = 0;
            while (end < xml.length) {
                byte b = xml[end];
                if (quote != 0) {
                    if (b == quote) {
                        quote = 0;
                    }
                } else if (b == '"' || b == '\'') {
                    quote = b;
                } else if (b == '>' || b == '<') {
                    break;
                }
                end++;
            }
            if (end >= xml.length || xml[end] != '>') {
                throw malformed();
            }
            boolean selfClosing = xml[end - 1] == '/' && end - 1 >= to;
            attributesTo = selfClosing ? end - 1 : end;
            at = end + 1;
            if (open.isEmpty() && rootSeen) {
                throw malformed(); // a second root element
            }
            rootSeen = true;
            open.push(name);
            pendingEnd = selfClosing;
            return START;
        }

        private void close(String closing) throws ReportReadException {
            if (open.isEmpty() || !open.pop().equals(closing)) {
                throw malformed();
            }
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String attribute(String wanted) {
            int i = attributesFrom;
            while (i < attributesTo) {
                i = skipSpaces(i);
                if (i >= attributesTo) {
                    break;
                }
                int nameTo = i;
                while (nameTo < attributesTo && xml[nameTo] != '=' && !space(xml[nameTo])) {
                    nameTo++;
                }
                int eq = skipSpaces(nameTo);
                if (eq >= attributesTo || xml[eq] != '=') {
                    return null; // not well-formed: an attribute without a value
                }
                int open = skipSpaces(eq + 1);
                if (open >= attributesTo || (xml[open] != '"' && xml[open] != '\'')) {
                    return null;
                }
                byte quote = xml[open];
                int close = open + 1;
                while (close < attributesTo && xml[close] != quote) {
                    close++;
                }
                if (localName(i, nameTo).equals(wanted) && !startsWith(xml, i, "xmlns")) {
                    try {
                        return decode(open + 1, close, false);
                    } catch (ReportReadException e) {
                        return null;
                    }
                }
                i = close + 1;
            }
            return null;
        }

        @Override
        public String text() throws ReportReadException {
            return decode(textFrom, textTo, cdata);
        }

        /** Bytes {@code from}..{@code to} as text: UTF-8, with XML's five entities and character references. */
        private String decode(int from, int to, boolean raw) throws ReportReadException {
            boolean ascii = true;
            boolean references = false;
            for (int i = from; i < to; i++) {
                byte b = xml[i];
                if (b < 0) {
                    ascii = false;
                } else if (b == '&') {
                    references = true;
                }
            }
            String text;
            if (ascii) {
                text = new String(xml, from, to - from, StandardCharsets.ISO_8859_1);
            } else {
                try {
                    CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(xml, from, to - from));
                    text = chars.toString();
                } catch (CharacterCodingException e) {
                    throw malformed();
                }
            }
            return raw || !references ? text : references(text);
        }

        private String references(String text) throws ReportReadException {
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c != '&') {
                    out.append(c);
                    i++;
                    continue;
                }
                int semicolon = text.indexOf(';', i);
                if (semicolon < 0) {
                    throw malformed();
                }
                String entity = text.substring(i + 1, semicolon);
                switch (entity) {
                    case "lt" -> out.append('<');
                    case "gt" -> out.append('>');
                    case "amp" -> out.append('&');
                    case "quot" -> out.append('"');
                    case "apos" -> out.append('\'');
                    default -> {
                        if (!entity.startsWith("#")) {
                            throw SafeWorkbooks.entityRefusal(file); // an entity no document declares here
                        }
                        int code;
                        try {
                            code = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                                    : Integer.parseInt(entity.substring(1));
                        } catch (NumberFormatException e) {
                            throw malformed();
                        }
                        if (code < 0 || code > Character.MAX_CODE_POINT) {
                            throw malformed();
                        }
                        out.appendCodePoint(code);
                    }
                }
                i = semicolon + 1;
            }
            return out.toString();
        }

        private String localName(int from, int to) {
            int start = from;
            for (int i = from; i < to; i++) {
                if (xml[i] == ':') {
                    start = i + 1;
                }
            }
            return new String(xml, start, to - start, StandardCharsets.ISO_8859_1);
        }

        private int nameEnd(int from) {
            int i = from;
            while (i < xml.length && !space(xml[i]) && xml[i] != '>' && xml[i] != '/' && xml[i] != '<') {
                i++;
            }
            return i;
        }

        private int skipSpaces(int from) {
            int i = from;
            while (i < xml.length && space(xml[i])) {
                i++;
            }
            return i;
        }

        private static boolean space(byte b) {
            return b == ' ' || b == '\n' || b == '\r' || b == '\t';
        }

        private int skipPast(int from, String end) throws ReportReadException {
            int found = indexOf(xml, from, end);
            if (found < 0) {
                throw malformed();
            }
            return found + end.length();
        }

        private static boolean startsWith(byte[] bytes, int at, String prefix) {
            if (at + prefix.length() > bytes.length) {
                return false;
            }
            for (int i = 0; i < prefix.length(); i++) {
                if (bytes[at + i] != prefix.charAt(i)) {
                    return false;
                }
            }
            return true;
        }

        private static int indexOf(byte[] bytes, int from, String wanted) {
            byte first = (byte) wanted.charAt(0);
            for (int i = from; i <= bytes.length - wanted.length(); i++) {
                if (bytes[i] == first && startsWith(bytes, i, wanted)) {
                    return i;
                }
            }
            return -1;
        }

        private ReportReadException malformed() {
            return SafeWorkbooks.refusal(file, new IllegalStateException("not well-formed XML"));
        }
    }

    /** Events from StAX, for the parts the scanner leaves to a general parser. */
    final class Stax implements StreamedXml {
        private final XMLStreamReader xml;
        private final String file;

        private Stax(XMLStreamReader xml, String file) {
            this.xml = xml;
            this.file = file;
        }

        @Override
        public int next() throws ReportReadException {
            try {
                while (xml.hasNext()) {
                    switch (xml.next()) {
                        case XMLStreamConstants.START_ELEMENT:
                            return START;
                        case XMLStreamConstants.END_ELEMENT:
                            return END;
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                            return TEXT;
                        case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE:
                            throw SafeWorkbooks.entityRefusal(file);
                        default:
                            break;
                    }
                }
                return EOF;
            } catch (XMLStreamException e) {
                throw SafeWorkbooks.refusal(file, e);
            }
        }

        @Override
        public String name() {
            String local = xml.getLocalName();
            int colon = local.indexOf(':');
            return colon < 0 ? local : local.substring(colon + 1);
        }

        @Override
        public String attribute(String name) {
            for (int i = 0; i < xml.getAttributeCount(); i++) {
                String local = xml.getAttributeLocalName(i);
                int colon = local.indexOf(':');
                if ((colon < 0 ? local : local.substring(colon + 1)).equals(name)) {
                    return xml.getAttributeValue(i);
                }
            }
            return null;
        }

        @Override
        public String text() {
            return xml.getText();
        }
    }
}
