package dev.flashkit.spring.mockmvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application ({@code @SpringBootTest}) under MockMvc: requests pass FlashkitFilter as real ones do,
 * so a flashed message shows once on the next page — also one flashed in the async part of a {@code Callable}
 * (committed by its redirect) or of a {@code DeferredResult} answering 204 (committed by the filter at the end
 * of MockMvc's async dispatch) — and session values last.
 */
@SpringBootTest(properties = NotesMockMvcTest.WITHOUT_SECURITY)
@AutoConfigureMockMvc
class NotesMockMvcTest {
    /** Notes has no security of its own; Spring Security is on the class path only for other tests. */
    static final String WITHOUT_SECURITY = "spring.autoconfigure.exclude="
            + "org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration,"
            + "org.springframework.boot.actuate.autoconfigure.security.servlet.ManagementWebSecurityAutoConfiguration";

    @Autowired
    private MockMvc mvc;

    private MockMvcBrowser browser;

    @DynamicPropertySource
    static void secret(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @BeforeEach
    void newBrowser() {
        browser = new MockMvcBrowser(mvc);
    }

    @Test
    void get_staticFile_isServed() throws Exception {
        MockHttpServletResponse response = browser.send(get("/notes.txt"));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).startsWith("Static notes");
    }

    @Test
    void postRedirectGet_noteFlashed_showsMessageOnce() throws Exception {
        MockHttpServletResponse post = browser.send(post("/notes").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));
        MockHttpServletResponse reload = browser.send(get("/notes"));

        assertThat(post.getStatus()).isEqualTo(302);
        assertThat(post.getRedirectedUrl()).isEqualTo("/notes");
        assertThat(page.getContentAsString()).contains("<span class=\"flashkit-text\">Saved note: Tea</span>");
        assertThat(reload.getContentAsString()).doesNotContain("flashkit-message");
    }

    @Test
    void session_valuePutOnPost_isReadByEveryLaterRequest() throws Exception {
        browser.send(post("/notes").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));
        MockHttpServletResponse reload = browser.send(get("/notes"));

        assertThat(page.getContentAsString()).contains("Last note: <span>Tea</span>");
        assertThat(reload.getContentAsString()).contains("Last note: <span>Tea</span>");
    }

    @Test
    void callable_messageFlashedInAsyncPart_showsAfterRedirect() throws Exception {
        MockHttpServletResponse post = browser.sendAsync(post("/notes/callable").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));

        assertThat(post.getRedirectedUrl()).isEqualTo("/notes");
        assertThat(page.getContentAsString()).contains("<span class=\"flashkit-text\">Saved later: Tea</span>");
    }

    @Test
    void deferredResult_messageFlashedInAsyncPartOfNoContentAnswer_showsOnNextPage() throws Exception {
        MockHttpServletResponse post = browser.sendAsync(post("/notes/deferred").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));

        assertThat(post.getStatus()).isEqualTo(204);
        assertThat(page.getContentAsString()).contains("<span class=\"flashkit-text\">Saved deferred: Tea</span>");
    }
}
