package dev.flashkit.redis;

/**
 * One stored flash message: its id, the request target it is meant for (path + query, empty for
 * "the next page that shows messages"), when it expires, its level value (the overflow merge in
 * Redis merges the lowest levels first), how many messages it stands for ({@code count} > 1 for a
 * "+N more messages" summary), and the message itself as opaque text (written and read by the
 * messages framework). A {@code synthesized} entry is a summary the Lua scripts made when the
 * safety cap was reached: its payload is the highest-level merged message, kept for its level. A targeted
 * entry waits for its target until {@code waitUntil} (epoch ms; 0: no such limit), then any page may show it.
 */
record FlashEntry(
        String id,
        String target,
        long expiresAt,
        int level,
        long count,
        boolean synthesized,
        String payload,
        long waitUntil) {
    FlashEntry {
        target = target == null ? "" : target;
    }

    /** An entry without a targeted wait limit. */
    FlashEntry(String id, String target, long expiresAt, int level, long count, boolean synthesized, String payload) {
        this(id, target, expiresAt, level, count, synthesized, payload, 0);
    }

    /** An ordinary message entry (level INFO). */
    FlashEntry(String id, String target, long expiresAt, String payload) {
        this(id, target, expiresAt, 20, 1, false, payload);
    }

    /**
     * Whether a request for {@code requestTarget} may show it at {@code now}; {@code "*"} matches every
     * message. The same rule as the claim scripts': untargeted, targeted there, or its targeted wait is over.
     */
    boolean deliverableTo(String requestTarget, long now) {
        return "*".equals(requestTarget)
                || target.isEmpty()
                || target.equals(requestTarget)
                || (waitUntil > 0 && waitUntil <= now);
    }
}
