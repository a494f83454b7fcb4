package dev.flashkit.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Message;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.spi.RequestScope;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MessagesConfigTest {
    private static FlashkitConfig.Builder builder() {
        return FlashkitConfig.builder().secret(TestSecrets.random());
    }

    @Test
    void build_messagesDefaults_matchTheDesign() {
        FlashkitConfig config = builder().build();

        assertThat(config.messages().cookieName()).isEqualTo("flashkit_messages");
        assertThat(config.messages().level()).isEqualTo(Level.INFO);
        assertThat(config.messages().maxAge()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.messages().targetMaxAge()).isEqualTo(Duration.ofMinutes(3));
        assertThat(config.messages().backlog()).isEqualTo(50);
        assertThat(config.messages().htmx()).isTrue();
        assertThat(Flashkit.create(config).messageStorage()).isInstanceOf(FallbackMessageStorage.class);
    }

    @Test
    void hostPrefix_enabled_appliesToTheMessagesCookieToo() {
        Flashkit flashkit = Flashkit.create(builder().hostPrefix(true).build());
        TestExchange post = new TestBrowser(flashkit)
                .send(TestExchange.request("POST", "/").secure(true), (ctx, ex) -> ctx.messages()
                        .info("x"));

        assertThat(flashkit.config().messages().cookieName()).isEqualTo("__Host-flashkit_messages");
        SetCookie cookie = post.responseCookie("__Host-flashkit_messages");
        assertThat(cookie).isNotNull();
        assertThat(cookie.has("Secure")).isTrue();
        assertThat(cookie.has("HttpOnly")).isTrue();
        assertThat(cookie.attribute("Path")).isEqualTo("/");
        assertThat(cookie.attribute("SameSite")).isEqualTo("Lax");
    }

    @Test
    void builder_badValues_areRefusedWithTheSettingName() {
        assertThatThrownBy(() -> builder().messageBacklog(1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messageBacklog");
        assertThatThrownBy(() -> builder().messagesCookieName("bad name"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("messagesCookieName");
        assertThatThrownBy(() -> builder().messageMaxAge(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("messageMaxAge must be positive");
        assertThatThrownBy(() -> builder().messageTag(Level.ERROR, "a b"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("message tag");
        assertThatThrownBy(() -> builder().messageBundle(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("messageBundle must not be blank");
    }

    @Test
    void builder_conflictingSettings_areIllegalState() {
        assertThatThrownBy(() -> builder()
                        .messageMaxAge(Duration.ofMinutes(1))
                        .messageTargetMaxAge(Duration.ofMinutes(2))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("messageTargetMaxAge");
        assertThatThrownBy(() -> builder()
                        .sessionCookieName("same")
                        .messagesCookieName("same")
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("messagesCookieName");
    }

    @Test
    void environment_messagesSettings_areRead() {
        FlashkitConfig config = FlashkitConfig.fromEnvironment(Map.of(
                        "FLASHKIT_SECRET", TestSecrets.random(),
                        "FLASHKIT_MESSAGES_LEVEL", "debug",
                        "FLASHKIT_MESSAGES_STORAGE", "session",
                        "FLASHKIT_MESSAGES_MAX_AGE", "PT20M",
                        "FLASHKIT_MESSAGES_TARGET_MAX_AGE", "60",
                        "FLASHKIT_MESSAGES_BACKLOG", "20",
                        "FLASHKIT_MESSAGES_COOKIE_NAME", "flash",
                        "FLASHKIT_MESSAGES_HTMX", "false"))
                .build();

        assertThat(config.messages().level()).isEqualTo(Level.DEBUG);
        assertThat(config.messages().storage()).isSameAs(SessionMessageStorage.create());
        assertThat(config.messages().maxAge()).isEqualTo(Duration.ofMinutes(20));
        assertThat(config.messages().targetMaxAge()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.messages().backlog()).isEqualTo(20);
        assertThat(config.messages().cookieName()).isEqualTo("flash");
        assertThat(config.messages().htmx()).isFalse();
    }

    @Test
    void environment_badMessagesValues_nameTheVariable() {
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_MESSAGES_STORAGE", "redis")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FLASHKIT_MESSAGES_STORAGE");
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_MESSAGES_LEVEL", "loud")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loud");
        assertThatThrownBy(() -> FlashkitConfig.fromEnvironment(Map.of("FLASHKIT_MESSAGES_BACKLOG", "many")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FLASHKIT_MESSAGES_BACKLOG");
    }

    /** Cookie storage that counts loads, to prove laziness. */
    private static final class CountingStorage implements MessageStorage {
        final AtomicInteger loads = new AtomicInteger();

        @Override
        public List<Message> load(RequestScope scope) {
            loads.incrementAndGet();
            return CookieMessageStorage.create().load(scope);
        }

        @Override
        public List<Message> store(RequestScope scope, List<Message> messages) {
            return CookieMessageStorage.create().store(scope, messages);
        }
    }

    @Test
    void messages_neverReadOrOnlyConfigured_loadNothing() {
        CountingStorage storage = new CountingStorage();
        TestBrowser browser = new TestBrowser(
                Flashkit.create(builder().messageStorage(storage).build()));
        browser.post("/", (ctx, ex) -> ctx.messages().info("x"));
        int afterAdd = storage.loads.get();

        browser.get("/asset.css", ctx -> {});
        browser.post("/form", (ctx, ex) -> { // not a page visit (those load to release targeted messages)
            ctx.messages().setLevel(Level.DEBUG);
            ctx.messages().getLevel();
        });

        assertThat(storage.loads.get()).isEqualTo(afterAdd);
    }
}
