package dev.flashkit.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable identifiers: 192 random bits from {@link SecureRandom}, base64url-encoded (32 characters). */
public final class RandomIds {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private RandomIds() {}

    /** A new random id of 192 bits. */
    public static String newId() {
        return newId(24);
    }

    /** A new random id of {@code bytes} random bytes. */
    public static String newId(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return ENCODER.encodeToString(b);
    }

    /** The shared strong random source. */
    public static SecureRandom random() {
        return RANDOM;
    }
}
