package dev.flashkit.redis;

import java.security.SecureRandom;
import java.util.Base64;

/** Session ids: 256 random bits from {@link SecureRandom}, base64url without padding (43 chars). */
final class SessionIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    static final int LENGTH = 43;

    private SessionIds() {}

    static String next() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Cheap shape check before any Redis call: anything else cannot be one of our ids. */
    static boolean isWellFormed(String id) {
        if (id == null || id.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok =
                    (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
