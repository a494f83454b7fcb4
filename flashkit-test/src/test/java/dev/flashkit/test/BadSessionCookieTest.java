package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.session.Session;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad session cookie, through the whole request lifecycle: the session opens empty and new, the
 * response deletes the bad cookie (or replaces it when the handler stores something), and nothing throws.
 */
class BadSessionCookieTest {
    private static final String NAME = "flashkit_session";
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();

    private final TestClock clock = new TestClock();
    private final String secret = TestSecrets.random();
    private final Flashkit flashkit = flashkit(FlashkitConfig.builder().secret(secret));

    private Flashkit flashkit(FlashkitConfig.Builder builder) {
        return Flashkit.create(builder.clock(clock).build());
    }

    /** A genuine session cookie holding {@code user=ada}. */
    private String validCookie() {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.get("/login", ctx -> ctx.session().put("user", "ada"));
        return browser.cookies().get(NAME);
    }

    /** Seals a hand-made payload exactly as the cookie store would (same key, purpose and cookie name). */
    private String sealPayload(byte[] payload) {
        return sealPayload("session", NAME, payload);
    }

    private String sealPayload(String text) {
        return sealPayload(text.getBytes(StandardCharsets.UTF_8));
    }

    private String sealPayload(String purpose, String cookieName, byte[] payload) {
        return CoreAccess.codec(flashkit.config()).seal(purpose, cookieName, payload);
    }

    /**
     * The session payload format, written by hand: format byte 2, generation, created, accessed, issued and expiry
     * times (8 bytes each, big-endian), the id's length (2 bytes) and UTF-8 bytes, then the attributes as JSON.
     */
    private static byte[] payload(
            int format, long generation, long created, long issuedAt, long expiresAt, String id, String data) {
        byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
        byte[] json = data.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(43 + idBytes.length + json.length)
                .put((byte) format)
                .putLong(generation)
                .putLong(created)
                .putLong(created)
                .putLong(issuedAt)
                .putLong(expiresAt)
                .putShort((short) idBytes.length)
                .put(idBytes)
                .put(json)
                .array();
    }

    private byte[] payload(long issuedAt, long expiresAt, String data) {
        return payload(2, 0, clock.millis(), issuedAt, expiresAt, "abcdefghijklmnopqrstuvwxyz012345", data);
    }

    private byte[] goodPayload() {
        return payload(clock.millis(), clock.millis() + 60_000, "{\"user\":\"ada\"}");
    }

    /** Sends {@code cookie}; asserts an empty new session, a deletion cookie and no exception. */
    private void assertRejected(Flashkit app, String cookie) {
        TestExchange exchange =
                TestExchange.request("GET", "/").cookie(NAME, cookie).build();
        RequestContext context = app.open(exchange);
        Session session = context.session();
        assertThat(session.isNew()).as("isNew for %s", abbreviate(cookie)).isTrue();
        assertThat(session.keys()).isEmpty();
        context.commit();
        SetCookie written = exchange.responseCookie(NAME);
        assertThat(written).as("Set-Cookie for %s", abbreviate(cookie)).isNotNull();
        assertThat(written.isDeletion()).isTrue();
        assertThat(written.value()).isEmpty();
        assertThat(exchange.responseHeader("Cache-Control")).isEqualTo("private, no-store");
    }

    private void assertRejected(String cookie) {
        assertRejected(flashkit, cookie);
    }

    private void assertAccepted(String cookie) {
        TestExchange exchange =
                TestExchange.request("GET", "/").cookie(NAME, cookie).build();
        RequestContext context = flashkit.open(exchange);
        assertThat(context.session().isNew()).isFalse();
        assertThat(context.session().getString("user")).isEqualTo("ada");
        context.commit();
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "...(" + s.length() + " chars)" : s;
    }

    @Test
    void open_validCookieAndHandMadePayload_areAccepted() {
        assertAccepted(validCookie());
        assertAccepted(sealPayload(goodPayload()));
    }

    @Test
    void open_everyByteOfValidCookieFlipped_emptySessionAndDeletion() {
        byte[] raw = UNB64.decode(validCookie());
        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= (byte) 0xff;
            assertRejected(B64.encodeToString(tampered));
            tampered[i] ^= (byte) 0xfe; // only the lowest bit differs from the original now
            assertRejected(B64.encodeToString(tampered));
        }
    }

    @Test
    void open_everyCharacterOfValidCookieChangedByOneBit_emptySessionAndDeletion() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        String cookie = validCookie();
        for (int i = 0; i < cookie.length(); i++) {
            char replacement = alphabet.charAt(alphabet.indexOf(cookie.charAt(i)) ^ 1);
            assertRejected(cookie.substring(0, i) + replacement + cookie.substring(i + 1));
        }
    }

    @Test
    void open_truncatedNonceTagOrCiphertext_emptySessionAndDeletion() {
        byte[] raw = UNB64.decode(validCookie());
        int headerAndNonce = 1 + 4 + 12;
        List<byte[]> cuts = new ArrayList<>();
        cuts.add(Arrays.copyOf(raw, 5 + 6)); // nonce cut in half
        cuts.add(Arrays.copyOf(raw, headerAndNonce)); // nothing after the nonce
        cuts.add(Arrays.copyOf(raw, headerAndNonce + 16)); // a tag's worth only
        cuts.add(Arrays.copyOf(raw, raw.length - 1)); // tag one byte short
        cuts.add(Arrays.copyOf(raw, raw.length - 8)); // tag half gone
        byte[] ciphertextShort = new byte[raw.length - 1]; // one ciphertext byte removed, tag kept
        System.arraycopy(raw, 0, ciphertextShort, 0, headerAndNonce + 3);
        System.arraycopy(raw, headerAndNonce + 4, ciphertextShort, headerAndNonce + 3, raw.length - headerAndNonce - 4);
        cuts.add(ciphertextShort);
        byte[] nonceShort = new byte[raw.length - 1]; // one nonce byte removed
        System.arraycopy(raw, 0, nonceShort, 0, 8);
        System.arraycopy(raw, 9, nonceShort, 8, raw.length - 9);
        cuts.add(nonceShort);

        for (byte[] cut : cuts) {
            assertRejected(B64.encodeToString(cut));
        }
        String cookie = validCookie();
        assertRejected(cookie.substring(0, cookie.length() - 1));
        assertRejected(cookie.substring(0, cookie.length() / 2));
    }

    @Test
    void open_emptyValue_emptySessionAndDeletion() {
        assertRejected("");
    }

    @Test
    void open_oneMegabyteValue_rejectedEvenWhenGenuinelySealed() {
        String megabyteOfData = "{\"blob\":\"" + "x".repeat(1 << 20) + "\"}";
        String genuine = sealPayload(payload(clock.millis(), clock.millis() + 60_000, megabyteOfData));

        assertThat(genuine.length()).isGreaterThan(1 << 20);
        assertRejected(genuine);
        assertRejected("A".repeat(1 << 20));
    }

    @Test
    void open_invalidOrPaddedBase64_emptySessionAndDeletion() {
        String cookie = validCookie();
        byte[] raw = UNB64.decode(cookie);

        assertRejected("%%%%");
        assertRejected(cookie.replace('-', '+').replace('_', '/') + "+/");
        assertRejected(cookie.substring(0, 10) + " " + cookie.substring(10));
        assertRejected(cookie + "=");
        assertRejected(cookie + "==");
        assertRejected(
                Base64.getUrlEncoder().encodeToString(Arrays.copyOf(raw, raw.length - (raw.length % 3 == 0 ? 1 : 0))));
        assertRejected(cookie + "A"); // a length no base64 string has
    }

    @Test
    void open_nonAscii_emptySessionAndDeletion() {
        String cookie = validCookie();

        assertRejected("ñandú");
        assertRejected(cookie.substring(0, 20) + "é" + cookie.substring(21));
        assertRejected(cookie + "\u202e");
        assertRejected("\u0000" + cookie);
    }

    @Test
    void open_unknownVersionOrKeyId_emptySessionAndDeletion() {
        byte[] raw = UNB64.decode(validCookie());
        byte[] version = raw.clone();
        version[0] = 2;
        byte[] keyId = raw.clone();
        keyId[1] ^= 0x55;

        assertRejected(B64.encodeToString(version));
        assertRejected(B64.encodeToString(keyId));
        assertRejected(flashkit(FlashkitConfig.builder().secret(TestSecrets.random())), validCookie());
    }

    @Test
    void open_cookieCopiedToAnotherNameOrPurpose_emptySessionAndDeletion() {
        Flashkit otherName = flashkit(FlashkitConfig.builder().secret(secret).sessionCookieName("other_session"));
        TestExchange copied = TestExchange.request("GET", "/")
                .cookie("other_session", validCookie())
                .build();
        RequestContext context = otherName.open(copied);

        assertThat(context.session().isNew()).isTrue();
        context.commit();
        assertThat(copied.responseCookie("other_session").isDeletion()).isTrue();
        assertRejected(sealPayload("messages", NAME, goodPayload()));
        assertRejected(sealPayload("session", "other_session", goodPayload()));
    }

    @Test
    void open_expiredCookie_emptySessionAndDeletion() {
        String cookie = validCookie();
        clock.advance(Duration.ofDays(14).plusSeconds(1));

        assertRejected(cookie);
        assertRejected(sealPayload(payload(clock.millis() - 120_000, clock.millis() - 1, "{\"user\":\"ada\"}")));
    }

    @Test
    void open_idleExpiredCookie_emptySessionAndDeletion() {
        Flashkit idle = flashkit(FlashkitConfig.builder().secret(secret).sessionIdleTimeout(Duration.ofMinutes(30)));
        TestBrowser browser = new TestBrowser(idle);
        browser.get("/login", ctx -> ctx.session().put("user", "ada"));
        String cookie = browser.cookies().get(NAME);

        clock.advance(Duration.ofMinutes(31));

        assertRejected(idle, cookie);
    }

    @Test
    void open_issuedAtInTheFutureBeyondSkew_emptySessionAndDeletion() {
        long now = clock.millis();

        assertRejected(sealPayload(payload(now + 120_000, now + 600_000, "{\"user\":\"ada\"}")));
        assertAccepted(sealPayload(payload(now + 30_000, now + 600_000, "{\"user\":\"ada\"}")));
    }

    @Test
    void open_createdInTheFutureBeyondSkew_emptySessionAndDeletion() {
        long now = clock.millis();
        byte[] future = payload(
                2, 0, now + 3_600_000, now, now + 600_000, "abcdefghijklmnopqrstuvwxyz012345", "{\"user\":\"ada\"}");

        assertRejected(sealPayload(future));
    }

    @Test
    void open_jsonNestedTenThousandDeep_emptySessionAndDeletion() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        String fitsInACookie = "[".repeat(1_400) + "]".repeat(1_400);

        assertRejected(sealPayload(deep));
        assertRejected(sealPayload(payload(clock.millis(), clock.millis() + 60_000, "{\"x\":" + deep + "}")));
        assertThat(sealPayload(fitsInACookie).length()).isLessThan(4000);
        assertRejected(sealPayload(fitsInACookie));
        assertRejected(sealPayload(payload(clock.millis(), clock.millis() + 60_000, "{\"x\":" + fitsInACookie + "}")));
    }

    @Test
    void open_payloadOfTheWrongShape_emptySessionAndDeletion() {
        long now = clock.millis();
        long later = now + 60_000;
        String id = "abcdefghijklmnopqrstuvwxyz012345";
        String user = "{\"user\":\"ada\"}";
        byte[] good = goodPayload();
        List<byte[]> wrongShapes = new ArrayList<>(List.of(
                payload(1, 0, now, now, later, id, user),
                payload(3, 0, now, now, later, id, user),
                payload(2, -1, now, now, later, id, user),
                payload(2, 0, now, now, later, "", user),
                payload(now, later, "[\"user\",\"ada\"]"),
                payload(now, later, "\"ada\""),
                payload(now, later, "null"),
                payload(now, later, ""),
                payload(now, later, user + " {}"),
                payload(now, later, user.substring(0, user.length() - 1)),
                payload(now, later, "not json at all"),
                new byte[0]));
        for (int length = 1; length < good.length; length++) {
            wrongShapes.add(Arrays.copyOf(good, length)); // every truncation, header included
        }
        for (int idLength : new int[] {0, 33, 33 + user.length() - 1, 33 + user.length(), 0xffff}) {
            byte[] wrongLength = good.clone(); // the id length disagrees with the bytes that follow
            wrongLength[41] = (byte) (idLength >>> 8);
            wrongLength[42] = (byte) idLength;
            wrongShapes.add(wrongLength);
        }
        for (String json : List.of(
                "{\"v\":1,\"id\":\"" + id + "\",\"g\":0,\"c\":" + now + ",\"a\":" + now + ",\"i\":" + now + ",\"x\":"
                        + later + ",\"d\":" + user + "}", // the JSON payload of unreleased format 1
                "[]",
                "{}",
                "null",
                "not json at all")) {
            wrongShapes.add(json.getBytes(StandardCharsets.UTF_8));
        }
        Random random = new Random(42);
        for (int i = 0; i < 50; i++) {
            byte[] garbage = new byte[random.nextInt(200)];
            random.nextBytes(garbage);
            wrongShapes.add(garbage);
        }
        for (byte[] payload : wrongShapes) {
            assertRejected(sealPayload(payload));
        }
        byte[] notUtf8 = {(byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xfe};
        assertRejected(CoreAccess.codec(flashkit.config()).seal("session", NAME, notUtf8));
        assertAccepted(sealPayload(good));
    }

    @Test
    void open_badCookieThenHandlerStoresData_replacesTheCookie() {
        TestExchange exchange =
                TestExchange.request("POST", "/login").cookie(NAME, "garbage").build();
        RequestContext context = flashkit.open(exchange);
        context.session().put("user", "grace");
        context.commit();

        SetCookie written = exchange.responseCookie(NAME);
        assertThat(written.isDeletion()).isFalse();
        TestExchange next =
                TestExchange.request("GET", "/").cookie(NAME, written.value()).build();
        RequestContext nextContext = flashkit.open(next);
        assertThat(nextContext.session().getString("user")).isEqualTo("grace");
    }

    @Test
    void open_badCookieButSessionNeverUsed_writesNothing() {
        TestExchange exchange =
                TestExchange.request("GET", "/app.css").cookie(NAME, "garbage").build();
        RequestContext context = flashkit.open(exchange);
        context.commit();

        assertThat(exchange.responseHeaders("Set-Cookie")).isEmpty();
    }
}
