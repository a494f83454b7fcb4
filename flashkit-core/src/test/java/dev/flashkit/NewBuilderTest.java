package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.messages.Level;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link FlashkitConfig#newBuilder()} derives a changed copy; the settings are reachable in three groups. */
class NewBuilderTest {
    private final String secret = FlashkitConfigTest.randomSecret();
    private final SessionStore store = MemorySessionStore.create(10);
    private final FlashkitConfig original = FlashkitConfig.builder()
            .secret(secret)
            .fallbackSecrets(List.of(FlashkitConfigTest.randomSecret()))
            .sessionCookieName("sid")
            .sessionMaxAge(Duration.ofHours(8))
            .sessionStore(store)
            .cookiePath("/app")
            .sameSite(SameSite.STRICT)
            .messageLevel(Level.DEBUG)
            .messageTag(Level.ERROR, "danger")
            .messageBacklog(20)
            .build();

    @Test
    void newBuilder_oneChange_keepsEveryOtherSettingAndTheKeys() {
        FlashkitConfig changed = original.newBuilder().cookiePath("/shop").build();

        assertThat(changed.cookiePath()).isEqualTo("/shop");
        assertThat(changed.keyIds()).isEqualTo(original.keyIds());
        assertThat(changed.session()).isEqualTo(original.session());
        assertThat(changed.messages().level()).isEqualTo(Level.DEBUG);
        assertThat(changed.messages().tagOf(Level.ERROR)).isEqualTo("danger");
        assertThat(changed.messages().backlog()).isEqualTo(20);
        assertThat(changed.sameSite()).isEqualTo(SameSite.STRICT);
        assertThat(changed.sessionStore()).isSameAs(store);
    }

    @Test
    void newBuilder_changes_leaveTheOriginalUnchanged() {
        FlashkitConfig.Builder builder = original.newBuilder();
        builder.messageTag(Level.ERROR, "alert").sessionCookieName("other").build();

        assertThat(original.messages().tagOf(Level.ERROR)).isEqualTo("danger");
        assertThat(original.sessionCookieName()).isEqualTo("sid");
        assertThat(original.newBuilder().build().sessionCookieName()).isEqualTo("sid");
    }

    @Test
    void newBuilder_productionWithoutASecret_isRefusedLikeABuilder() {
        FlashkitConfig development = FlashkitConfig.builder().build();

        assertThatThrownBy(() -> development.newBuilder().production(true).build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("FLASHKIT_SECRET is not set");
    }

    @Test
    void groups_cookieSessionAndMessages_holdTheSettings() {
        FlashkitConfig config =
                original.newBuilder().hostPrefix(true).cookiePath("/").build();

        assertThat(config.cookie())
                .isEqualTo(new CookieSettings("/", null, SameSite.STRICT, CookieSecurity.AUTO, true));
        assertThat(config.session().cookieName()).isEqualTo("__Host-sid");
        assertThat(config.session().maxAge()).isEqualTo(Duration.ofHours(8));
        assertThat(config.session().clockSkew()).isEqualTo(Duration.ofMinutes(1));
        assertThat(config.messages().cookieName()).isEqualTo("__Host-flashkit_messages");
        assertThat(config.cookie().secure(false, false)).isTrue(); // __Host- forces Secure
    }
}
