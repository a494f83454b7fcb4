package dev.flashkit.benchmarks.http;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The least cryptography any encrypted flash cookie needs, with raw JCA and no Flashkit code: one AES-256-GCM
 * seal to add a message, one open to show it. The value is {@code base64url(nonce | ciphertext | tag)}
 * without padding: 96-bit nonce, 128-bit tag, no additional data and no version or key id. The key is fresh
 * random per process; the nonce is a per-process counter, a valid deterministic GCM nonce for one key and the
 * cheapest honest choice. Used by the {@code /floor-add} and {@code /floor-show} reference endpoints only.
 */
final class CryptoFloor {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int TAG_BYTES = TAG_BITS / 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(CryptoFloor::newCipher);

    private final SecretKey key;
    private final AtomicLong nonces = new AtomicLong();

    /** A floor with a fresh random 256-bit key. */
    CryptoFloor() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        this.key = new SecretKeySpec(raw, "AES");
    }

    /** Encrypts {@code plaintext} under the next counter nonce: {@code base64url(nonce | ciphertext | tag)}. */
    String seal(byte[] plaintext) {
        byte[] out = new byte[NONCE_BYTES + plaintext.length + TAG_BYTES];
        long counter = nonces.incrementAndGet();
        for (int i = 0; i < Long.BYTES; i++) { // the last 8 bytes, big-endian; the first 4 stay zero
            out[NONCE_BYTES - 1 - i] = (byte) (counter >>> (8 * i));
        }
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, out, 0, NONCE_BYTES));
            cipher.doFinal(plaintext, 0, plaintext.length, out, NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            CIPHERS.remove();
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
        return ENCODER.encodeToString(out);
    }

    /** The plaintext {@link #seal} sealed, or {@code null} for anything malformed, truncated or tampered. */
    byte[] open(String value) {
        if (value == null) {
            return null;
        }
        byte[] raw;
        try {
            raw = DECODER.decode(value);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
        if (raw.length < NONCE_BYTES + TAG_BYTES) {
            return null;
        }
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            return cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
        } catch (AEADBadTagException tampered) {
            return null;
        } catch (GeneralSecurityException e) {
            CIPHERS.remove();
            return null;
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available", e);
        }
    }
}
