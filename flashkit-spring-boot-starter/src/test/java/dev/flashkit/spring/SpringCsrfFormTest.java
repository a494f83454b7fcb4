package dev.flashkit.spring;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.messages.Level;
import dev.flashkit.spring.example.ItemsApplication;
import dev.flashkit.test.NextRequest;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The documented example ({@link ItemsApplication}, {@code templates/items.html}) behind Spring Security with
 * CSRF protection on, as a real application has it: the form the page renders carries the CSRF token, so
 * submitting it as a browser does adds the item and shows the message once after the redirect. A test client does
 * the same with the form's hidden {@code _csrf} field and the cookies of the page, as docs/testing.md says. The
 * token lives in the Flashkit session (the starter's Spring Security integration), so no {@code JSESSIONID} is set.
 */
class SpringCsrfFormTest {
    private static final Pattern FORM =
            Pattern.compile("<form[^>]*\\saction=\"([^\"]*)\"[^>]*>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern HIDDEN_INPUT =
            Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"\\s*/?>");
    private static ConfigurableApplicationContext app;
    private static URI uri;

    /** Security as an application with a public items page would configure it: CSRF stays on (the default). */
    @Configuration(proxyBeanMethods = false)
    static class PublicItemsSecurity {
        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(auth -> auth.requestMatchers("/items")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .build();
        }
    }

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(ItemsApplication.class, PublicItemsSecurity.class)
                .properties(
                        "server.port=0",
                        "server.address=127.0.0.1",
                        "spring.main.banner-mode=off",
                        "flashkit.secret=" + TestSecrets.random())
                .run();
        uri = SpringScenarioTest.uri(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void itemsForm_submittedAsRendered_addsItemAndShowsMessageOnce() {
        Browser browser = new Browser(uri);
        Matcher form = FORM.matcher(browser.get("/items").body());
        assertThat(form.find()).as("the items page has a form").isTrue();
        Map<String, String> fields = hiddenFields(form.group(2));
        fields.put("name", "Tea");

        Browser.Page post = browser.postForm(form.group(1), formBody(fields));
        assertThat(post.status())
                .as("%s, hidden fields %s", post, fields.keySet())
                .isEqualTo(302);
        Browser.Page page = browser.get(URI.create(post.header("Location")).getPath());
        Browser.Page reload = browser.get("/items");

        assertThat(page.body())
                .contains("<span class=\"flashkit-text\">Item &#39;Tea&#39; added</span>")
                .contains("Last added: <span>Tea</span>");
        assertThat(reload.body()).doesNotContain("flashkit-message").contains("<li>Tea</li>");
    }

    @Test
    void itemsForm_postedWithTheCookieHeaderOfNextRequest_isAccepted() throws Exception {
        Flashkit flashkit = app.getBean(Flashkit.class);
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> form =
                http.send(HttpRequest.newBuilder(uri.resolve("/items")).build(), BodyHandlers.ofString());
        NextRequest afterForm = NextRequest.after(flashkit, form);
        Map<String, String> fields = hiddenFields(form.body());
        fields.put("name", "Cocoa");

        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri.resolve("/items"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", afterForm.cookieHeader())
                        .POST(BodyPublishers.ofString(formBody(fields)))
                        .build(),
                BodyHandlers.ofString());

        assertThat(afterForm.cookies()).containsKey("flashkit_session").doesNotContainKey("JSESSIONID");
        assertThat(fields).containsKey("_csrf");
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(NextRequest.after(flashkit, post)).hasMessage(Level.SUCCESS, "Item 'Cocoa' added");
    }

    @Test
    void itemsForm_tokenWithoutTheSessionCookie_isRefused() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        Map<String, String> fields = hiddenFields(
                http.send(HttpRequest.newBuilder(uri.resolve("/items")).build(), BodyHandlers.ofString())
                        .body());
        fields.put("name", "Cocoa");

        HttpResponse<String> post = http.send(
                HttpRequest.newBuilder(uri.resolve("/items"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(BodyPublishers.ofString(formBody(fields)))
                        .build(),
                BodyHandlers.ofString());

        assertThat(fields).containsKey("_csrf");
        assertThat(post.statusCode())
                .as("the token is kept in the Flashkit session, whose cookie did not come along")
                .isEqualTo(403);
    }

    @Test
    void itemsPost_withoutCsrfToken_isRefused() {
        Browser browser = new Browser(uri);
        browser.get("/items");

        Browser.Page post = browser.postForm("/items", "name=Tea");

        assertThat(post.status()).isEqualTo(403);
    }

    private static Map<String, String> hiddenFields(String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher input = HIDDEN_INPUT.matcher(form);
        while (input.find()) {
            fields.put(input.group(1), input.group(2));
        }
        return fields;
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
