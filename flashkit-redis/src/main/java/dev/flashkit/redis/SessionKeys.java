package dev.flashkit.redis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Redis key names for a session id: {@code prefix + "{" + hex(SHA-256(id)) + "}"} for the session
 * hash and the same plus {@code ":flash"} for its flash list. Only the digest is stored, so a dump
 * of the keys reveals no usable session id; the braces are a Redis Cluster hash tag that keeps a
 * session's two keys in one slot.
 */
final class SessionKeys {
    private final String prefix;

    SessionKeys(String prefix) {
        this.prefix = prefix;
    }

    String session(String id) {
        return prefix + "{" + digest(id) + "}";
    }

    String flash(String id) {
        return session(id) + ":flash";
    }

    String prefix() {
        return prefix;
    }

    private static String digest(String id) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
