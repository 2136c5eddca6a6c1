package dev.saferank.scheme.expr;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens: numbers, dotted identifiers, operators and punctuation. */
final class Lexer {
    private final List<String> tokens = new ArrayList<>();
    private final List<Integer> positions = new ArrayList<>();
    private int index;

    Lexer(String source) {
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (Character.isDigit(c)) {
                while (i < source.length() && (Character.isDigit(source.charAt(i)) || source.charAt(i) == '.')) {
                    i++;
                }
                String number = source.substring(start, i);
                if (number.endsWith(".") || number.indexOf('.') != number.lastIndexOf('.')) {
                    throw new ExpressionException("malformed number " + number);
                }
            } else if (isIdentifierStart(c)) {
                while (i < source.length() && isIdentifierPart(source.charAt(i))) {
                    i++;
                }
                if (source.charAt(i - 1) == '.') {
                    throw new ExpressionException("malformed name " + source.substring(start, i));
                }
            } else if (i + 1 < source.length()
                    && List.of("<=", ">=", "==", "!=").contains(source.substring(i, i + 2))) {
                i += 2;
            } else if ("+-*/()<>,".indexOf(c) >= 0) {
                i++;
            } else {
                throw new ExpressionException("unexpected character '" + c + "' at " + i);
            }
            tokens.add(source.substring(start, i));
            positions.add(start);
        }
        if (tokens.isEmpty()) {
            throw new ExpressionException("empty expression");
        }
    }

    static boolean isIdentifierStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || Character.isDigit(c) || c == '.';
    }

    boolean atEnd() {
        return index >= tokens.size();
    }

    String peek() {
        return tokens.get(index);
    }

    int position() {
        return atEnd() ? -1 : positions.get(index);
    }

    String next() {
        if (atEnd()) {
            throw new ExpressionException("unexpected end of expression");
        }
        return tokens.get(index++);
    }

    boolean accept(String token) {
        if (!atEnd() && tokens.get(index).equals(token)) {
            index++;
            return true;
        }
        return false;
    }
}
