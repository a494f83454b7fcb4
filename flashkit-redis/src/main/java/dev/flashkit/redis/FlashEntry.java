package dev.flashkit.redis;

/**
 * One stored flash message: its id, the request target it is meant for (path + query, empty for
 * "the next page that shows messages"), when it expires, its level value (the overflow merge in
 * Redis merges the lowest levels first), how many messages it stands for ({@code count} > 1 for a
 * "+N more messages" summary), and the message itself as opaque text (written and read by the
 * messages framework). A {@code synthesized} entry is a summary the Lua scripts made when the
 * safety cap was reached: its payload is the highest-level merged message, kept for its level.
 */
record FlashEntry(
        String id, String target, long expiresAt, int level, long count, boolean synthesized, String payload) {
    FlashEntry {
        target = target == null ? "" : target;
    }

    /** An ordinary message entry (level INFO). */
    FlashEntry(String id, String target, long expiresAt, String payload) {
        this(id, target, expiresAt, 20, 1, false, payload);
    }

    /** Whether a request for {@code requestTarget} may show it; {@code "*"} matches every message. */
    boolean deliverableTo(String requestTarget) {
        return "*".equals(requestTarget) || target.isEmpty() || target.equals(requestTarget);
    }
}
