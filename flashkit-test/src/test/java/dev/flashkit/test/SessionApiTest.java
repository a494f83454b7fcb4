package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.JsonValues;
import dev.flashkit.session.Session;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionApiTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    @Test
    void typedGetters_afterRoundTrip_returnEachJsonType() {
        browser.get("/", ctx -> ctx.session()
                .put("name", "ada")
                .put("visits", 3)
                .put("big", 9_000_000_000L)
                .put("ratio", 0.25)
                .put("admin", true)
                .put("cart", List.of("widget", 2))
                .put("prefs", Map.of("theme", "dark"))
                .put("nothing", null));

        browser.get("/", ctx -> {
            Session s = ctx.session();
            assertThat(s.getString("name")).isEqualTo("ada");
            assertThat(s.getInt("visits", 0)).isEqualTo(3);
            assertThat(s.getLong("big", 0)).isEqualTo(9_000_000_000L);
            assertThat(s.getDouble("ratio", 0)).isEqualTo(0.25);
            assertThat(s.getBoolean("admin", false)).isTrue();
            assertThat(s.getList("cart")).containsExactly("widget", 2L);
            assertThat(s.getMap("prefs")).containsEntry("theme", "dark");
            assertThat(s.get("visits")).isEqualTo(3L);
            assertThat(s.contains("nothing")).isTrue();
            assertThat(s.get("nothing")).isNull();
            assertThat(s.keys())
                    .containsExactlyInAnyOrder("name", "visits", "big", "ratio", "admin", "cart", "prefs", "nothing");
        });
    }

    @Test
    void typedGetters_absentKeys_returnDefaults() {
        browser.get("/", ctx -> {
            Session s = ctx.session();
            assertThat(s.getString("missing")).isNull();
            assertThat(s.getInt("missing", 7)).isEqualTo(7);
            assertThat(s.getLong("missing", 8)).isEqualTo(8);
            assertThat(s.getDouble("missing", 0.5)).isEqualTo(0.5);
            assertThat(s.getBoolean("missing", true)).isTrue();
            assertThat(s.getList("missing")).isEmpty();
            assertThat(s.getMap("missing")).isEmpty();
            assertThat(s.get("missing", String.class)).isEmpty();
            assertThat(s.isEmpty()).isTrue();
        });
    }

    @Test
    void get_withWrongType_throwsNamingBothTypes() {
        browser.get("/", ctx -> {
            ctx.session().put("visits", 3);
            assertThatThrownBy(() -> ctx.session().getString("visits"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("session value 'visits' is a Long, not a String");
            assertThat(ctx.session().get("visits", Number.class)).isEqualTo(Optional.of(3L));
        });
    }

    @Test
    void put_nonJsonValue_isRefusedNamingTheType() {
        browser.get("/", ctx -> {
            Session s = ctx.session();
            assertThatThrownBy(() -> s.put("when", Instant.EPOCH))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'when'")
                    .hasMessageContaining("java.time.Instant");
            assertThatThrownBy(() -> s.put("user", new Object()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.lang.Object");
            assertThatThrownBy(() -> s.put("dates", List.of("ok", new Date(0))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.util.Date");
            assertThatThrownBy(() -> s.put("byId", Map.of(1, "one")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.lang.Integer key");
            assertThatThrownBy(() -> s.put("opt", Optional.of("x")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("java.util.Optional");
            assertThatThrownBy(() -> s.put("nan", Double.NaN))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("NaN");
            assertThat(s.isEmpty()).isTrue();
        });
    }

    @Test
    void put_valueMutatedAfterwards_storesTheCopy() {
        List<Object> cart = new ArrayList<>(List.of("widget"));
        browser.get("/", ctx -> ctx.session().put("cart", cart));
        cart.add("gadget");

        browser.get("/", ctx -> assertThat(ctx.session().getList("cart")).containsExactly("widget"));
    }

    @Test
    void put_bigNumbers_roundTripExactly() {
        BigInteger huge = new BigInteger("123456789012345678901234567890");
        browser.get("/", ctx -> ctx.session().put("huge", huge).put("small", BigInteger.TEN));

        browser.get("/", ctx -> {
            assertThat(ctx.session().get("huge")).isEqualTo(huge);
            assertThat(ctx.session().get("small")).isEqualTo(10L);
        });
    }

    @Test
    void put_deepestAllowedNesting_roundTrips() {
        Object nested = "leaf";
        int depth = 0;
        while (true) {
            Object deeper = List.of(nested);
            try {
                JsonValues.normalize("deep", deeper);
            } catch (IllegalArgumentException tooDeep) {
                break;
            }
            nested = deeper;
            depth++;
        }
        Object deepest = nested;
        assertThat(depth).isGreaterThanOrEqualTo(16);
        browser.get("/", ctx -> ctx.session().put("deep", deepest));

        browser.get("/", ctx -> {
            assertThat(ctx.session().isNew()).isFalse();
            assertThat(ctx.session().get("deep")).isEqualTo(deepest);
        });
    }

    @Test
    void removeAndClear_nextRequests_seeTheChanges() {
        browser.get("/", ctx -> ctx.session().put("a", 1).put("b", 2).put("c", 3));
        browser.get("/", ctx -> assertThat(ctx.session().remove("b")).isEqualTo(2L));
        browser.get("/", ctx -> {
            assertThat(ctx.session().keys()).containsExactlyInAnyOrder("a", "c");
            assertThat(ctx.session().contains("b")).isFalse();
            assertThat(ctx.session().remove("missing")).isNull();
            ctx.session().clear();
            ctx.session().put("d", 4);
        });
        browser.get("/", ctx -> assertThat(ctx.session().asMap()).isEqualTo(Map.of("d", 4L)));
    }

    @Test
    void put_afterCommit_throwsIllegalState() {
        TestExchange exchange = TestExchange.get("/");
        RequestContext context = flashkit.open(exchange);
        context.session().put("a", 1);
        context.commit();

        assertThatThrownBy(() -> context.session().put("b", 2))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already committed");
    }

    @Test
    void asMapKeysAndGetMap_modifyAttempt_throwsUnsupportedOperation() {
        browser.get("/", ctx -> {
            ctx.session().put("a", new HashMap<>(Map.of("x", 1)));
            Map<String, Object> snapshot = ctx.session().asMap();
            assertThatThrownBy(() -> snapshot.put("b", 2)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> ctx.session().getMap("a").put("y", 2))
                    .isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> ctx.session().keys().add("c")).isInstanceOf(UnsupportedOperationException.class);
        });
    }

    @Test
    void put_bigDecimal_roundTripsWithoutLosingDigits() {
        BigDecimal precise = new BigDecimal("0.1000000000000000000000000001");
        browser.get("/", ctx -> ctx.session().put("precise", precise));

        browser.get("/", ctx -> assertThat(
                        new BigDecimal(String.valueOf(ctx.session().get("precise"))))
                .isEqualByComparingTo(precise));
    }

    @Test
    void put_keyWithUnpairedSurrogate_isRefusedAndSessionSurvives() {
        browser.get("/", ctx -> ctx.session().put("user", "ada"));

        browser.get("/", ctx -> {
            assertThatThrownBy(() -> ctx.session().put("bad\uD800", 1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unpaired UTF-16 surrogate");
            assertThatThrownBy(() -> ctx.session().put("map", Map.of("\uDC00", 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            ctx.session().put("emoji \uD83D\uDE00", "ok \uD800 values are fine");
        });

        browser.get("/", ctx -> {
            assertThat(ctx.session().getString("user")).isEqualTo("ada");
            assertThat(ctx.session().getString("emoji \uD83D\uDE00")).isEqualTo("ok \uD800 values are fine");
        });
    }

    @Test
    void put_numberTooLongToReadBack_isRefused() {
        browser.get("/", ctx -> assertThatThrownBy(() -> ctx.session().put("huge", BigInteger.TEN.pow(80)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("store it as a String"));
    }

    @Test
    void put_sameDecimalAgainAfterRoundTrip_writesNothing() {
        browser.get("/", ctx -> ctx.session()
                .put("ratio", new BigDecimal("0.25"))
                .put("pi", new BigDecimal("3.14159265358979323846264338327950288")));
        TestExchange again = browser.get("/", ctx -> ctx.session()
                .put("ratio", new BigDecimal("0.25"))
                .put("pi", new BigDecimal("3.14159265358979323846264338327950288")));

        assertThat(again.responseHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void toString_beforeAndAfterLoading_showsNeitherValuesNorTheCookie() {
        browser.get("/", ctx -> ctx.session().put("email", "ada@example.com"));
        String cookie = browser.cookies().get("flashkit_session");
        TestExchange exchange = TestExchange.request("GET", "/")
                .cookie("flashkit_session", cookie)
                .build();
        RequestContext context = flashkit.open(exchange);

        String before = context.session().toString();
        context.session().getString("email");
        String after = context.session().toString() + context + flashkit;

        for (String text : List.of(before, after)) {
            assertThat(text).doesNotContain("ada@example.com").doesNotContain(cookie.substring(0, 20));
        }
        assertThat(after).contains("email");
    }
}
