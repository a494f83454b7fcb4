package dev.flashkit.test;

import dev.flashkit.internal.RandomIds;
import java.util.Base64;

/** Fresh random secrets for tests, so no test (or copy of one) ever carries a hard-coded key. */
public final class TestSecrets {
    private TestSecrets() {}

    /** A new random 32-byte secret, base64-encoded as {@code FLASHKIT_SECRET} expects. */
    public static String random() {
        byte[] key = new byte[32];
        RandomIds.random().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
