package dev.flashkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.RandomIds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CookieSessionStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
    private static final SessionChanges TOUCHED = new SessionChanges(false, null, false, Map.of(), Set.of());

    private final CookieSessionStore store = CookieSessionStore.create(FlashkitConfig.builder()
            .secret(secret())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build());

    private static String secret() {
        byte[] key = new byte[32];
        RandomIds.random().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private static Map<String, Object> attributes() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("user", "ådå ✓");
        data.put("count", 42L);
        data.put("nothing", null);
        data.put("cart", List.of(Map.of("sku", "W-1", "qty", 2L), true));
        return data;
    }

    @Test
    void saveThenLoad_everyFieldAndValue_roundTrips() {
        SessionData saved = new SessionData(
                "id-ü-" + RandomIds.newId(), 7, NOW.minusSeconds(3600), NOW.minusSeconds(60), attributes(), false);

        SessionData loaded = store.load(
                        store.save(saved, TOUCHED, Duration.ofMinutes(5)).orElseThrow())
                .orElseThrow();

        assertThat(loaded.id()).isEqualTo(saved.id());
        assertThat(loaded.generation()).isEqualTo(7);
        assertThat(loaded.createdAt()).isEqualTo(saved.createdAt());
        assertThat(loaded.lastAccessedAt()).isEqualTo(saved.lastAccessedAt());
        assertThat(loaded.attributes()).isEqualTo(attributes());
        assertThat(loaded.needsRewrite()).isFalse();
    }

    @Test
    void save_emptyAttributes_loadsAsEmptyMap() {
        SessionData saved = new SessionData(RandomIds.newId(), 0, NOW, NOW, Map.of(), false);

        assertThat(store.load(store.save(saved, TOUCHED, Duration.ofMinutes(5)).orElseThrow()))
                .hasValueSatisfying(loaded -> assertThat(loaded.attributes()).isEmpty());
    }

    @Test
    void cookieValueLength_anySession_isTheExactLengthOfTheSavedCookie() {
        for (Map<String, Object> data :
                List.<Map<String, Object>>of(Map.of(), attributes(), Map.of("x", "y".repeat(900)))) {
            SessionData session = new SessionData(RandomIds.newId(), 123_456, NOW, NOW, data, false);

            String cookie = store.save(session, TOUCHED, Duration.ofDays(14)).orElseThrow();

            assertThat(store.cookieValueLength(session)).isEqualTo(cookie.length());
        }
    }
}
