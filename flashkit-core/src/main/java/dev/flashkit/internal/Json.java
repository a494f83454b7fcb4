package dev.flashkit.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and writes the JSON-compatible values Flashkit stores (String, Long, Double, BigInteger,
 * BigDecimal, Boolean, null, List, Map with String keys) with jackson-core's streaming API. Reading
 * enforces nesting and number-length limits and the caller's size limit (which bounds every string) before
 * building anything; malformed input reads as empty.
 */
public final class Json {
    /** Deepest nesting accepted when reading (objects and arrays). */
    public static final int MAX_DEPTH = 32;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(JsonValues.MAX_NUMBER_CHARS)
                    .build())
            .build();

    private Json() {}

    /** Serialises a value already checked by {@link JsonValues#normalize}. */
    public static byte[] write(Object value) {
        ByteSink out = new ByteSink(512);
        write(value, out);
        return out.toByteArray();
    }

    /** Serialises a value already checked by {@link JsonValues#normalize} onto the end of {@code out}. */
    public static void write(Object value, OutputStream out) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serialises to a String. */
    public static String writeString(Object value) {
        return new String(write(value), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Parses one JSON document of at most {@code maxBytes}; empty when malformed, too deep or too large. */
    public static Optional<Object> read(byte[] json, int maxBytes) {
        return json == null ? Optional.empty() : read(json, 0, json.length, maxBytes);
    }

    /**
     * Parses one JSON document from {@code json[offset, offset+length)}; empty when malformed, too deep, larger
     * than {@code maxBytes} or outside the array.
     */
    public static Optional<Object> read(byte[] json, int offset, int length, int maxBytes) {
        if (json == null || length <= 0 || length > maxBytes || offset < 0 || offset > json.length - length) {
            return Optional.empty();
        }
        try (JsonParser parser = FACTORY.createParser(json, offset, length)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.empty();
            }
            Object value = readValue(parser, first, 0);
            if (parser.nextToken() != null) {
                return Optional.empty();
            }
            return Optional.ofNullable(value).or(() -> Optional.of(NULL));
        } catch (IOException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /**
     * A streaming parser over {@code json} with the same limits as {@link #read}, for callers that decode one
     * known shape directly instead of building maps; the caller closes it.
     */
    public static JsonParser parser(byte[] json) throws IOException {
        return FACTORY.createParser(json);
    }

    /** Parses a JSON object; empty unless the document is an object. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> readObject(byte[] json, int maxBytes) {
        return read(json, maxBytes).filter(Map.class::isInstance).map(v -> (Map<String, Object>) v);
    }

    /** Parses a JSON object from {@code json[offset, offset+length)}; empty unless the document is an object. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> readObject(byte[] json, int offset, int length, int maxBytes) {
        return read(json, offset, length, maxBytes)
                .filter(Map.class::isInstance)
                .map(v -> (Map<String, Object>) v);
    }

    /** Placeholder returned by {@link #read} for a document that is just {@code null}. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private static Object readValue(JsonParser parser, JsonToken token, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("too deep");
        }
        switch (token) {
            case START_OBJECT: {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    map.put(name, readValue(parser, parser.nextToken(), depth + 1));
                }
                return Collections.unmodifiableMap(map);
            }
            case START_ARRAY: {
                List<Object> list = new ArrayList<>();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    list.add(readValue(parser, t, depth + 1));
                }
                return Collections.unmodifiableList(list);
            }
            case VALUE_STRING:
                return parser.getText();
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT, LONG -> parser.getLongValue();
                    default -> parser.getBigIntegerValue();
                };
            case VALUE_NUMBER_FLOAT:
                return floating(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected token " + token);
        }
    }

    /**
     * A JSON fraction as {@link JsonValues#normalize} keeps it. {@code -0.0} is read as the double it was:
     * a {@code BigDecimal} has no negative zero, and {@code 0.0} is not {@code equals} to {@code -0.0}.
     */
    private static Object floating(JsonParser parser) throws IOException {
        BigDecimal value = parser.getDecimalValue();
        if (value.signum() == 0 && parser.getText().startsWith("-")) {
            return -0.0;
        }
        return JsonValues.exactNumber(value);
    }

    private static void writeValue(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger b) {
            g.writeNumber(b);
        } else if (value instanceof BigDecimal b) {
            g.writeNumber(b);
        } else if (value instanceof Number n) {
            g.writeNumber(n.toString());
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName((String) e.getKey());
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                writeValue(g, item);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException(
                    "not a JSON-compatible value: " + value.getClass().getName());
        }
    }
}
