package dev.flashkit.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.test.SetCookie;
import dev.flashkit.test.TestExchange;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FloorTest {
    private final Flashkit flashkit =
            Flashkit.create(FlashkitConfig.builder().secret(randomSecret()).build());
    private final Floor floor = Floor.matching(flashkit);

    @Test
    void addHeaders_cookie_carriesAsManyPlaintextBytesAsFlashkitsWithItsAttributes() {
        SetCookie flashkitCookie = flashkitAdd();
        SetCookie floorCookie = SetCookie.parse(header(floor.addHeaders(), "Set-Cookie"));

        // Flashkit's value adds 1 version and 4 key id bytes to the floor's nonce, ciphertext and tag.
        assertThat(decodedLength(floorCookie.value())).isEqualTo(decodedLength(flashkitCookie.value()) - 5);
        assertThat(floorCookie.name()).isEqualTo(Floor.COOKIE);
        assertThat(floorCookie.attributes().keySet())
                .containsExactlyElementsOf(flashkitCookie.attributes().keySet());
        assertThat(floorCookie.attribute("Max-Age")).isEqualTo(flashkitCookie.attribute("Max-Age"));
        assertThat(header(floor.addHeaders(), "Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void opens_cookieFromAddAmongOthers_isTrue() {
        String value = SetCookie.parse(header(floor.addHeaders(), "Set-Cookie")).value();

        assertThat(floor.opens("a=1; " + Floor.COOKIE + "=" + value + "; b=2")).isTrue();
        assertThat(floor.opens(Floor.COOKIE + "=" + value)).isTrue();
    }

    @Test
    void opens_missingTamperedOrLookalikeCookie_isFalse() {
        String value = SetCookie.parse(header(floor.addHeaders(), "Set-Cookie")).value();
        String tampered = value.substring(0, 20) + (value.charAt(20) == 'A' ? 'B' : 'A') + value.substring(21);

        assertThat(floor.opens(null)).isFalse();
        assertThat(floor.opens("a=1")).isFalse();
        assertThat(floor.opens(Floor.COOKIE + "=")).isFalse();
        assertThat(floor.opens(Floor.COOKIE + "=" + tampered)).isFalse();
        assertThat(floor.opens("x" + Floor.COOKIE + "=" + value)).isFalse();
        assertThat(floor.opens(Floor.COOKIE + "x=" + value)).isFalse();
    }

    @Test
    void showHeaders_deleteTheFloorCookieLikeMimicDeletesFlashkits() {
        String mimic = header(new Pages(flashkit.config()).mimicHeaders(), "Set-Cookie");
        String deletion = header(floor.showHeaders(), "Set-Cookie");

        assertThat(deletion)
                .isEqualTo(mimic.replace(flashkit.config().messages().cookieName() + "=", Floor.COOKIE + "="));
    }

    private SetCookie flashkitAdd() {
        TestExchange exchange = TestExchange.get("/add");
        RequestContext context = flashkit.open(exchange);
        context.messages().success(BenchmarkApp.MESSAGE);
        exchange.redirect("/show");
        context.commit();
        return exchange.responseCookie(flashkit.config().messages().cookieName());
    }

    private static String header(List<Map.Entry<String, String>> headers, String name) {
        return headers.stream()
                .filter(h -> h.getKey().equals(name))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }

    private static int decodedLength(String value) {
        return Base64.getUrlDecoder().decode(value).length;
    }
}
