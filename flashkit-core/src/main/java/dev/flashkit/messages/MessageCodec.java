package dev.flashkit.messages;

import dev.flashkit.internal.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts messages to compact JSON-compatible values and back: the service a {@link MessageStorage}
 * implementation uses to keep messages (the session storage, Redis, a database table). Every field survives
 * the round trip, including fields added later, so a store that keeps what this class writes never needs to
 * change for a new message field. Decoding never throws: anything malformed decodes to empty. The format is
 * versioned ({@code "v":1}); stores may rely on reading what earlier versions wrote.
 */
public final class MessageCodec {
    private static final byte[] OPEN = "{\"v\":1,\"m\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CLOSE = "]}".getBytes(StandardCharsets.US_ASCII);

    private MessageCodec() {}

    /** The message as a JSON-compatible map with short keys. */
    public static Map<String, Object> toValue(Message m) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("i", m.id());
        v.put("l", (long) m.level().value());
        v.put("n", m.level().name());
        v.put(
                "k",
                switch (m.text().kind()) {
                    case PLAIN -> "p";
                    case KEY -> "k";
                    case HTML -> "h";
                });
        v.put("t", m.text().value());
        if (!m.text().args().isEmpty()) {
            v.put("a", m.text().args());
        }
        if (!m.extraTags().isEmpty()) {
            v.put("g", m.extraTags());
        }
        if (!m.levelTag().equals(m.level().name())) {
            v.put("lt", m.levelTag());
        }
        if (m.title() != null) {
            v.put("h", m.title());
        }
        if (m.action() != null) {
            v.put("ac", List.of(m.action().label(), m.action().href()));
        }
        v.put("c", m.createdAt().toEpochMilli());
        if (m.target() != null) {
            v.put("r", m.target());
        }
        if (m.expiresAt() != null) {
            v.put("x", m.expiresAt().toEpochMilli());
        }
        return v;
    }

    /** The message a {@link #toValue} map describes; empty for anything malformed. */
    public static Optional<Message> fromValue(Object value) {
        if (!(value instanceof Map<?, ?> v)) {
            return Optional.empty();
        }
        try {
            if (!(v.get("i") instanceof String id
                    && v.get("l") instanceof Long level
                    && v.get("n") instanceof String name
                    && v.get("k") instanceof String kind
                    && v.get("t") instanceof String text
                    && v.get("c") instanceof Long created)) {
                return Optional.empty();
            }
            MessageText.Kind k =
                    switch (kind) {
                        case "p" -> MessageText.Kind.PLAIN;
                        case "k" -> MessageText.Kind.KEY;
                        case "h" -> MessageText.Kind.HTML;
                        default -> null;
                    };
            if (k == null || level < Integer.MIN_VALUE || level > Integer.MAX_VALUE) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            List<Object> args = v.get("a") instanceof List<?> a ? (List<Object>) a : List.of();
            Message.Action action = null;
            if (v.get("ac") instanceof List<?> ac && ac.size() == 2) {
                action = new Message.Action((String) ac.get(0), (String) ac.get(1));
            }
            return Optional.of(Message.builder()
                    .id(id)
                    .level(Level.of(level.intValue(), name))
                    .text(new MessageText(k, text, args))
                    .extraTags(optionalString(v.get("g")))
                    .levelTag(optionalString(v.get("lt")))
                    .title(optionalString(v.get("h")))
                    .action(action)
                    .createdAt(Instant.ofEpochMilli(created))
                    .target(optionalString(v.get("r")))
                    .expiresAt(v.get("x") instanceof Long x ? Instant.ofEpochMilli(x) : null)
                    .build());
        } catch (RuntimeException malformed) {
            return Optional.empty();
        }
    }

    /** The messages of a list of {@link #toValue} maps; empty if any entry is malformed. */
    public static Optional<List<Message>> fromValues(Object values) {
        if (!(values instanceof List<?> list)) {
            return Optional.empty();
        }
        List<Message> out = new ArrayList<>(list.size());
        for (Object item : list) {
            Optional<Message> m = fromValue(item);
            if (m.isEmpty()) {
                return Optional.empty();
            }
            out.add(m.get());
        }
        return Optional.of(out);
    }

    /** The JSON bytes of one message (as {@link #toValue}). */
    public static byte[] toJson(Message m) {
        return Json.write(toValue(m));
    }

    /** JSON document {@code {"v":1,"m":[...]}} of already encoded messages ({@link #toJson(Message)}). */
    private static byte[] document(List<byte[]> encoded) {
        int size = documentLength(encoded, encoded.size());
        byte[] out = new byte[size];
        System.arraycopy(OPEN, 0, out, 0, OPEN.length);
        int pos = OPEN.length;
        for (int i = 0; i < encoded.size(); i++) {
            if (i > 0) {
                out[pos++] = ',';
            }
            byte[] e = encoded.get(i);
            System.arraycopy(e, 0, out, pos, e.length);
            pos += e.length;
        }
        System.arraycopy(CLOSE, 0, out, pos, CLOSE.length);
        return out;
    }

    /** Length of {@link #document} for the first {@code count} encoded messages. */
    private static int documentLength(List<byte[]> encoded, int count) {
        int size = OPEN.length + CLOSE.length + Math.max(0, count - 1);
        for (int i = 0; i < count; i++) {
            size += encoded.get(i).length;
        }
        return size;
    }

    /** The JSON document of {@code messages}. */
    public static byte[] toJson(List<Message> messages) {
        return document(messages.stream().map(MessageCodec::toJson).toList());
    }

    /** The messages of a {@link #toJson(List)} document; empty for anything malformed or over {@code maxBytes}. */
    public static Optional<List<Message>> fromJson(byte[] json, int maxBytes) {
        return Json.readObject(json, maxBytes)
                .filter(doc -> Long.valueOf(1).equals(doc.get("v")))
                .flatMap(doc -> fromValues(doc.get("m")));
    }

    private static String optionalString(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof String s) {
            return s;
        }
        throw new IllegalArgumentException("not a string");
    }
}
