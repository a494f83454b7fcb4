package dev.flashkit.spring.mockmvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.spring.mockmvc.NotesApplication.NotesController;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The {@code @WebMvcTest} slice holds Flashkit: {@code Session} and {@code Messages} arguments resolve, and
 * MockMvc requests pass FlashkitFilter, so the flash round trip works as in the whole application.
 */
@WebMvcTest(controllers = NotesController.class, excludeAutoConfiguration = SecurityAutoConfiguration.class)
class NotesWebMvcTest {
    @Autowired
    private MockMvc mvc;

    @DynamicPropertySource
    static void secret(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @Test
    void postRedirectGet_inWebMvcSlice_showsMessageOnceAndKeepsSession() throws Exception {
        MockMvcBrowser browser = new MockMvcBrowser(mvc);

        MockHttpServletResponse post = browser.send(post("/notes").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));
        MockHttpServletResponse reload = browser.send(get("/notes"));

        assertThat(post.getRedirectedUrl()).isEqualTo("/notes");
        assertThat(page.getContentAsString())
                .contains("<span class=\"flashkit-text\">Saved note: Tea</span>")
                .contains("Last note: <span>Tea</span>");
        assertThat(reload.getContentAsString())
                .doesNotContain("flashkit-message")
                .contains("Last note: <span>Tea</span>");
    }

    @Test
    void callable_inWebMvcSlice_showsMessageFlashedInAsyncPart() throws Exception {
        MockMvcBrowser browser = new MockMvcBrowser(mvc);

        browser.sendAsync(post("/notes/callable").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));

        assertThat(page.getContentAsString()).contains("<span class=\"flashkit-text\">Saved later: Tea</span>");
    }
}
