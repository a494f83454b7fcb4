package dev.flashkit.spring.example;

import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.flashkitSession;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

import dev.flashkit.messages.Level;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The helpers work in a plain {@code @WebMvcTest} slice: the starter registers Flashkit in the slice, and the
 * helpers take its Flashkit bean from the slice's context.
 */
@WebMvcTest(ItemsApplication.ItemsController.class)
class WebMvcSliceTest {
    @Autowired
    MockMvc mvc;

    @Test
    void add_inASlice_flashesAndWritesTheSession() throws Exception {
        mvc.perform(post("/items").param("name", "widget"))
                .andExpect(flashkit().messages().contains(Level.SUCCESS, "Item 'widget' added"))
                .andExpect(flashkit().session().value("lastItem", "widget"));
    }

    @Test
    void list_inASliceWithASession_showsIt() throws Exception {
        mvc.perform(get("/items").with(flashkitSession(Map.of("lastItem", "tea"))))
                .andExpect(model().attribute("lastItem", "tea"));
    }
}
