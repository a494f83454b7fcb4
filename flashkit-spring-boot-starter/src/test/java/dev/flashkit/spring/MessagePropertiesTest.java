package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitSetting;
import dev.flashkit.MessageSettings;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.Messages;
import dev.flashkit.messages.SessionMessageStorage;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.test.TestSecrets;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every {@code flashkit.messages.*} setting of the table works under Spring Boot, as a property or a variable. */
class MessagePropertiesTest {
    /** A non-default text for every message setting with a text form. */
    private static final Map<FlashkitSetting, String> VALUES = Map.of(
            FlashkitSetting.MESSAGES_LEVEL, "debug",
            FlashkitSetting.MESSAGES_STORAGE, "session",
            FlashkitSetting.MESSAGES_COOKIE_NAME, "flash",
            FlashkitSetting.MESSAGES_MAX_AGE, "20m",
            FlashkitSetting.MESSAGES_TARGET_MAX_AGE, "60",
            FlashkitSetting.MESSAGES_BACKLOG, "20",
            FlashkitSetting.MESSAGES_BUNDLE, "customization.greetings",
            FlashkitSetting.MESSAGES_HTMX, "false");

    @Test
    void properties_everyMessageSetting_reachesFlashkit() {
        assertThat(VALUES.keySet()).containsExactlyInAnyOrderElementsOf(messageRowsWithTextForm());
        List<String> properties = new ArrayList<>();
        VALUES.forEach((setting, value) -> properties.add(setting.property() + "=" + value));
        properties.add("flashkit.secret=" + TestSecrets.random());

        try (ConfigurableApplicationContext context = ConfigApplication.with(Map.of())
                .properties(properties.toArray(String[]::new))
                .run()) {
            assertEveryValueReached(context.getBean(Flashkit.class).config().messages());
        }
    }

    @Test
    void environmentVariables_everyMessageSetting_reachesFlashkit() {
        Map<String, Object> variables = new HashMap<>();
        VALUES.forEach((setting, value) -> variables.put(setting.variable(), value));
        variables.put("FLASHKIT_SECRET", TestSecrets.random());

        try (ConfigurableApplicationContext context =
                ConfigApplication.with(variables).run()) {
            assertEveryValueReached(context.getBean(Flashkit.class).config().messages());
        }
    }

    @Test
    void levelAndCookieNameProperties_debugMessage_survivesTheRedirectInTheNamedCookie() throws Exception {
        try (ConfigurableApplicationContext context = ConfigApplication.with(Map.of(), NotesController.class)
                .properties(
                        "flashkit.secret=" + TestSecrets.random(),
                        "flashkit.messages.level=debug",
                        "flashkit.messages.storage=cookie",
                        "flashkit.messages.cookie-name=flash")
                .run()) {
            URI base = SpringScenarioTest.uri(context);
            CookieManager cookies = new CookieManager();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

            HttpResponse<String> added = client.send(
                    HttpRequest.newBuilder(base.resolve("/add")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(added.statusCode()).isEqualTo(303);
            assertThat(added.headers().allValues("Set-Cookie")).anyMatch(c -> c.startsWith("flash="));

            HttpResponse<String> shown = client.send(
                    HttpRequest.newBuilder(base.resolve("/show")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(shown.body()).contains("Debugging note").contains("Information note");
        }
    }

    @Test
    void badMessageProperty_startup_failsNamingThePropertyAndWhereItWasSet() {
        assertThatThrownBy(() -> ConfigApplication.with(Map.of())
                        .properties("flashkit.secret=" + TestSecrets.random(), "flashkit.messages.backlog=many")
                        .run())
                .rootCause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("flashkit.messages.backlog (property source \"defaultProperties\") must be a number, not"
                        + " 'many'");
    }

    private static void assertEveryValueReached(MessageSettings messages) {
        assertThat(messages.level()).isEqualTo(Level.DEBUG);
        assertThat(messages.storage()).isSameAs(SessionMessageStorage.create());
        assertThat(messages.cookieName()).isEqualTo("flash");
        assertThat(messages.maxAge()).isEqualTo(Duration.ofMinutes(20));
        assertThat(messages.targetMaxAge()).isEqualTo(Duration.ofSeconds(60));
        assertThat(messages.backlog()).isEqualTo(20);
        assertThat(messages.textResolver().resolve("greeting", List.of("Ada"), List.of(Locale.ROOT)))
                .isEqualTo("Hello, Ada!");
        assertThat(messages.htmx()).isFalse();
    }

    private static List<FlashkitSetting> messageRowsWithTextForm() {
        return FlashkitSetting.of(FlashkitSetting.Group.MESSAGES).stream()
                .filter(FlashkitSetting::hasTextForm)
                .toList();
    }

    /** Flashes a debug and an info message, then shows them after the redirect. */
    @RestController
    static class NotesController {
        @GetMapping("/add")
        ResponseEntity<Void> add(Messages messages) {
            messages.debug("Debugging note");
            messages.info("Information note");
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/show"))
                    .build();
        }

        @GetMapping(value = "/show", produces = MediaType.TEXT_HTML_VALUE)
        String show(Messages messages) {
            return messages.html();
        }
    }
}
