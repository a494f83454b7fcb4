package dev.flashkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.RandomIds;
import dev.flashkit.internal.SealedCodec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fuzzes opening a session cookie ({@link SealedCodec#open} and {@link CookieSessionStore#load}). Each input
 * seals a plaintext of its choice with this execution's primary or fallback key (the genuine cookie), then may tamper with
 * it, swap in a cookie sealed for another purpose, cookie name or key, or replace it by any string. The
 * invariants: nothing throws; a cookie opens only if it is byte for byte the genuine one, sealed for this
 * purpose and cookie (no forgery is ever accepted); and a session that loads saves and loads again unchanged.
 * Regression inputs: {@code src/test/resources/dev/flashkit/session/SessionCookieFuzzTestInputs}; a long run:
 * {@code scripts/fuzz.sh}.
 */
class SessionCookieFuzzTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final SessionChanges TOUCHED = new SessionChanges(false, null, false, Map.of(), Set.of());
    private static final String PURPOSE = CookieSessionStore.PURPOSE;

    private static String secret() {
        byte[] key = new byte[32];
        RandomIds.random().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /**
     * Every execution has keys of its own (a primary and a fallback, as during a key rotation), so the one cookie
     * that may open is the one sealed in this execution: a value the fuzzer saw in an earlier execution (Jazzer
     * feeds compared strings back into its inputs) was sealed under other keys and counts as foreign.
     */
    @FuzzTest
    void load_anyCookieValue_opensOnlyTheGenuineCookie(FuzzedDataProvider data) {
        String secret = secret();
        String fallback = secret();
        FlashkitConfig config = FlashkitConfig.builder()
                .secret(secret)
                .fallbackSecrets(List.of(fallback))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .build();
        String name = config.sessionCookieName();
        SealedCodec codec = CoreAccess.codec(config);
        boolean oldKey = data.consumeBoolean();
        SealedCodec sealing = oldKey
                ? CoreAccess.codec(FlashkitConfig.builder().secret(fallback).build())
                : codec;
        byte[] plaintext = data.consumeBoolean() ? payload(data) : data.consumeBytes(data.consumeInt(0, 4096));
        String genuine = sealing.seal(PURPOSE, name, plaintext);
        int variant = data.consumeInt(0, 6);
        String candidate =
                switch (variant) {
                    case 0 -> genuine;
                    case 1 -> tamper(genuine, data);
                    case 2 -> codec.seal("messages", name, plaintext);
                    case 3 -> codec.seal(PURPOSE, name + "x", plaintext);
                    case 4 ->
                        CoreAccess.codec(FlashkitConfig.builder()
                                        .secret(secret())
                                        .build())
                                .seal(PURPOSE, name, plaintext);
                    default -> data.consumeRemainingAsAsciiString();
                };

        CookieSessionStore store = CookieSessionStore.create(config);
        Optional<SealedCodec.Opened> opened = codec.open(PURPOSE, name, candidate);
        Optional<SessionData> loaded = store.load(candidate);

        if (!candidate.equals(genuine)) {
            assertThat(opened)
                    .as("variant %d: a forged or foreign cookie opened", variant)
                    .isEmpty();
            assertThat(loaded)
                    .as("variant %d: a forged or foreign cookie loaded", variant)
                    .isEmpty();
            return;
        }
        assertThat(opened).isPresent();
        assertThat(opened.get().plaintext()).isEqualTo(plaintext);
        assertThat(opened.get().openedWithFallback()).isEqualTo(oldKey);
        loaded.ifPresent(session -> savesAndLoadsUnchanged(store, session));
    }

    /** What a loaded session becomes after a save: the same id, generation, times and attributes. */
    private static void savesAndLoadsUnchanged(CookieSessionStore store, SessionData session) {
        String resealed = store.save(session, TOUCHED, Duration.ofMinutes(5)).orElseThrow();
        SessionData again = store.load(resealed).orElseThrow();
        assertThat(again.id()).isEqualTo(session.id());
        assertThat(again.generation()).isEqualTo(session.generation());
        assertThat(again.createdAt()).isEqualTo(session.createdAt());
        assertThat(again.lastAccessedAt()).isEqualTo(session.lastAccessedAt());
        assertThat(again.attributes()).isEqualTo(session.attributes());
        assertThat(again.needsRewrite()).isFalse();
    }

    /**
     * A {@link SessionPayload} with a live header (so that decoding reaches the attributes) and whatever id and
     * attribute bytes the input holds: the fuzzer explores the JSON reader behind the authenticated part.
     */
    private static byte[] payload(FuzzedDataProvider data) {
        byte[] id = data.consumeString(40).getBytes(StandardCharsets.UTF_8);
        long now = NOW.toEpochMilli();
        ByteBuffer header = ByteBuffer.allocate(SessionPayload.HEADER_BYTES)
                .put(data.consumeBoolean() ? SessionPayload.FORMAT : data.consumeByte())
                .putLong(data.consumeBoolean() ? 0 : data.consumeLong())
                .putLong(now - data.consumeLong(0, 1L << 40))
                .putLong(now - data.consumeLong(0, 1L << 40))
                .putLong(now - data.consumeLong(-1000, 1L << 20))
                .putLong(now + data.consumeLong(-1000, 1L << 40))
                .putShort((short) (data.consumeBoolean() ? id.length : data.consumeShort()));
        byte[] json = data.consumeBytes(4096);
        return ByteBuffer.allocate(header.capacity() + id.length + json.length)
                .put(header.array())
                .put(id)
                .put(json)
                .array();
    }

    /** The genuine value changed: a character replaced, cut off, added, or the halves swapped. */
    private static String tamper(String genuine, FuzzedDataProvider data) {
        int at = data.consumeInt(0, genuine.length() - 1);
        return switch (data.consumeInt(0, 3)) {
            case 0 -> genuine.substring(0, at) + data.consumeChar() + genuine.substring(at + 1);
            case 1 -> genuine.substring(0, at);
            case 2 -> genuine.substring(0, at) + data.consumeString(8) + genuine.substring(at);
            default -> genuine.substring(at) + genuine.substring(0, at);
        };
    }
}
