package dev.flashkit.session;

import dev.flashkit.internal.ByteSink;
import dev.flashkit.internal.Json;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The plaintext of a sealed session cookie: a fixed binary header, then the attributes as one JSON object.
 *
 * <pre>
 * format (1 byte, = 2) | generation | created | accessed | issued | expires (5 × 8 bytes, big-endian; times in
 * epoch milliseconds) | id length (2 bytes, unsigned) | id (UTF-8) | attributes (JSON object, the rest)
 * </pre>
 *
 * The header replaces the JSON fields of format 1: parsing it is a handful of array reads instead of building a
 * map. Decoding never throws: a short, inconsistent or malformed payload decodes to empty.
 */
final class SessionPayload {
    static final byte FORMAT = 2;
    static final int HEADER_BYTES = 1 + 5 * Long.BYTES + 2;

    /** A decoded payload; {@code attributes} is a JSON object already checked for limits and nesting. */
    record Decoded(
            String id,
            long generation,
            long createdAt,
            long accessedAt,
            long issuedAt,
            long expiresAt,
            Map<String, Object> attributes) {}

    private SessionPayload() {}

    /** Writes the payload into a fresh buffer: bytes {@code [0, size())} of {@link ByteSink#array()}. */
    static ByteSink encode(
            String id,
            long generation,
            long createdAt,
            long accessedAt,
            long issuedAt,
            long expiresAt,
            Map<String, Object> attributes) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        if (idBytes.length == 0 || idBytes.length > 0xffff) {
            throw new IllegalArgumentException("session id must be 1 to 65535 bytes long");
        }
        ByteSink out = new ByteSink(HEADER_BYTES + idBytes.length + 256);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES)
                .put(FORMAT)
                .putLong(generation)
                .putLong(createdAt)
                .putLong(accessedAt)
                .putLong(issuedAt)
                .putLong(expiresAt)
                .putShort((short) idBytes.length);
        out.write(header.array(), 0, HEADER_BYTES);
        out.write(idBytes, 0, idBytes.length);
        Json.write(attributes, out);
        return out;
    }

    /** Length of the payload of a session with this id and attributes (exact: the header has a fixed size). */
    static int length(String id, Map<String, Object> attributes) {
        return HEADER_BYTES + id.getBytes(StandardCharsets.UTF_8).length + Json.write(attributes).length;
    }

    /** The payload in {@code plaintext}; empty for anything short, inconsistent or malformed. */
    static Optional<Decoded> decode(byte[] plaintext, int maxJsonBytes) {
        if (plaintext.length < HEADER_BYTES || plaintext[0] != FORMAT) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(plaintext, 1, HEADER_BYTES - 1);
        long generation = in.getLong();
        long created = in.getLong();
        long accessed = in.getLong();
        long issued = in.getLong();
        long expires = in.getLong();
        int idLength = Short.toUnsignedInt(in.getShort());
        int jsonOffset = HEADER_BYTES + idLength;
        if (generation < 0 || idLength == 0 || jsonOffset >= plaintext.length) {
            return Optional.empty();
        }
        String id = new String(plaintext, HEADER_BYTES, idLength, StandardCharsets.UTF_8);
        return Json.readObject(plaintext, jsonOffset, plaintext.length - jsonOffset, maxJsonBytes)
                .map(data -> new Decoded(id, generation, created, accessed, issued, expires, data));
    }
}
