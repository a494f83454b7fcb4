package dev.flashkit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON-compatible values of {@link JsonValues} straight into a byte array — the hot half of every
 * seal. Output is what jackson-core writes by default: UTF-8; quote and backslash escaped; control characters
 * as short escapes (newline, tab...) or six-character unicode escapes; surrogates (paired or not) as unicode
 * escapes.
 */
final class JsonWriter {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private byte[] buffer = new byte[512];
    private int length;

    static byte[] write(Object value) {
        JsonWriter writer = new JsonWriter();
        writer.value(value);
        return Arrays.copyOf(writer.buffer, writer.length);
    }

    private void value(Object value) {
        if (value instanceof String s) {
            string(s);
        } else if (value instanceof Map<?, ?> map) {
            put('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    put(',');
                }
                first = false;
                string((String) e.getKey());
                put(':');
                value(e.getValue());
            }
            put('}');
        } else if (value instanceof List<?> list) {
            put('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    put(',');
                }
                value(list.get(i));
            }
            put(']');
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
            ascii(value.toString());
        } else if (value == null) {
            ascii("null");
        } else if (value instanceof Boolean b) {
            ascii(b ? "true" : "false");
        } else if (value instanceof Double d) {
            ascii(Double.isFinite(d) ? d.toString() : "\"" + d + "\"");
        } else if (value instanceof BigDecimal || value instanceof Number) {
            ascii(value.toString());
        } else {
            throw new IllegalArgumentException(
                    "not a JSON-compatible value: " + value.getClass().getName());
        }
    }

    private void string(String s) {
        int n = s.length();
        ensure(n * 6 + 2);
        byte[] b = buffer;
        int p = length;
        b[p++] = '"';
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 0x20 && c != '"' && c != '\\') {
                    b[p++] = (byte) c;
                } else {
                    p = escape(b, p, c);
                }
            } else if (c < 0x800) {
                b[p++] = (byte) (0xc0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3f));
            } else if (Character.isSurrogate(c)) {
                p = unicodeEscape(b, p, c);
            } else {
                b[p++] = (byte) (0xe0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3f));
                b[p++] = (byte) (0x80 | (c & 0x3f));
            }
        }
        b[p++] = '"';
        length = p;
    }

    private static int escape(byte[] b, int p, char c) {
        char shortForm =
                switch (c) {
                    case '"' -> '"';
                    case '\\' -> '\\';
                    case '\n' -> 'n';
                    case '\r' -> 'r';
                    case '\t' -> 't';
                    case '\b' -> 'b';
                    case '\f' -> 'f';
                    default -> 0;
                };
        if (shortForm == 0) {
            return unicodeEscape(b, p, c);
        }
        b[p++] = '\\';
        b[p++] = (byte) shortForm;
        return p;
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xf];
        b[p++] = HEX[(c >> 8) & 0xf];
        b[p++] = HEX[(c >> 4) & 0xf];
        b[p++] = HEX[c & 0xf];
        return p;
    }

    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buffer[length++] = (byte) s.charAt(i);
        }
    }

    private void put(char c) {
        ensure(1);
        buffer[length++] = (byte) c;
    }

    private void ensure(int more) {
        if (length + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
        }
    }
}
