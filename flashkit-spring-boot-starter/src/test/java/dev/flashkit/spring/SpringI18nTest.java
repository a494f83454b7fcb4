package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.messages.Messages;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.spring.customization.GreetingController;
import dev.flashkit.test.TestSecrets;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Message keys and Flashkit's own texts are resolved at display time with the application's MessageSource ({@code
 * spring.messages.basename}) in the locale of its LocaleResolver — over HTTP on embedded Tomcat, the browser
 * asking for English.
 */
class SpringI18nTest {
    /** The documented application.properties (a fixed German locale), in place of the application's own. */
    private static final String DOCUMENTED = "classpath:/i18n/";

    @Test
    void messageKey_springMessagesBasename_resolvedWithTheApplicationsMessageSource() throws Exception {
        try (ConfigurableApplicationContext app = app("spring.messages.basename=i18n/texts")) {
            assertThat(greetingsAfterGreet(app)).contains("Hello, Ada!").doesNotContain(">greeting<");
        }
    }

    @Test
    void messageKey_fixedLocaleResolver_resolvedInSpringsLocaleNotAcceptLanguage() throws Exception {
        try (ConfigurableApplicationContext app = app("spring.config.location=" + DOCUMENTED)) {
            assertThat(greetingsAfterGreet(app)).contains("Hallo, Ada!");
        }
    }

    @Test
    void docs_springBootPage_quotesTheTestedFile() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"), Path.of("src/test/resources/i18n/application.properties"));
    }

    @Test
    void moreMessages_fixedGermanLocale_flashkitsOwnTextInGerman() throws Exception {
        try (ConfigurableApplicationContext app = app(
                "spring.messages.basename=i18n/texts",
                "spring.web.locale-resolver=fixed",
                "spring.web.locale=de",
                "flashkit.messages.backlog=2")) {
            assertThat(notesAfterThree(app)).contains("+2 weitere Meldungen").doesNotContain("more messages");
        }
    }

    @Test
    void moreMessages_messageSourceDefinesFlashkitsKey_applicationTextWins() throws Exception {
        try (ConfigurableApplicationContext app = app(
                "spring.messages.basename=i18n/texts",
                "spring.web.locale-resolver=fixed",
                "spring.web.locale=fr",
                "flashkit.messages.backlog=2")) {
            assertThat(notesAfterThree(app)).contains("+2 autres notes (texte de l&#39;application)");
        }
    }

    @Test
    void messageKey_flashkitMessagesBundleSet_flashkitsBundleStillUsed() throws Exception {
        try (ConfigurableApplicationContext app =
                app("spring.messages.basename=i18n/texts", "flashkit.messages.bundle=customization.greetings")) {
            assertThat(app.getBean(dev.flashkit.Flashkit.class)
                            .config()
                            .messages()
                            .textResolver()
                            .resolve("greeting", List.of("Ada"), List.of()))
                    .isEqualTo("Hello, Ada!");
            assertThat(app.getBean(dev.flashkit.Flashkit.class)
                            .config()
                            .messages()
                            .textResolver())
                    .isNotInstanceOf(MessageSourceTextResolver.class);
        }
    }

    @Test
    void messageKey_customizerSetsATextResolver_customizerWins() throws Exception {
        List<String> all = List.of("spring.messages.basename=i18n/texts", "flashkit.secret=" + TestSecrets.random());
        try (ConfigurableApplicationContext app = ConfigApplication.with(
                        Map.of(), GreetingController.class, OwnResolver.class)
                .properties(all.toArray(String[]::new))
                .run()) {
            assertThat(greetingsAfterGreet(app))
                    .contains("own text for greeting")
                    .doesNotContain("Hello, Ada!");
        }
    }

    /** An application's customizer with a text resolver of its own. */
    @Configuration(proxyBeanMethods = false)
    static class OwnResolver {
        @Bean
        FlashkitConfigCustomizer ownResolver() {
            return builder -> builder.messageTextResolver((key, args, locales) -> "own text for " + key);
        }
    }

    private static ConfigurableApplicationContext app(String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("flashkit.secret=" + TestSecrets.random());
        return ConfigApplication.with(Map.of(), GreetingController.class, NotesController.class)
                .properties(all.toArray(String[]::new))
                .run();
    }

    /** POST /greet (a "greeting" key for Ada), then the page after the redirect, as an English-speaking browser. */
    private static String greetingsAfterGreet(ConfigurableApplicationContext app) throws Exception {
        HttpClient client = client();
        URI base = SpringScenarioTest.uri(app);
        send(client, HttpRequest.newBuilder(base.resolve("/greet")).POST(HttpRequest.BodyPublishers.noBody()));
        return send(client, HttpRequest.newBuilder(base.resolve("/greetings"))).body();
    }

    /** Three messages with a backlog of two, then the page that shows them. */
    private static String notesAfterThree(ConfigurableApplicationContext app) throws Exception {
        HttpClient client = client();
        URI base = SpringScenarioTest.uri(app);
        send(client, HttpRequest.newBuilder(base.resolve("/three")));
        return send(client, HttpRequest.newBuilder(base.resolve("/notes"))).body();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Flashes three messages, and shows them after the redirect. */
    @RestController
    static class NotesController {
        @GetMapping("/three")
        ResponseEntity<Void> three(Messages messages) {
            messages.info("first note");
            messages.info("second note");
            messages.info("third note");
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/notes"))
                    .build();
        }

        @GetMapping(value = "/notes", produces = MediaType.TEXT_HTML_VALUE)
        String notes(Messages messages) {
            return messages.html();
        }
    }
}
