package dev.flashkit.redis;

import dev.flashkit.internal.Json;
import dev.flashkit.messages.Coalescer;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** A flash message as an entry of the Redis flash list, and back (what {@link RedisMessageStorage} keeps). */
final class FlashCodec {
    private static final int MAX_PAYLOAD_BYTES = 64 * 1024;

    private FlashCodec() {}

    /** The entry of {@code m}; a targeted one waits for its target {@code targetWait} ms from its creation. */
    static FlashEntry encode(Message m, long defaultExpiry, long targetWait) {
        long expiry = m.expiresAt() != null ? m.expiresAt().toEpochMilli() : defaultExpiry;
        String payload = new String(MessageCodec.toJson(m), StandardCharsets.UTF_8);
        long count = Math.max(1, Coalescer.count(m)); // the scripts' cap counts every entry as one message at least
        long waitUntil = m.target() == null ? 0 : m.createdAt().toEpochMilli() + targetWait;
        return new FlashEntry(m.id(), m.target(), expiry, m.level().value(), count, false, payload, waitUntil);
    }

    static Message decode(FlashEntry entry) {
        Message m = Json.read(entry.payload().getBytes(StandardCharsets.UTF_8), MAX_PAYLOAD_BYTES)
                .flatMap(MessageCodec::fromValue)
                .orElse(null);
        if (m == null || !entry.synthesized()) {
            return m;
        }
        // a summary the Redis cap made: the core's "+N more messages" entry at the highest merged level
        return Coalescer.summary(m.level(), entry.count())
                .id(entry.id())
                .createdAt(m.createdAt())
                .target(entry.target().isEmpty() ? null : entry.target())
                .expiresAt(Instant.ofEpochMilli(entry.expiresAt()))
                .build();
    }
}
