package dev.flashkit.spring.example;

// tag::docs[]
import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.messages.Level;
import dev.flashkit.spring.test.FlashkitResponses;
import dev.flashkit.test.NextRequest;
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

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ItemsHttpTest {
    @Autowired
    TestRestTemplate rest;

    @Autowired
    Flashkit flashkit; // the application's: it opens the cookies its filter sealed

    @Test
    void add_overHttp_flashesOnceAndRemembersTheItem() {
        ResponseEntity<String> post =
                rest.withRedirects(Redirects.DONT_FOLLOW).postForEntity("/items?name=widget", null, String.class);

        NextRequest next = FlashkitResponses.nextRequest(flashkit, post);
        assertThat(next).hasMessage(Level.SUCCESS, "Item 'widget' added");
        assertThat(next.session()).containsEntry("lastItem", "widget");

        HttpHeaders request = new HttpHeaders();
        request.add(HttpHeaders.COOKIE, next.cookieHeader());
        ResponseEntity<String> page = rest.exchange("/items", HttpMethod.GET, new HttpEntity<>(request), String.class);

        assertThat(page.getBody()).contains("Item &#39;widget&#39; added");
        assertThat(FlashkitResponses.nextRequest(flashkit, request, page)).hasNoMessages(); // shown once
    }
}
// end::docs[]
