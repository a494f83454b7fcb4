package dev.flashkit.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HKDF-SHA256 (RFC 5869): derives independent keys for each purpose from one master secret. */
public final class Hkdf {
    private static final String HMAC = "HmacSHA256";
    private static final int HASH_LENGTH = 32;

    private Hkdf() {}

    /** Extract-then-expand: {@code length} bytes of key material for {@code info}. */
    public static byte[] derive(byte[] salt, byte[] inputKeyMaterial, byte[] info, int length) {
        return expand(extract(salt, inputKeyMaterial), info, length);
    }

    static byte[] extract(byte[] salt, byte[] inputKeyMaterial) {
        byte[] effectiveSalt = salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt;
        return hmac(effectiveSalt).doFinal(inputKeyMaterial);
    }

    static byte[] expand(byte[] pseudoRandomKey, byte[] info, int length) {
        if (length <= 0 || length > 255 * HASH_LENGTH) {
            throw new IllegalArgumentException("HKDF output length must be between 1 and " + 255 * HASH_LENGTH);
        }
        Mac mac = hmac(pseudoRandomKey);
        byte[] output = new byte[length];
        byte[] block = new byte[0];
        int written = 0;
        for (int counter = 1; written < length; counter++) {
            mac.update(block);
            mac.update(info);
            mac.update((byte) counter);
            block = mac.doFinal();
            int chunk = Math.min(block.length, length - written);
            System.arraycopy(block, 0, output, written, chunk);
            written += chunk;
        }
        return output;
    }

    private static Mac hmac(byte[] key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
        }
    }
}
