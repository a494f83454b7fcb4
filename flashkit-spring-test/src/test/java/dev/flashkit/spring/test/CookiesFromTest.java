package dev.flashkit.spring.test;

import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.cookiesFrom;
import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.pendingMessages;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.spring.example.ItemsApplication;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * {@code cookiesFrom(result)} carries a browser's cookies from one MockMvc request to the next: what the earlier
 * request sent, updated by what its response set or deleted.
 */
@SpringBootTest(classes = ItemsApplication.class)
@AutoConfigureMockMvc
class CookiesFromTest {
    @Autowired
    MockMvc mvc;

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void cookiesFrom_redirectedPost_nextPageShowsTheMessageOnceAndKeepsTheSession() throws Exception {
        MvcResult added = mvc.perform(post("/items").param("name", "kettle")).andReturn();

        MvcResult shown = mvc.perform(get("/items").with(cookiesFrom(added))).andReturn();
        MvcResult reload = mvc.perform(get("/items").with(cookiesFrom(shown)))
                .andExpect(flashkit().session().value("lastItem", "kettle"))
                .andReturn();

        assertThat(page(shown)).contains("Item &#39;kettle&#39; added");
        assertThat(shown.getResponse().getHeaders("Set-Cookie"))
                .as("the page consumed the message, leaving the session cookie alone")
                .noneMatch(header -> header.startsWith("flashkit_session="));
        assertThat(page(reload)).doesNotContain("Item &#39;kettle&#39; added").contains("Last added: <span>kettle");
    }

    @Test
    void cookiesFrom_logout_theDeletedSessionCookieIsNotSent() throws Exception {
        MvcResult login = mvc.perform(post("/login").param("user", "ada")).andReturn();
        MvcResult logout = mvc.perform(post("/logout").with(cookiesFrom(login)))
                .andExpect(flashkit().session().invalidated())
                .andReturn();

        MvcResult next = mvc.perform(get("/items").with(cookiesFrom(logout)))
                .andExpect(flashkit().session().doesNotExist("user"))
                .andReturn();

        assertThat(login.getResponse().getHeaders("Set-Cookie")).anyMatch(h -> h.startsWith("flashkit_session="));
        assertThat(next.getRequest().getHeader("Cookie")).doesNotContain("flashkit_session");
        assertThat(page(next)).contains("Signed out");
    }

    @Test
    void cookiesFrom_requestWithItsOwnCookies_keepsThemAndCarriesTheRest() throws Exception {
        MvcResult added = mvc.perform(post("/items").param("name", "teapot").cookie(new Cookie("theme", "dark")))
                .andReturn();

        MvcResult next = mvc.perform(get("/items")
                        .cookie(new Cookie("theme", "light"))
                        .with(cookiesFrom(added))
                        .with(pendingMessages(m -> m.info("Welcome back"))))
                .andReturn();

        assertThat(next.getRequest().getHeader("Cookie"))
                .startsWith("theme=light; flashkit_")
                .doesNotContain("dark");
        assertThat(page(next)).contains("Item &#39;teapot&#39; added").contains("Welcome back");
    }
}
