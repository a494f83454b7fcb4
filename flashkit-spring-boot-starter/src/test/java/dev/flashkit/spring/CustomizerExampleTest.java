package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.spring.customization.FlashkitMessagesConfiguration;
import dev.flashkit.spring.customization.GreetingController;
import dev.flashkit.test.TestSecrets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The documented customizer ({@link FlashkitMessagesConfiguration}) works over HTTP on embedded Tomcat: message
 * keys resolved by Spring's {@code MessageSource}, debug messages shown — while a {@code flashkit.*} property
 * still shapes the cookies; without a messages.properties (Spring Boot then makes no {@code MessageSource} of its
 * own) messages show their keys, as the page warns; and the Spring Boot page quotes it unchanged.
 */
class CustomizerExampleTest {

    @Test
    void customizer_messageSourceAndLevel_reachTheRenderedMessagesWhilePropertiesStillApply() {
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of(), FlashkitMessagesConfiguration.class, GreetingController.class)
                .properties(
                        "spring.messages.basename=customization/greetings",
                        "flashkit.cookie.same-site=strict",
                        "flashkit.secret=" + TestSecrets.random())
                .run()) {
            Browser browser = new Browser(SpringScenarioTest.uri(app));

            Browser.Page post = browser.post("/greet");
            Browser.Page page = browser.get("/greetings");

            assertThat(post.status()).isEqualTo(302);
            assertThat(post.setCookie("flashkit_messages").header()).contains("SameSite=Strict");
            assertThat(page.body()).contains("Hello, Ada!").contains("details for developers");
        }
    }

    @Test
    void customizer_withoutMessagesProperties_showsTheKeyInsteadOfTheText() {
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of(), FlashkitMessagesConfiguration.class, GreetingController.class)
                .properties("flashkit.secret=" + TestSecrets.random())
                .run()) {
            Browser browser = new Browser(SpringScenarioTest.uri(app));

            browser.post("/greet");
            Browser.Page page = browser.get("/greetings");

            assertThat(page.body())
                    .as("no messages.properties: Spring Boot's MessageSource knows no key")
                    .contains("<span class=\"flashkit-text\">greeting</span>")
                    .doesNotContain("Hello, Ada!");
        }
    }

    @Test
    void docs_springBootPage_quotesTheTestedCustomizer() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"),
                Path.of("src/test/java/dev/flashkit/spring/customization/FlashkitMessagesConfiguration.java"));
    }
}
