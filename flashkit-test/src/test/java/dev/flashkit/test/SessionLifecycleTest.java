package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import org.junit.jupiter.api.Test;

class SessionLifecycleTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    @Test
    void put_thenNextRequest_readsValueBack() {
        TestExchange first = browser.get("/set", ctx -> ctx.session().put("key", "value"));
        TestExchange second =
                browser.get("/get", ctx -> assertThat(ctx.session().get("key")).isEqualTo("value"));

        assertThat(first.responseCookie("flashkit_session")).isNotNull();
        assertThat(first.responseHeader("Cache-Control")).isEqualTo("private, no-store");
        assertThat(first.responseHeader("Vary")).isEqualTo("Cookie");
        assertThat(second.responseHeaders("Set-Cookie")).isEmpty();
    }

    @Test
    void commit_untouchedOrSameValuePut_writesNothing() {
        browser.get("/set", ctx -> ctx.session().put("key", "value"));
        TestExchange untouched = browser.get("/static.css", ctx -> {});
        TestExchange unchanged = browser.get("/page", ctx -> ctx.session().put("key", "value"));

        assertThat(untouched.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(unchanged.responseHeaders("Set-Cookie")).isEmpty();
        assertThat(unchanged.responseHeader("Cache-Control")).isNull();
    }
}
