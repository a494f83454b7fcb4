package dev.flashkit.spring.mockmvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * MockMvc with the filters off ({@code addFilters = false}): a {@code Session} argument fails saying how to
 * keep or add FlashkitFilter — and doing what it says works.
 */
@SpringBootTest(properties = NotesMockMvcTest.WITHOUT_SECURITY)
@AutoConfigureMockMvc(addFilters = false)
class FiltersOffTest {
    @Autowired
    private MockMvc mvc;

    @Autowired
    private WebApplicationContext context;

    @DynamicPropertySource
    static void secret(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @Test
    void sessionArgument_filtersOff_failsSayingToKeepOrAddTheFilter() {
        assertThatThrownBy(() -> mvc.perform(get("/notes")))
                .rootCause()
                .isInstanceOf(FlashkitNotInstalledException.class)
                .hasMessageContaining("access the session of a request")
                .hasMessageContaining("remove addFilters = false from @AutoConfigureMockMvc")
                .hasMessageContaining("MockMvcBuilders.webAppContextSetup(context)"
                        + ".addFilters(new FlashkitFilter(context.getBean(Flashkit.class)))")
                .hasMessageNotContaining("add the dependency");
    }

    @Test
    void mockMvcBuiltAsTheAdviceSays_withFlashkitFilter_showsFlashedMessage() throws Exception {
        MockMvc withFlashkit = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(new FlashkitFilter(context.getBean(Flashkit.class)))
                .build();
        MockMvcBrowser browser = new MockMvcBrowser(withFlashkit);

        browser.send(post("/notes").param("text", "Tea"));
        MockHttpServletResponse page = browser.send(get("/notes"));

        assertThat(page.getContentAsString()).contains("<span class=\"flashkit-text\">Saved note: Tea</span>");
    }
}
