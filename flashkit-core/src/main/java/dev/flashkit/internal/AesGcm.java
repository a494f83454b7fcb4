package dev.flashkit.internal;

import java.security.GeneralSecurityException;
import java.util.Optional;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * The AES-GCM primitive of the codec: 96-bit nonce, 128-bit tag checked at full length. Cipher
 * objects are reused per thread, since creating one costs more than sealing a small cookie.
 */
public final class AesGcm {
    /** Nonce length in bytes (96 bits, the size GCM is designed for). */
    public static final int NONCE_BYTES = 12;
    /** Authentication tag length in bytes (128 bits). */
    public static final int TAG_BYTES = 16;

    private static final ThreadLocal<Cipher> CIPHERS = ThreadLocal.withInitial(AesGcm::newCipher);

    private AesGcm() {}

    /** Encrypts; returns ciphertext followed by the tag. */
    public static byte[] encrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] plaintext) {
        return encrypt(key, nonce, aad, plaintext, 0, plaintext.length);
    }

    /** Encrypts a slice of {@code plaintext}; returns ciphertext followed by the tag. */
    public static byte[] encrypt(SecretKey key, byte[] nonce, byte[] aad, byte[] plaintext, int offset, int length) {
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad);
            return cipher.doFinal(plaintext, offset, length);
        } catch (GeneralSecurityException e) {
            CIPHERS.remove();
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Seals in place for the codec: reads the nonce from {@code buffer[nonceOffset, +12)}, authenticates
     * {@code aad} (which starts with {@code buffer[0, nonceOffset)}), and writes ciphertext and tag at
     * {@code buffer[nonceOffset + 12, ...)}; the buffer must have room for them.
     */
    static void encryptInto(
            SecretKey key,
            byte[] buffer,
            int nonceOffset,
            byte[] aad,
            byte[] plaintext,
            int plaintextOffset,
            int plaintextLength) {
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(
                    Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, buffer, nonceOffset, NONCE_BYTES));
            cipher.updateAAD(aad);
            cipher.doFinal(plaintext, plaintextOffset, plaintextLength, buffer, nonceOffset + NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            CIPHERS.remove();
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * Opens what {@link #encryptInto} wrote: the caller checked that {@code aad} starts with
     * {@code buffer[0, nonceOffset)}; the nonce follows, then ciphertext and tag up to the end; empty when the
     * tag does not verify.
     */
    static Optional<byte[]> decryptFrom(SecretKey key, byte[] buffer, int nonceOffset, byte[] aad) {
        int bodyOffset = nonceOffset + NONCE_BYTES;
        if (buffer.length - bodyOffset < TAG_BYTES) {
            return Optional.empty();
        }
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(
                    Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, buffer, nonceOffset, NONCE_BYTES));
            cipher.updateAAD(aad);
            return Optional.of(cipher.doFinal(buffer, bodyOffset, buffer.length - bodyOffset));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            CIPHERS.remove();
            return Optional.empty();
        }
    }

    /**
     * Decrypts {@code input[offset, offset+length)} (ciphertext followed by the full tag); empty when the tag
     * does not verify or the input is shorter than a tag.
     */
    public static Optional<byte[]> decrypt(
            SecretKey key, byte[] nonce, byte[] aad, byte[] input, int offset, int length) {
        if (length < TAG_BYTES) {
            return Optional.empty();
        }
        Cipher cipher = CIPHERS.get();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            cipher.updateAAD(aad);
            return Optional.of(cipher.doFinal(input, offset, length));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            CIPHERS.remove();
            return Optional.empty();
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM/NoPadding is not available in this JVM", e);
        }
    }
}
