package dev.flashkit.messages;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.flashkit.internal.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fast path of {@link MessageCodec#fromJson}: decodes the usual document — messages whose fields are all
 * strings or integers (no arguments, no action link) — straight from the token stream into {@link Message}s,
 * without the generic maps, which were the largest single cost of showing a flashed message. Anything else
 * (other keys or types, duplicates, malformed or oversized input) returns {@code null}, and the caller takes
 * the general path, so the result is always the one the general path gives.
 */
final class MessageJsonReader {
    private MessageJsonReader() {}

    /** The messages of {@code json}, or {@code null} to take the general path. */
    static List<Message> read(byte[] json, int maxBytes) {
        if (json == null || json.length == 0 || json.length > maxBytes) {
            return null;
        }
        try (JsonParser p = Json.parser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            boolean version = false;
            List<Message> messages = null;
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("v") && !version) {
                    if (value != JsonToken.VALUE_NUMBER_INT || !isLong(p) || p.getLongValue() != 1) {
                        return null;
                    }
                    version = true;
                } else if (field.equals("m") && messages == null && value == JsonToken.START_ARRAY) {
                    messages = new ArrayList<>(2);
                    for (JsonToken m = p.nextToken(); m != JsonToken.END_ARRAY; m = p.nextToken()) {
                        Message message = m == JsonToken.START_OBJECT ? message(p) : null;
                        if (message == null) {
                            return null;
                        }
                        messages.add(message);
                    }
                } else {
                    return null;
                }
            }
            return version && messages != null && p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null
                    ? messages
                    : null;
        } catch (IOException | RuntimeException other) {
            return null;
        }
    }

    /** One message object whose fields are all known strings or integers, else {@code null}. */
    private static Message message(JsonParser p) throws IOException {
        String id = null, name = null, kind = null, text = null, tags = null, levelTag = null, title = null;
        String target = null;
        Long level = null, created = null, expires = null;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            boolean string = value == JsonToken.VALUE_STRING;
            boolean integer = value == JsonToken.VALUE_NUMBER_INT && isLong(p);
            if (!string && !integer) {
                return null; // arguments, action link, null, floats...: the general path decides
            }
            switch (field) {
                case "i" -> id = string && id == null ? p.getText() : fail();
                case "n" -> name = string && name == null ? p.getText() : fail();
                case "k" -> kind = string && kind == null ? p.getText() : fail();
                case "t" -> text = string && text == null ? p.getText() : fail();
                case "g" -> tags = string && tags == null ? p.getText() : fail();
                case "lt" -> levelTag = string && levelTag == null ? p.getText() : fail();
                case "h" -> title = string && title == null ? p.getText() : fail();
                case "r" -> target = string && target == null ? p.getText() : fail();
                case "l" -> level = integer && level == null ? p.getLongValue() : fail();
                case "c" -> created = integer && created == null ? p.getLongValue() : fail();
                case "x" -> expires = integer && expires == null ? p.getLongValue() : fail();
                default -> fail();
            }
        }
        MessageText.Kind k = kind == null
                ? null
                : switch (kind) {
                    case "p" -> MessageText.Kind.PLAIN;
                    case "k" -> MessageText.Kind.KEY;
                    case "h" -> MessageText.Kind.HTML;
                    default -> null;
                };
        if (id == null
                || name == null
                || text == null
                || k == null
                || level == null
                || created == null
                || level < Integer.MIN_VALUE
                || level > Integer.MAX_VALUE) {
            return null;
        }
        return new Message(
                id,
                Level.of(level.intValue(), name),
                new MessageText(k, text, List.of()),
                tags,
                levelTag,
                title,
                null,
                Instant.ofEpochMilli(created),
                target,
                expires == null ? null : Instant.ofEpochMilli(expires));
    }

    private static boolean isLong(JsonParser p) throws IOException {
        JsonParser.NumberType type = p.getNumberType();
        return type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
    }

    private static <T> T fail() {
        throw new IllegalArgumentException("not the usual shape"); // caught in read(): general path
    }
}
