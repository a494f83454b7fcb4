package dev.flashkit.spring.example;

// tag::docs[]
import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.cookiesFrom;
import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.flashkitSession;
import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.pendingMessages;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import dev.flashkit.messages.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class ItemsControllerTest {
    @Autowired
    MockMvc mvc;

    @Test
    void add_newItem_flashesSuccessAndRemembersIt() throws Exception {
        mvc.perform(post("/items").param("name", "widget"))
                .andExpect(redirectedUrl("/items"))
                .andExpect(flashkit().messages().contains(Level.SUCCESS, "Item 'widget' added"))
                .andExpect(flashkit().session().value("lastItem", "widget"));
    }

    @Test
    void add_followingTheRedirect_showsTheMessageOnce() throws Exception {
        MvcResult added = mvc.perform(post("/items").param("name", "gadget"))
                .andExpect(redirectedUrl("/items"))
                .andReturn();

        MvcResult page = mvc.perform(get("/items").with(cookiesFrom(added))) // the cookies the POST left
                .andExpect(model().attribute("lastItem", "gadget"))
                .andReturn();
        MvcResult reload = mvc.perform(get("/items").with(cookiesFrom(page))).andReturn();

        assertThat(page.getResponse().getContentAsString()).contains("Item &#39;gadget&#39; added");
        assertThat(reload.getResponse().getContentAsString()).doesNotContain("Item &#39;gadget&#39; added");
    }

    @Test
    void list_pendingMessage_showsItOnce() throws Exception {
        MvcResult page = mvc.perform(get("/items").with(pendingMessages(m -> m.info("Welcome back"))))
                .andExpect(flashkit().messages().none()) // the page displayed (consumed) it
                .andReturn();

        assertThat(page.getResponse().getContentAsString()).contains("Welcome back");
    }

    @Test
    void list_sessionWithLastItem_showsIt() throws Exception {
        mvc.perform(get("/items").with(flashkitSession(Map.of("lastItem", "tea"))))
                .andExpect(model().attribute("lastItem", "tea"));
    }
}
// end::docs[]
