package dev.flashkit.redis;

import dev.flashkit.internal.RandomIds;

/**
 * Session ids of the Redis store: {@code <family>.<secret>}, both base64url. The family (64 random
 * bits) is drawn when a session starts and kept by every {@code rotate()}; the secret (192 random
 * bits) is new each time. Keys hash the family into their Redis Cluster hash tag, so a session and
 * its rotated successors live in one slot. Ids without a family (one part, as issued before the
 * family existed) are "legacy": still usable on a single server, unknown in a cluster.
 */
final class SessionIds {
    /** Longest cookie value looked at; anything longer is garbage and never reaches Redis. */
    static final int MAX_LENGTH = 64;

    private static final int FAMILY_BYTES = 8;
    private static final int MIN_FAMILY_CHARS = 11;
    private static final int MIN_PART_CHARS = 22;

    private SessionIds() {}

    /** A new id: a fresh family for a new session, the previous id's family for a rotated one. */
    static String next(String previousId) {
        String family = family(previousId);
        if (family == null) {
            family = RandomIds.newId(FAMILY_BYTES);
        }
        return family + "." + RandomIds.newId();
    }

    /** The family part of a well-formed two-part id, else null. */
    static String family(String id) {
        if (!isWellFormed(id)) {
            return null;
        }
        int dot = id.indexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    /**
     * Whether {@code id} could have been issued by this store: {@code family.secret} (family at least
     * 11, secret at least 22 base64url characters) or a legacy one-part id of at least 22.
     */
    static boolean isWellFormed(String id) {
        if (id == null || id.length() < MIN_PART_CHARS || id.length() > MAX_LENGTH) {
            return false;
        }
        int dot = -1;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '.') {
                if (dot >= 0) {
                    return false;
                }
                dot = i;
            } else if (!((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return dot < 0 || (dot >= MIN_FAMILY_CHARS && id.length() - dot - 1 >= MIN_PART_CHARS);
    }
}
