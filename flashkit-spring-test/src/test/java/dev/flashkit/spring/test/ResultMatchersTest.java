package dev.flashkit.spring.test;

import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.flashkitSession;
import static dev.flashkit.spring.test.FlashkitMockMvcRequestPostProcessors.pendingMessages;
import static dev.flashkit.spring.test.FlashkitMockMvcResultMatchers.flashkit;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.messages.Level;
import dev.flashkit.spring.example.ItemsApplication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Each MockMvc result matcher passes on what the response left for the next request and fails, showing what
 * was there, on anything else.
 */
@SpringBootTest(classes = ItemsApplication.class)
@AutoConfigureMockMvc
class ResultMatchersTest {
    @Autowired
    MockMvc mvc;

    private MvcResult addWidget() throws Exception {
        return mvc.perform(post("/items").param("name", "widget")).andReturn();
    }

    private static void assertFails(ResultMatcher matcher, MvcResult result, String... parts) {
        assertThatThrownBy(() -> matcher.match(result))
                .isInstanceOf(AssertionError.class)
                .hasMessageContainingAll(parts);
    }

    @Test
    void messagesContains_otherLevelOrText_failsListingTheMessages() throws Exception {
        MvcResult result = addWidget();

        flashkit().messages().contains(Level.SUCCESS, "Item 'widget' added").match(result);
        assertFails(
                flashkit().messages().contains(Level.ERROR, "Item 'widget' added"),
                result,
                "Flashkit messages (after a response with status 302, redirect to /items): expected a error message"
                        + " 'Item 'widget' added'",
                "[success:Item 'widget' added@/items]");
        assertFails(flashkit().messages().contains(Level.SUCCESS, "Item 'gadget' added"), result, "gadget");
    }

    @Test
    void messagesTexts_exactListInOrder_passesAndOtherwiseFails() throws Exception {
        MvcResult result = mvc.perform(
                        post("/items").param("name", "widget").with(pendingMessages(m -> m.warning("Stock is low"))))
                .andReturn();

        flashkit().messages().texts("Stock is low", "Item 'widget' added").match(result);
        assertFails(
                flashkit().messages().texts("Item 'widget' added", "Stock is low"),
                result,
                "expected [Item 'widget' added, Stock is low]",
                "warning:Stock is low");
        assertFails(flashkit().messages().texts("Item 'widget' added"), result, "warning:Stock is low");
    }

    @Test
    void messagesNone_afterAFlash_failsListingIt() throws Exception {
        assertFails(flashkit().messages().none(), addWidget(), "expected none", "success:Item 'widget' added");
        flashkit().messages().none().match(mvc.perform(get("/items")).andReturn());
    }

    @Test
    void matchers_refusedRequest_failuresNameTheStatus() throws Exception {
        MvcResult refused = mvc.perform(post("/items")).andReturn(); // no name: 400

        assertFails(
                flashkit().messages().contains(Level.SUCCESS, "Item 'widget' added"),
                refused,
                "Flashkit messages (after a response with status 400): expected a success message 'Item 'widget'"
                        + " added' but the response left []");
        assertFails(
                flashkit().session().value("lastItem", "widget"),
                refused,
                "Flashkit session (after a response with status 400): expected 'lastItem' = widget");
    }

    @Test
    void sessionValue_writtenByTheResponse_passesAndOtherValuesFail() throws Exception {
        MvcResult result = addWidget();

        flashkit().session().value("lastItem", "widget").match(result);
        assertFails(
                flashkit().session().value("lastItem", "gadget"), result, "expected 'lastItem' = gadget", "was widget");
        assertFails(flashkit().session().value("user", "ada"), result, "has no 'user'", "keys: [lastItem]");
    }

    @Test
    void sessionValue_sessionTheRequestCarried_countsWhenTheResponseLeavesItAlone() throws Exception {
        MvcResult result = mvc.perform(
                        get("/items").with(flashkitSession(Map.of("count", 2, "tags", List.of(1, 2), "ratio", 0.5f))))
                .andReturn();

        flashkit().session().value("count", 2).match(result);
        flashkit().session().value("tags", List.of(1L, 2)).match(result);
        flashkit().session().value("ratio", 0.5).match(result);
        assertFails(flashkit().session().value("count", 3), result, "was 2");
    }

    @Test
    void sessionExistsAndDoesNotExist_showWhatIsThere() throws Exception {
        MvcResult result = addWidget();

        flashkit().session().exists("lastItem").match(result);
        flashkit().session().doesNotExist("user").match(result);
        assertFails(flashkit().session().exists("lastItem", "user"), result, "expected 'user'", "[lastItem]");
        assertFails(flashkit().session().doesNotExist("lastItem"), result, "expected no 'lastItem'", "widget");
    }

    @Test
    void sessionInvalidated_logout_passesAndOtherResponsesFail() throws Exception {
        MvcResult logout = mvc.perform(post("/logout").with(flashkitSession(Map.of("user", "ada"))))
                .andReturn();

        flashkit().session().invalidated().match(logout);
        flashkit().session().doesNotExist("user").match(logout);
        flashkit().messages().contains(Level.INFO, "Signed out").match(logout);
        assertFails(flashkit().session().invalidated(), addWidget(), "delete the session cookie", "[lastItem]");
        assertFails(
                flashkit().session().invalidated(),
                mvc.perform(get("/items").with(flashkitSession(Map.of("user", "ada"))))
                        .andReturn(),
                "keys [user]");
    }
}
