package dev.flashkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * Parses configured secrets and judges their strength. A secret is hex (64+ hex digits), base64 /
 * base64url, or else its raw UTF-8 bytes; fewer than {@link #MIN_BYTES} bytes of key material, a
 * single repeated byte, or a value from the known-weak list (tutorial samples, placeholders) is weak.
 */
public final class Secrets {
    /** Minimum key material accepted in production. */
    public static final int MIN_BYTES = 32;

    /** How to generate a good secret, quoted in every error about one. */
    public static final String HOW_TO_GENERATE = "generate one with: openssl rand -base64 32";

    /** The sentence that ends every error and warning about a secret, after the one naming the problem. */
    public static final String HELP =
            "Set it to at least " + MIN_BYTES + " random bytes (base64 or hex): " + HOW_TO_GENERATE;

    private static final Set<String> KNOWN_WEAK = Set.of(
            "super-secret-key-that-should-be-randomly-generated-and-secure",
            "your-secret-key",
            "your-secret-key-here",
            "secret",
            "secret-key",
            "secretkey",
            "changeme",
            "change-me",
            "changeit",
            "password",
            "development",
            "dev",
            "test",
            "insecure",
            "django-insecure",
            "keyboard cat",
            "my-secret",
            "mysecret",
            "supersecret",
            "super-secret",
            "super-secret-key",
            "0123456789abcdef0123456789abcdef",
            "00000000000000000000000000000000");

    private Secrets() {}

    /** Key material of a configured secret string (trimmed): hex, else base64/base64url, else UTF-8 bytes. */
    public static byte[] decode(String secret) {
        String s = secret.trim();
        if (s.length() >= 2 && s.length() % 2 == 0 && s.chars().allMatch(Secrets::isHex)) {
            return HexFormat.of().parseHex(s);
        }
        if (s.length() >= 4 && s.chars().allMatch(Secrets::isBase64Char)) {
            try {
                String normalized = s.replace('-', '+').replace('_', '/');
                return Base64.getDecoder().decode(normalized);
            } catch (IllegalArgumentException notBase64) {
                // fall through: treat as a passphrase
            }
        }
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Why {@code secret} is too weak for production, or {@code null} when it is acceptable. */
    public static String weakness(String secret) {
        String s = secret.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        if (KNOWN_WEAK.contains(lower)
                || lower.contains("change-me")
                || lower.contains("changeme")
                || lower.contains("should-be-randomly-generated")) {
            return "it is a well-known sample or placeholder value";
        }
        byte[] material = decode(s);
        if (material.length < MIN_BYTES) {
            return "it has only " + material.length + " bytes of key material; at least " + MIN_BYTES
                    + " random bytes are required";
        }
        boolean allSame = true;
        for (byte b : material) {
            allSame &= b == material[0];
        }
        if (allSame) {
            return "it repeats a single byte";
        }
        return null;
    }

    private static boolean isHex(int c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isBase64Char(int c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '/'
                || c == '-'
                || c == '_'
                || c == '=';
    }
}
