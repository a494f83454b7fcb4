package dev.flashkit.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks and normalises values before they enter a session: only String, Number, Boolean, null,
 * List and Map with String keys (JSON-compatible) are accepted, copied into immutable structures.
 * Integral numbers become {@code Long} and floating ones {@code Double}, exactly what a JSON round
 * trip yields, so a stored value equals its reloaded self.
 */
public final class JsonValues {
    /** Longest number (in characters) the JSON reader accepts; longer ones are refused at put. */
    static final int MAX_NUMBER_CHARS = 64;

    private JsonValues() {}

    /** A normalised immutable copy of {@code value}; IllegalArgumentException naming the offending type. */
    public static Object normalize(String key, Object value) {
        wellFormedName(key, key);
        return normalize(key, value, 0);
    }

    /**
     * JSON readers refuse object member names with an unpaired UTF-16 surrogate, so such a name would be
     * written and then never read back: refuse it at once.
     */
    private static void wellFormedName(String key, String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new IllegalArgumentException("session key '" + key + "' has a name with an unpaired UTF-16"
                        + " surrogate at index " + i + "; names must be well-formed Unicode");
            }
        }
    }

    private static Object normalize(String key, Object value, int depth) {
        if (depth > Json.MAX_DEPTH - 2) {
            throw new IllegalArgumentException(
                    "session value for key '" + key + "' is nested deeper than " + (Json.MAX_DEPTH - 2) + " levels");
        }
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double d) {
            return finite(key, d);
        }
        if (value instanceof Float f) {
            return finite(key, Double.parseDouble(f.toString()));
        }
        if (value instanceof BigInteger b) {
            return digits(key, b.bitLength() < 64 ? (Object) b.longValue() : b);
        }
        if (value instanceof BigDecimal b) {
            Object number = exactNumber(b);
            if (number instanceof BigDecimal d && d.scale() == 0) { // written without a point: JSON reads an integer
                BigInteger integer = d.toBigInteger();
                return digits(key, integer.bitLength() < 64 ? (Object) integer.longValue() : integer);
            }
            return digits(key, number);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(normalize(key, item, depth + 1));
            }
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String name)) {
                    throw new IllegalArgumentException("session value for key '" + key + "' is a Map with a "
                            + typeName(e.getKey()) + " key; only String keys are allowed (JSON objects)");
                }
                wellFormedName(key, name);
                copy.put(name, normalize(key, e.getValue(), depth + 1));
            }
            return Collections.unmodifiableMap(copy);
        }
        throw new IllegalArgumentException("session value for key '" + key + "' has type " + typeName(value)
                + "; only JSON-compatible values are allowed: String, Number, Boolean, null, List and Map with String"
                + " keys (convert it, e.g. an Instant to its ISO string)");
    }

    /**
     * A decimal as JSON reading yields it: a {@code Double} when that double has exactly this value (0.25,
     * 1.5), else the {@code BigDecimal} itself, so no digit is ever lost in a round trip.
     */
    static Object exactNumber(BigDecimal value) {
        double d = value.doubleValue();
        return Double.isFinite(d) && BigDecimal.valueOf(d).compareTo(value) == 0 ? (Object) d : value;
    }

    private static Object digits(String key, Object number) {
        if (number.toString().length() > MAX_NUMBER_CHARS) {
            throw new IllegalArgumentException("session value for key '" + key + "' is a number of more than "
                    + MAX_NUMBER_CHARS + " characters; store it as a String");
        }
        return number;
    }

    private static Double finite(String key, double d) {
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException(
                    "session value for key '" + key + "' is " + d + "; JSON has no NaN or Infinity");
        }
        return d;
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getName();
    }
}
