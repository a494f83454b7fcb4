package dev.flashkit.spring.test;

import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Level;
import dev.flashkit.spring.example.ItemsApplication;
import dev.flashkit.test.NextRequest;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings.Redirects;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * {@link FlashkitResponses} opens the cookies of real HTTP responses (Tomcat, TestRestTemplate) with the
 * application's Flashkit bean, counting the cookies the request sent where the response left them alone.
 */
@SpringBootTest(classes = ItemsApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT)
class FlashkitResponsesTest {
    @Autowired
    TestRestTemplate rest;

    @Autowired
    Flashkit flashkit;

    private ResponseEntity<String> post(String target, HttpHeaders headers) {
        return rest.withRedirects(Redirects.DONT_FOLLOW)
                .exchange(target, HttpMethod.POST, new HttpEntity<>(headers), String.class);
    }

    private static HttpHeaders cookies(NextRequest next) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, next.cookieHeader());
        return headers;
    }

    @Test
    void nextRequest_responseEntity_readsMessagesAndSession() {
        ResponseEntity<String> login = post("/login?user=ada", new HttpHeaders());

        NextRequest next = FlashkitResponses.nextRequest(flashkit, login);

        assertThat(next).hasMessage(Level.INFO, "Signed in as ada").allTargeting("/items");
        assertThat(next.session()).containsEntry("user", "ada");
        assertThat(FlashkitResponses.nextRequest(flashkit, login.getHeaders()).session())
                .isEqualTo(next.session());
    }

    @Test
    void nextRequest_withRequestHeaders_keepsTheSessionTheResponseLeftAlone() {
        HttpHeaders request =
                cookies(FlashkitResponses.nextRequest(flashkit, post("/login?user=ada", new HttpHeaders())));

        ResponseEntity<String> page = rest.exchange("/items", HttpMethod.GET, new HttpEntity<>(request), String.class);

        assertThat(page.getBody()).contains("Signed in as ada");
        assertThat(page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE))
                .noneMatch(c -> c.startsWith("flashkit_session="));
        NextRequest next = FlashkitResponses.nextRequest(flashkit, request, page.getHeaders());
        assertThat(next.session()).containsEntry("user", "ada");
        assertThat(next).hasNoMessages();
        assertThat(FlashkitResponses.nextRequest(flashkit, page.getHeaders()).session())
                .isEmpty();
    }

    @Test
    void nextRequest_logout_reportsTheDeletedSession() {
        HttpHeaders request =
                cookies(FlashkitResponses.nextRequest(flashkit, post("/login?user=ada", new HttpHeaders())));

        NextRequest next = FlashkitResponses.nextRequest(
                flashkit, request, post("/logout", request).getHeaders());

        assertThat(next.sessionDeleted()).isTrue();
        assertThat(next.session()).isEmpty();
        assertThat(next).hasMessages("Signed in as ada", "Signed out"); // the first was never displayed
    }

    @Test
    void nextRequest_refusedPost_failureNamesTheStatus() {
        ResponseEntity<String> refused = post("/items", new HttpHeaders()); // no name: 400

        assertThatThrownBy(() -> assertThat(FlashkitResponses.nextRequest(flashkit, refused))
                        .hasMessage(Level.SUCCESS, "Item 'widget' added"))
                .hasMessageContaining("Expected the next request (after a response with status 400) to carry a"
                        + " success message 'Item 'widget' added' but it carried []");
    }

    @Test
    void nextRequest_redirectAfterRequestWithCookies_failureNamesStatusAndLocation() {
        HttpHeaders request =
                cookies(FlashkitResponses.nextRequest(flashkit, post("/login?user=ada", new HttpHeaders())));

        NextRequest next = FlashkitResponses.nextRequest(flashkit, request, post("/items?name=widget", request));

        assertThat(next.session()).containsEntry("user", "ada").containsEntry("lastItem", "widget");
        assertThatThrownBy(() -> assertThat(next).hasNoMessages())
                .hasMessageContaining("(after a response with status 302, redirect to ")
                .hasMessageContaining("/items) to carry no messages");
    }

    @Test
    void nextRequest_anotherFlashkit_failsNamingTheCookie() {
        ResponseEntity<String> post = post("/items?name=widget", new HttpHeaders());
        Flashkit mine = Flashkit.create(
                FlashkitConfig.builder().secret(TestSecrets.random()).build());

        assertThatThrownBy(() -> FlashkitResponses.nextRequest(mine, post))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("cookie does not open with this Flashkit")
                .hasMessageContaining("application's own Flashkit");
    }
}
