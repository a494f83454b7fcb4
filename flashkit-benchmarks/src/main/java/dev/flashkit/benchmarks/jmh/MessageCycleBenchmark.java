package dev.flashkit.benchmarks.jmh;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.messages.Message;
import dev.flashkit.test.TestExchange;
import dev.flashkit.test.TestSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
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
 * The whole two-request flash cycle over the in-memory exchange — POST: open, add one message, commit with a
 * redirect; GET of the target: open, consume, commit — beside the floor: raw AES-256-GCM encrypt + decrypt of
 * the same message-cookie plaintext, in the same run. Goal: {@code flashCycle} ≤ 3 × {@code rawAesGcm}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MessageCycleBenchmark {
    private Flashkit flashkit;
    private String cookieName;
    private String storedCookie;

    private SecretKey rawKey;
    private Cipher rawCipher;
    private byte[] plaintext;
    private byte[] aad;
    private final byte[] nonce = new byte[12];
    private long counter;

    @Setup
    public void setUp() throws GeneralSecurityException {
        FlashkitConfig config =
                FlashkitConfig.builder().secret(TestSecrets.random()).build();
        flashkit = Flashkit.create(config);
        cookieName = config.messages().cookieName();
        String cookie = post();
        plaintext = CoreAccess.codec(config)
                .open("messages", cookieName, cookie)
                .orElseThrow()
                .plaintext();
        storedCookie = cookie;
        if (get(cookie).size() != 1 || show().isEmpty()) {
            throw new IllegalStateException("the cycle did not deliver the message");
        }
        aad = ("\u0001abcd\0messages\0" + cookieName).getBytes(StandardCharsets.UTF_8);
        byte[] key = new byte[32];
        RandomIds.random().nextBytes(key);
        rawKey = new SecretKeySpec(key, "AES");
        rawCipher = Cipher.getInstance("AES/GCM/NoPadding");
    }

    private String post() {
        TestExchange exchange = TestExchange.request("POST", "/items").build();
        RequestContext context = flashkit.open(exchange);
        context.messages().success("Item 'widget' added successfully!");
        exchange.redirect("/items");
        context.commit();
        return exchange.responseCookie(cookieName).value();
    }

    private List<Message> get(String cookie) {
        TestExchange exchange =
                TestExchange.request("GET", "/items").cookie(cookieName, cookie).build();
        RequestContext context = flashkit.open(exchange);
        List<Message> shown = context.messages().consume();
        context.commit();
        return shown;
    }

    /** The floor: AES-256-GCM encrypt then decrypt of the message cookie's plaintext. */
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

    /**
     * One {@code GET /show} of the HTTP benchmark without HTTP: opens the same stored message cookie each
     * time, renders it as alerts (consuming it) and commits (the deletion {@code Set-Cookie}).
     */
    @Benchmark
    public String show() {
        TestExchange exchange = TestExchange.request("GET", "/items")
                .cookie(cookieName, storedCookie)
                .build();
        RequestContext context = flashkit.open(exchange);
        String html = context.messages().html();
        context.commit();
        return html;
    }

    /** One {@code GET /add} of the HTTP benchmark without HTTP: flashes a message, redirects and commits. */
    @Benchmark
    public String add() {
        return post();
    }

    /** POST adds a message and redirects; GET of the target consumes it. */
    @Benchmark
    public List<Message> flashCycle() {
        return get(post());
    }
}
