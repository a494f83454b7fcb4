package dev.flashkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;

/**
 * Seals bytes into a cookie-safe string and opens them again:
 * {@code base64url(version | key id | 96-bit nonce | AES-256-GCM ciphertext | 128-bit tag)}. The
 * additional authenticated data binds version, key id, purpose and cookie name, so a value copied to
 * another cookie or purpose does not open. Any malformed input opens to empty; nothing here throws
 * for bad input, and nothing here logs values or keys.
 */
public final class SealedCodec {
    /** The only format version so far. */
    public static final byte VERSION = 1;

    static final int KEY_ID_BYTES = 4;
    static final int HEADER_BYTES = 1 + KEY_ID_BYTES;
    static final int OVERHEAD_BYTES = HEADER_BYTES + AesGcm.NONCE_BYTES + AesGcm.TAG_BYTES;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final ThreadLocal<byte[]> NONCES = ThreadLocal.withInitial(() -> new byte[AesGcm.NONCE_BYTES]);

    private final KeyRing keyRing;
    private final int maxSealedLength;
    private final Map<String, Map<String, byte[][]>> aads = new ConcurrentHashMap<>();

    /** A codec over {@code keyRing} that refuses (before decoding) sealed values longer than {@code maxSealedLength}. */
    public SealedCodec(KeyRing keyRing, int maxSealedLength) {
        this.keyRing = keyRing;
        this.maxSealedLength = maxSealedLength;
    }

    /** What {@link #open} found: the plaintext and whether a fallback key opened it (then re-seal it). */
    public record Opened(byte[] plaintext, boolean openedWithFallback) {}

    /** Seals {@code plaintext} with the primary key for {@code purpose} and {@code cookieName}. */
    public String seal(String purpose, String cookieName, byte[] plaintext) {
        return seal(purpose, cookieName, plaintext, 0, plaintext.length);
    }

    /**
     * Seals {@code plaintext[offset, offset+length)}; the 96-bit nonce is fresh random bytes from a per-thread
     * DRBG ({@link RandomIds#nextBytes}), never a counter.
     */
    public String seal(String purpose, String cookieName, byte[] plaintext, int offset, int length) {
        byte[] out = new byte[OVERHEAD_BYTES + length];
        out[0] = VERSION;
        keyRing.writePrimaryKeyId(out, 1);
        byte[] nonce = NONCES.get();
        RandomIds.nextBytes(nonce);
        System.arraycopy(nonce, 0, out, HEADER_BYTES, AesGcm.NONCE_BYTES);
        AesGcm.encryptInto(
                keyRing.primaryKey(purpose), out, HEADER_BYTES, aad(purpose, cookieName, 0), plaintext, offset, length);
        return ENCODER.encodeToString(out);
    }

    /** Length of the sealed string for a plaintext of {@code plaintextLength} bytes. */
    public static int sealedLength(int plaintextLength) {
        int bytes = OVERHEAD_BYTES + plaintextLength;
        return (bytes * 4 + 2) / 3;
    }

    /** Opens a sealed value; empty for anything tampered, truncated, foreign, oversized or malformed. */
    public Optional<Opened> open(String purpose, String cookieName, String value) {
        if (value == null || value.isEmpty() || value.length() > maxSealedLength || !isBase64Url(value)) {
            return Optional.empty();
        }
        byte[] raw;
        try {
            raw = DECODER.decode(value);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        if (raw.length < OVERHEAD_BYTES || raw[0] != VERSION) {
            return Optional.empty();
        }
        int keyIndex = keyRing.indexOf(raw, 1);
        if (keyIndex < 0) {
            return Optional.empty();
        }
        SecretKey key = keyRing.key(keyIndex, purpose);
        return AesGcm.decryptFrom(key, raw, HEADER_BYTES, aad(purpose, cookieName, keyIndex))
                .map(plaintext -> new Opened(plaintext, keyIndex > 0));
    }

    /**
     * The additional data for the master key at {@code keyIndex}: {@code version keyId 0x00 purpose 0x00 cookieName}
     * — the sealed value's first bytes, then what binds it to its purpose and cookie. Cached per key: an
     * application has a handful of (purpose, cookie name) pairs, and one array goes to the cipher in one call.
     */
    private byte[] aad(String purpose, String cookieName, int keyIndex) {
        return aads.computeIfAbsent(purpose, p -> new ConcurrentHashMap<>())
                .computeIfAbsent(cookieName, name -> {
                    byte[] p = purpose.getBytes(StandardCharsets.UTF_8);
                    byte[] n = name.getBytes(StandardCharsets.UTF_8);
                    byte[][] perKey = new byte[keyRing.size()][];
                    for (int i = 0; i < perKey.length; i++) {
                        byte[] aad = new byte[HEADER_BYTES + 1 + p.length + 1 + n.length];
                        aad[0] = VERSION;
                        keyRing.writeKeyId(i, aad, 1);
                        System.arraycopy(p, 0, aad, HEADER_BYTES + 1, p.length);
                        System.arraycopy(n, 0, aad, HEADER_BYTES + 2 + p.length, n.length);
                        perKey[i] = aad;
                    }
                    return perKey;
                })[keyIndex];
    }

    /**
     * Whether {@code value} can be unpadded base64url in its one canonical spelling. The JDK decoder refuses
     * characters outside the alphabet but accepts padding and ignores the unused low bits of the last
     * character, so without this check a changed last character could still open (a malleable encoding).
     */
    private static boolean isBase64Url(String value) {
        int last = sextet(value.charAt(value.length() - 1));
        if (last < 0) {
            return false;
        }
        return switch (value.length() % 4) {
            case 1 -> false;
            case 2 -> (last & 0x0f) == 0;
            case 3 -> (last & 0x03) == 0;
            default -> true;
        };
    }

    private static int sextet(char c) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        return c == '-' ? 62 : c == '_' ? 63 : -1;
    }

    @Override
    public String toString() {
        return "SealedCodec[" + keyRing + "]";
    }
}
