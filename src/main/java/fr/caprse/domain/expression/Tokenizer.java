package fr.caprse.domain.expression;

import fr.caprse.domain.expression.Token.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cuts an expression into tokens. Names are read whole: {@code org.} is followed by {@code [a-z_]+} and
 * {@code answer.} by {@code [a-z0-9-]+}, read greedily, so {@code answer.env-energy} is one name and a
 * subtraction needs spaces around {@code -}. Keywords are lower case.
 */
final class Tokenizer {

    private static final Map<String, Type> KEYWORDS = Map.of(
            "and", Type.AND, "or", Type.OR, "not", Type.NOT, "in", Type.IN,
            "true", Type.TRUE, "false", Type.FALSE, "null", Type.NULL);

    private final String source;
    private int pos;

    private Tokenizer(String source) {
        this.source = source;
    }

    static List<Token> tokenize(String source) throws ExpressionException {
        return new Tokenizer(source).all();
    }

    private List<Token> all() throws ExpressionException {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaces();
            if (pos >= source.length()) {
                tokens.add(new Token(Type.END, "", pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpaces() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private Token next() throws ExpressionException {
        char c = source.charAt(pos);
        int start = pos;
        if (isDigit(c)) {
            return number();
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        if (isWordStart(c)) {
            return word();
        }
        pos++;
        switch (c) {
            case '(': return new Token(Type.LPAREN, "(", start);
            case ')': return new Token(Type.RPAREN, ")", start);
            case '[': return new Token(Type.LBRACKET, "[", start);
            case ']': return new Token(Type.RBRACKET, "]", start);
            case ',': return new Token(Type.COMMA, ",", start);
            case '+': return new Token(Type.PLUS, "+", start);
            case '-': return new Token(Type.MINUS, "-", start);
            case '*': return new Token(Type.STAR, "*", start);
            case '/': return new Token(Type.SLASH, "/", start);
            case '<': return follows('=') ? new Token(Type.LE, "<=", start) : new Token(Type.LT, "<", start);
            case '>': return follows('=') ? new Token(Type.GE, ">=", start) : new Token(Type.GT, ">", start);
            case '=':
                if (follows('=')) {
                    return new Token(Type.EQ, "==", start);
                }
                throw new ExpressionException("use '==' to compare, not '=', at " + start, start);
            case '!':
                if (follows('=')) {
                    return new Token(Type.NE, "!=", start);
                }
                throw new ExpressionException("use 'not' instead of '!' at " + start, start);
            case '&':
                throw new ExpressionException("use 'and' instead of '" + c + (follows('&') ? "&" : "")
                        + "' at " + start, start);
            case '|':
                throw new ExpressionException("use 'or' instead of '" + c + (follows('|') ? "|" : "")
                        + "' at " + start, start);
            default:
                throw new ExpressionException("unexpected character '" + printable(c) + "' at " + start, start);
        }
    }

    private boolean follows(char expected) {
        if (pos < source.length() && source.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    private Token number() throws ExpressionException {
        int start = pos;
        while (pos < source.length() && isDigit(source.charAt(pos))) {
            pos++;
        }
        if (pos < source.length() && source.charAt(pos) == '.') {
            pos++;
            if (pos >= source.length() || !isDigit(source.charAt(pos))) {
                throw new ExpressionException("expected a digit after the decimal point at " + pos, pos);
            }
            while (pos < source.length() && isDigit(source.charAt(pos))) {
                pos++;
            }
        }
        if (pos < source.length() && isWordStart(source.charAt(pos))) {
            throw new ExpressionException("a number cannot run into letters ('" + source.substring(start, pos + 1)
                    + "') at " + start, start);
        }
        String text = source.substring(start, pos);
        if (Double.isInfinite(Double.parseDouble(text))) {
            throw new ExpressionException("number too large at " + start, start);
        }
        return new Token(Type.NUMBER, text, start);
    }

    private Token string(char quote) throws ExpressionException {
        int start = pos;
        int end = source.indexOf(quote, start + 1);
        if (end < 0) {
            throw new ExpressionException("text starting at " + start + " has no closing " + quote, start);
        }
        pos = end + 1;
        return new Token(Type.STRING, source.substring(start + 1, end), start);
    }

    private Token word() throws ExpressionException {
        int start = pos;
        while (pos < source.length() && isWordPart(source.charAt(pos))) {
            pos++;
        }
        String word = source.substring(start, pos);
        boolean dotted = pos < source.length() && source.charAt(pos) == '.';
        if (dotted && word.equals("org")) {
            return orgName(start);
        }
        if (dotted && word.equals("answer")) {
            return answerName(start);
        }
        Type keyword = KEYWORDS.get(word);
        if (keyword != null) {
            return new Token(keyword, word, start);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (KEYWORDS.containsKey(lower)) {
            throw new ExpressionException("unknown keyword '" + word + "' at " + start
                    + ": keywords are lower case ('" + lower + "')", start);
        }
        if (dotted && (lower.equals("org") || lower.equals("answer"))) {
            throw new ExpressionException("unknown name '" + word + ".' at " + start + ": write '" + lower
                    + ".' in lower case", start);
        }
        throw new ExpressionException("unknown name '" + word + "' at " + start
                + ": write org.<field> or answer.<question id>, or put text in quotes ('" + word + "')", start);
    }

    private Token orgName(int start) throws ExpressionException {
        pos++; // the dot
        int idStart = pos;
        while (pos < source.length() && (isLower(source.charAt(pos)) || source.charAt(pos) == '_')) {
            pos++;
        }
        if (pos < source.length() && isWordPart(source.charAt(pos))) {
            throw new ExpressionException("organisation fields are written in lower case letters and '_' at "
                    + pos + " (in org." + source.substring(idStart, wordEnd(pos)) + ")", pos);
        }
        if (pos == idStart) {
            throw new ExpressionException("expected a field name after 'org.' at " + idStart, idStart);
        }
        return new Token(Type.ORG_NAME, source.substring(idStart, pos), start);
    }

    private Token answerName(int start) throws ExpressionException {
        pos++; // the dot
        int idStart = pos;
        while (pos < source.length() && isIdPart(source.charAt(pos))) {
            pos++;
        }
        if (pos < source.length() && isWordPart(source.charAt(pos))) {
            throw new ExpressionException("question ids are written in lower case letters, digits and '-' at "
                    + pos + " (in answer." + source.substring(idStart, wordEnd(pos)) + ")", pos);
        }
        if (pos == idStart) {
            throw new ExpressionException("expected a question id after 'answer.' at " + idStart, idStart);
        }
        String id = source.substring(idStart, pos);
        if (id.endsWith("-")) {
            throw new ExpressionException("question id 'answer." + id + "' ends with '-' at " + (pos - 1)
                    + ": to subtract, put spaces around '-'", pos - 1);
        }
        return new Token(Type.ANSWER_NAME, id, start);
    }

    private int wordEnd(int from) {
        int end = from;
        while (end < source.length() && (isWordPart(source.charAt(end)) || source.charAt(end) == '-')) {
            end++;
        }
        return end;
    }

    private static String printable(char c) {
        return Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isWordStart(char c) {
        return isLower(c) || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isWordPart(char c) {
        return isWordStart(c) || isDigit(c);
    }

    private static boolean isIdPart(char c) {
        return isLower(c) || isDigit(c) || c == '-';
    }
}
