package dev.flashkit.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Session ids as the database sees them: the SHA-256 digest of the id, so a dump of the sessions table
 * holds no id a thief could put in a cookie. Cookie values that cannot be an id never reach the database.
 */
final class IdHash {
    /** Shortest id accepted: 128 random bits in base64url. */
    private static final int MIN_LENGTH = 22;
    /** Longest cookie value looked at; anything longer is garbage. */
    private static final int MAX_LENGTH = 128;

    private IdHash() {}

    /** The digest stored for {@code id}. */
    static byte[] of(String id) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether {@code value} could be an id ({@code A-Z a-z 0-9 - _ .}, 22 to 128 characters). */
    static boolean isUsable(String value) {
        if (value == null || value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
