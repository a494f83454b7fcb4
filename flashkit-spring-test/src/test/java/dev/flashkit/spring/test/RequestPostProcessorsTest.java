package dev.flashkit.spring.test;

import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.flashkitSession;
import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.pendingMessages;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.messages.Level;
import dev.flashkit.spring.example.ItemsApplication;
import jakarta.servlet.http.Cookie;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The request post-processors start a request as a browser holding a Flashkit session or pending messages,
 * sealed with the application's bean: the application itself reads them.
 */
@SpringBootTest(classes = ItemsApplication.class)
@AutoConfigureMockMvc
class RequestPostProcessorsTest {
    @Autowired
    MockMvc mvc;

    private String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }

    @Test
    void flashkitSession_map_theControllerReadsIt() throws Exception {
        MvcResult result = mvc.perform(get("/items").with(flashkitSession(Map.of("lastItem", "tea"))))
                .andReturn();

        assertThat(page(result)).contains("Last added: <span>tea</span>");
    }

    @Test
    void flashkitSession_lambda_theControllerReadsIt() throws Exception {
        MvcResult result = mvc.perform(get("/items").with(flashkitSession(s -> s.put("lastItem", "coffee"))))
                .andReturn();

        assertThat(page(result)).contains("Last added: <span>coffee</span>");
    }

    @Test
    void pendingMessages_pageDisplaysThemOnce() throws Exception {
        MvcResult result = mvc.perform(get("/items").with(pendingMessages(m -> m.warning("Stock is low"))))
                .andExpect(flashkit().messages().none())
                .andReturn();

        assertThat(page(result)).contains("alert-warning").contains("Stock is low");
    }

    @Test
    void sessionThenMessages_combined_bothArrive() throws Exception {
        MvcResult result = mvc.perform(get("/items")
                        .with(flashkitSession(Map.of("lastItem", "tea")))
                        .with(pendingMessages(m -> m.info("Hello again"))))
                .andReturn();

        assertThat(page(result)).contains("Last added: <span>tea</span>").contains("Hello again");
    }

    @Test
    void messagesThenSession_combined_messagesStayPending() throws Exception {
        mvc.perform(post("/items")
                        .param("name", "widget")
                        .with(pendingMessages(m -> m.info("first")))
                        .with(flashkitSession(Map.of("user", "ada"))))
                .andExpect(flashkit().messages().texts("first", "Item 'widget' added"))
                .andExpect(flashkit().session().value("user", "ada"))
                .andExpect(flashkit().session().value("lastItem", "widget"));
    }

    @Test
    void flashkitSession_requestWithOtherCookies_keepsThem() throws Exception {
        MvcResult result = mvc.perform(get("/items")
                        .cookie(new Cookie("theme", "dark"))
                        .with(flashkitSession(Map.of("lastItem", "tea"))))
                .andReturn();

        assertThat(result.getRequest().getHeader("Cookie")).startsWith("theme=dark; flashkit_session=");
        assertThat(page(result)).contains("Last added: <span>tea</span>");
    }

    @Test
    void pendingMessages_loginRedirect_areKeptBesideTheNewOnes() throws Exception {
        mvc.perform(post("/login").param("user", "ada").with(pendingMessages(m -> m.success("Saved draft"))))
                .andExpect(flashkit().messages().contains(Level.SUCCESS, "Saved draft"))
                .andExpect(flashkit().messages().contains(Level.INFO, "Signed in as ada"))
                .andExpect(flashkit().session().value("user", "ada"));
    }
}
