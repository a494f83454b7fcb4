package dev.flashkit.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Redis key names for a session id {@code family.secret} ({@link SessionIds}): the session hash is
 * {@code prefix + "{" + hex(SHA-256(family))[0..16] + "}" + hex(SHA-256(id))}, its flash list the same
 * plus {@code ":flash"}. The braces are a Redis Cluster hash tag: both keys of a session, and those of
 * the sessions it is rotated into (same family), share one slot, so every script touches one slot.
 * Only digests are stored, so a dump of the keys reveals no usable session id. A legacy one-part id
 * keeps its old key, {@code prefix + "{" + hex(SHA-256(id)) + "}"}.
 */
final class SessionKeys {
    private static final int TAG_HEX_CHARS = 16;

    private final String prefix;

    SessionKeys(String prefix) {
        this.prefix = prefix;
    }

    String session(String id) {
        String family = SessionIds.family(id);
        if (family == null) {
            return prefix + "{" + digest(id) + "}";
        }
        return prefix + "{" + digest(family).substring(0, TAG_HEX_CHARS) + "}" + digest(id);
    }

    String flash(String id) {
        return session(id) + ":flash";
    }

    String prefix() {
        return prefix;
    }

    private static String digest(String text) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
