package dev.flashkit.benchmarks.jmh;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.session.CookieSessionStore;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.test.TestExchange;
import dev.flashkit.test.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Open + seal of a typical session cookie (about 200 bytes of session data) beside the floor: raw AES-256-GCM
 * encrypt + decrypt of the very same plaintext bytes, in the same run. Goal: {@code sessionOpenSeal} ≤ 2 ×
 * {@code rawAesGcm}. {@code requestCycle} adds the whole request lifecycle around it (lazy session, a read and a
 * write, dirty tracking, {@code Set-Cookie} formatting) for context.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SessionCodecBenchmark {
    private static final Duration TTL = Duration.ofDays(14);
    private static final SessionChanges TOUCHED = new SessionChanges(false, null, false, Map.of(), Set.of());

    private CookieSessionStore store;
    private String cookie;
    private Flashkit flashkit;
    private String cookieName;

    private SecretKey rawKey;
    private Cipher rawCipher;
    private byte[] plaintext;
    private byte[] aad;
    private final byte[] nonce = new byte[12];
    private long counter;

    /** About 200 bytes of JSON: what a logged-in user's session typically holds. */
    static Map<String, Object> typicalSession() {
        return Map.of(
                "user", "ada.lovelace@example.com",
                "userId", 482913L,
                "roles", List.of("user", "editor"),
                "csrf", "hV3q9yQmZr0X1c8bT2wLk5fN7sJpA4dE",
                "locale", "en-GB",
                "theme", "dark",
                "cart", List.of(Map.of("sku", "WIDGET-42", "qty", 2L), Map.of("sku", "GADGET-7", "qty", 1L)));
    }

    @Setup
    public void setUp() throws GeneralSecurityException {
        FlashkitConfig config =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        cookieName = config.sessionCookieName();
        store = CookieSessionStore.create(config);
        flashkit = Flashkit.create(config);
        Instant now = Instant.now();
        Map<String, Object> data = typicalSession();
        SessionData session = new SessionData(RandomIds.newId(), 0, now, now, data, false);
        cookie = store.save(session, new SessionChanges(true, null, false, data, Set.of()), TTL)
                .orElseThrow();
        SealedCodec.Opened opened =
                CoreAccess.codec(config).open("session", cookieName, cookie).orElseThrow();
        plaintext = opened.plaintext();
        aad = ("\u0001abcd\0session\0" + cookieName).getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[32];
        RandomIds.random().nextBytes(key);
        rawKey = new SecretKeySpec(key, "AES");
        rawCipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    /** The floor: AES-256-GCM encrypt then decrypt of the session's plaintext (fresh nonce, same AAD size). */
    @Benchmark
    public byte[] rawAesGcm() throws GeneralSecurityException {
        long n = ++counter;
        for (int i = 0; i < 8; i++) {
            nonce[4 + i] = (byte) (n >>> (8 * i));
        }
        rawCipher.init(Cipher.ENCRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce));
        rawCipher.updateAAD(aad);
        byte[] sealed = rawCipher.doFinal(plaintext);
        rawCipher.init(Cipher.DECRYPT_MODE, rawKey, new GCMParameterSpec(128, nonce));
        rawCipher.updateAAD(aad);
        return rawCipher.doFinal(sealed);
    }

    /** Opens the session cookie (base64url, AES-GCM, JSON, checks) and seals it again (JSON, AES-GCM, base64url). */
    @Benchmark
    public String sessionOpenSeal() {
        SessionData session = store.load(cookie).orElseThrow();
        return store.save(session, TOUCHED, TTL).orElseThrow();
    }

    /** A whole request: open the context, read a value, change one, commit (writes the new Set-Cookie header). */
    @Benchmark
    public String requestCycle() {
        TestExchange exchange =
                TestExchange.request("GET", "/cart").cookie(cookieName, cookie).build();
        RequestContext context = flashkit.open(exchange);
        long visits = context.session().getLong("visits", 0);
        context.session().put("visits", visits + 1);
        context.commit();
        return exchange.responseHeader("Set-Cookie");
    }
}
