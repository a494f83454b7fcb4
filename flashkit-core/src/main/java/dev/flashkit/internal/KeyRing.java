package dev.flashkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Master secrets in order: the first (primary) seals, the others (fallbacks) only open. Each master
 * secret yields one AES-256 key per purpose through HKDF-SHA256, and a 4-byte key id that names it in
 * sealed values without revealing it. {@link #toString()} shows key ids only.
 */
public final class KeyRing {
    private static final byte[] SALT = "flashkit/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_ID_INFO = "flashkit/v1 key-id".getBytes(StandardCharsets.US_ASCII);

    private final List<MasterKey> keys;

    private KeyRing(List<MasterKey> keys) {
        this.keys = keys;
    }

    /** A ring whose first secret is the primary and the rest fallbacks; secrets are copied. */
    public static KeyRing of(List<byte[]> secrets) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a key ring needs at least one secret");
        }
        List<MasterKey> keys = new ArrayList<>();
        for (byte[] secret : secrets) {
            byte[] copy = secret.clone();
            byte[] id = Hkdf.derive(SALT, copy, KEY_ID_INFO, 4);
            keys.add(new MasterKey(id, copy, new ConcurrentHashMap<>()));
        }
        return new KeyRing(List.copyOf(keys));
    }

    /** The key id of the primary secret (4 bytes). */
    public byte[] primaryKeyId() {
        return keys.get(0).id().clone();
    }

    /** The AES key of the primary secret for {@code purpose}. */
    public SecretKey primaryKey(String purpose) {
        return keys.get(0).key(purpose);
    }

    /** Copies the primary key id into {@code target} at {@code offset}. */
    void writePrimaryKeyId(byte[] target, int offset) {
        writeKeyId(0, target, offset);
    }

    /** Copies the id of the master key at {@code index} into {@code target} at {@code offset}. */
    void writeKeyId(int index, byte[] target, int offset) {
        byte[] id = keys.get(index).id();
        System.arraycopy(id, 0, target, offset, id.length);
    }

    /** Index of the master key with this id (0 = primary), or -1 when none matches. Key ids are public. */
    public int indexOf(byte[] data, int offset) {
        for (int i = 0; i < keys.size(); i++) {
            byte[] id = keys.get(i).id();
            if (data.length - offset >= id.length
                    && java.util.Arrays.equals(id, 0, id.length, data, offset, offset + id.length)) {
                return i;
            }
        }
        return -1;
    }

    /** The AES key of the master key at {@code index} for {@code purpose}. */
    public SecretKey key(int index, String purpose) {
        return keys.get(index).key(purpose);
    }

    /** How many secrets the ring holds (1 primary + fallbacks). */
    public int size() {
        return keys.size();
    }

    /** Hex key ids, primary first: safe to log, they reveal nothing about the keys. */
    public List<String> keyIds() {
        return keys.stream().map(k -> HexFormat.of().formatHex(k.id())).toList();
    }

    @Override
    public String toString() {
        return "KeyRing[primary=" + keyIds().get(0) + ", fallbacks=" + keyIds().subList(1, keys.size()) + "]";
    }

    private record MasterKey(byte[] id, byte[] secret, Map<String, SecretKey> derived) {
        SecretKey key(String purpose) {
            return derived.computeIfAbsent(
                    purpose,
                    p -> new SecretKeySpec(
                            Hkdf.derive(
                                    SALT,
                                    secret,
                                    ("flashkit/v1 aes-256-gcm " + p).getBytes(StandardCharsets.UTF_8),
                                    32),
                            "AES"));
        }

        @Override
        public String toString() {
            return "MasterKey[" + HexFormat.of().formatHex(id) + "]";
        }
    }
}
