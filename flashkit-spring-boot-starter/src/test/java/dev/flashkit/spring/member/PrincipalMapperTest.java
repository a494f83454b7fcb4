package dev.flashkit.spring.member;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.session.Session;
import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A {@code PrincipalMapper} bean maps the stateless login's principal ({@link MemberApplication} on Tomcat): the
 * member id survives the trip through the sealed cookie. A stored login of a foreign shape, or one the mapper cannot
 * restore, reads as signed out (never a 500).
 */
@SpringBootTest(
        classes = {MemberApplication.class, PrincipalMapperTest.PlantLogin.class},
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {"server.address=127.0.0.1", "flashkit.security.stateless-login=true"})
class PrincipalMapperTest {
    static final String PASSWORD = UUID.randomUUID().toString();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    /**
     * {@code /plant}: outside Spring Security, stores a login of a shape Flashkit did not write ({@code text}) or
     * one the standard mapper wrote, which the member mapper cannot restore (no member id).
     */
    @Configuration(proxyBeanMethods = false)
    static class PlantLogin {
        @Bean
        WebSecurityCustomizer plantOutsideSecurity() {
            return web -> web.ignoring().requestMatchers("/plant");
        }

        @RestController
        static class Plant {
            @GetMapping("/plant")
            String plant(Session session, @RequestParam String shape) {
                Object login = shape.equals("text")
                        ? "ada"
                        : Map.of(
                                "name", "ada",
                                "authorities", List.of("ROLE_MEMBER"),
                                "type", "UsernamePasswordAuthenticationToken",
                                "issuedAt", "2026-01-01T00:00:00Z",
                                "attributes", Map.of());
                session.put("_flashkit.login", login);
                return "planted";
            }
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
        registry.add("account.password", () -> PASSWORD);
    }

    @Test
    void me_afterStatelessLogin_getsTheMappedPrincipalBack() {
        Browser browser = new Browser(URI.create("http://127.0.0.1:" + port));
        signIn(browser);

        Browser.Page me = browser.get("/me");

        assertThat(me.body()).isEqualTo("member 42 ada");
        assertThat(browser.cookie("JSESSIONID")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "withoutTheMemberId"})
    void me_withAStoredLoginOfAnotherShape_isSignedOut(String shape) {
        Browser browser = new Browser(URI.create("http://127.0.0.1:" + port));
        browser.get("/plant?shape=" + shape);

        Browser.Page me = browser.get("/me");

        assertThat(me.status()).isEqualTo(302);
        assertThat(me.header("Location")).endsWith("/login");
    }

    @Test
    void springBootDoc_securitySection_showsTheMapper() throws Exception {
        DocSnippets.assertDocShows(
                Path.of("../docs/spring-boot.md"),
                Path.of("src/test/java/dev/flashkit/spring/member/MemberPrincipalMapper.java"));
    }

    private static void signIn(Browser browser) {
        Matcher token = CSRF.matcher(browser.get("/login").body());
        assertThat(token.find()).as("the login form's CSRF token").isTrue();
        Browser.Page login = browser.postForm(
                "/login",
                "username=ada&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).doesNotContain("error");
    }
}
