package dev.flashkit.spring.test.example;

import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.flashkitSession;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;

import dev.flashkit.messages.Level;
import dev.flashkit.spring.FlashkitAutoConfiguration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The helpers work in a {@code @WebMvcTest} slice: they take the Flashkit bean from the slice's context. The
 * explicit import stands for the starter's slice registration until the slice includes Flashkit by itself.
 */
@WebMvcTest(ItemsApplication.ItemsController.class)
@ImportAutoConfiguration(FlashkitAutoConfiguration.class)
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
