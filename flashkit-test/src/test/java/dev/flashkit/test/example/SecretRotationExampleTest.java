package dev.flashkit.test.example;

// tag::docs[]
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.test.TestBrowser;
import dev.flashkit.test.TestSecrets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SecretRotationExampleTest {
    private final String oldSecret = TestSecrets.random();
    private final String newSecret = TestSecrets.random();

    /** The application as each deploy configures it: only environment variables change. */
    private static Flashkit deploy(Map<String, String> environment) {
        return Flashkit.create(FlashkitConfig.fromEnvironment(environment).build());
    }

    @Test
    void rotation_oldSecretKeptAsFallback_usersStayLoggedInAndGetTheNewKey() {
        Flashkit before = deploy(Map.of("FLASHKIT_SECRET", oldSecret));
        TestBrowser browser = new TestBrowser(before);
        browser.get("/login", ctx -> ctx.session().put("user", "ada"));
        String cookieOfOldKey = browser.cookies().get("flashkit_session");

        // Step 1: the new secret seals, the old one still opens what it sealed.
        Flashkit during = deploy(Map.of("FLASHKIT_SECRET", newSecret, "FLASHKIT_SECRET_FALLBACKS", oldSecret));
        TestBrowser sameUser = new TestBrowser(during);
        sameUser.setCookie("flashkit_session", cookieOfOldKey);
        sameUser.get(
                "/account", ctx -> assertThat(ctx.session().getString("user")).isEqualTo("ada"));
        assertThat(sameUser.cookies().get("flashkit_session")).isNotEqualTo(cookieOfOldKey); // re-sealed

        // Step 2, once the longest session has expired: drop the fallback. The re-sealed cookie still opens;
        // a cookie sealed only with the old secret now reads as a new, empty session.
        Flashkit after = deploy(Map.of("FLASHKIT_SECRET", newSecret));
        TestBrowser reissued = new TestBrowser(after);
        reissued.setCookie("flashkit_session", sameUser.cookies().get("flashkit_session"));
        reissued.get(
                "/account", ctx -> assertThat(ctx.session().getString("user")).isEqualTo("ada"));
        TestBrowser stale = new TestBrowser(after);
        stale.setCookie("flashkit_session", cookieOfOldKey);
        stale.get("/account", ctx -> assertThat(ctx.session().isNew()).isTrue());
    }
}
// end::docs[]
