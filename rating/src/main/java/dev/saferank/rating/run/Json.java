package dev.saferank.rating.run;

import java.math.BigDecimal;

/** A minimal JSON writer for the trail: compact, keys in a fixed order, decimals as strings. */
final class Json {

    private final StringBuilder out = new StringBuilder(2048);
    private boolean first = true;

    Json begin() {
        comma();
        out.append('{');
        first = true;
        return this;
    }

    Json end() {
        out.append('}');
        first = false;
        return this;
    }

    Json beginArray() {
        comma();
        out.append('[');
        first = true;
        return this;
    }

    Json endArray() {
        out.append(']');
        first = false;
        return this;
    }

    Json name(String name) {
        comma();
        string(name);
        out.append(':');
        first = true;
        return this;
    }

    Json value(String value) {
        comma();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        first = false;
        return this;
    }

    Json value(BigDecimal value) {
        return value(value == null ? null : value.toPlainString());
    }

    Json value(long value) {
        comma();
        out.append(value);
        first = false;
        return this;
    }

    Json value(boolean value) {
        comma();
        out.append(value);
        first = false;
        return this;
    }

    Json nullValue() {
        return value((String) null);
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String s) {
        out.append('"');
        int plain = 0;
        while (plain < s.length() && !escaped(s.charAt(plain))) {
            plain++;
        }
        out.append(s, 0, plain); // the usual case, the whole string: one copy instead of a char at a time
        for (int i = plain; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean escaped(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
