package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitMetrics;
import org.junit.jupiter.api.Test;

/** Each Flashkit instance counts its own requests: two applications in one JVM never add to each other's metrics. */
class FlashkitMetricsTest {
    private final Flashkit first = flashkit();
    private final Flashkit second = flashkit();

    private static Flashkit flashkit() {
        return Flashkit.create(FlashkitConfig.builder()
                .secret(TestSecrets.random())
                .messageBacklog(3)
                .build());
    }

    private static void sendBadCookiesAndOverflow(Flashkit flashkit) {
        TestBrowser browser = new TestBrowser(flashkit);
        browser.setCookie(flashkit.config().sessionCookieName(), "not-a-sealed-cookie");
        browser.setCookie(flashkit.config().messages().cookieName(), "not-a-sealed-cookie");
        browser.get("/", ctx -> {
            ctx.session().get("user");
            ctx.messages().consume();
        });
        browser.post("/", (ctx, ex) -> {
            for (int i = 0; i < 5; i++) {
                ctx.messages().info("m" + i);
            }
        });
    }

    @Test
    void metrics_twoInstancesInOneJvm_countSeparately() {
        sendBadCookiesAndOverflow(first);

        FlashkitMetrics counted = first.metrics();
        assertThat(counted.invalidSessionCookies()).isEqualTo(1);
        assertThat(counted.invalidMessageCookies()).isEqualTo(1);
        assertThat(counted.coalescedMessages()).isEqualTo(3); // 5 messages, backlog 3: two merged with a third
        assertThat(counted.droppedMessages()).isZero();
        FlashkitMetrics other = second.metrics();
        assertThat(other.invalidSessionCookies()).isZero();
        assertThat(other.invalidMessageCookies()).isZero();
        assertThat(other.coalescedMessages()).isZero();
    }

    @Test
    void metrics_sameInstance_isOneObjectReadingLiveCounts() {
        FlashkitMetrics metrics = first.metrics();

        sendBadCookiesAndOverflow(first);
        sendBadCookiesAndOverflow(first);

        assertThat(first.metrics()).isSameAs(metrics);
        assertThat(metrics.invalidSessionCookies()).isEqualTo(2);
        assertThat(metrics.invalidMessageCookies()).isEqualTo(2);
    }
}
