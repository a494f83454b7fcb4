package dev.flashkit.redis;

/**
 * One stored flash message: its id, the request target it is meant for (path + query, empty for
 * "the next page that shows messages"), when it expires, and the message itself as opaque text
 * (written and read by the messages framework).
 */
record FlashEntry(String id, String target, long expiresAt, String payload) {
    FlashEntry {
        target = target == null ? "" : target;
    }

    /** Whether a request for {@code requestTarget} may show it; {@code "*"} matches every message. */
    boolean deliverableTo(String requestTarget) {
        return "*".equals(requestTarget) || target.isEmpty() || target.equals(requestTarget);
    }
}
