package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.flashkit.spring.example.ItemsApplication;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What docs/testing.md tells MockMvc users of Spring Security: the documented example behind Security with CSRF
 * on refuses a POST without a token (403, and no message), and accepts it with spring-security-test's {@code
 * csrf()}; the message then shows on the next page.
 */
@SpringBootTest(classes = {ItemsApplication.class, SpringCsrfFormTest.PublicItemsSecurity.class})
@AutoConfigureMockMvc
class SpringCsrfMockMvcTest {
    @Autowired
    private MockMvc mvc;

    @DynamicPropertySource
    static void secret(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @Test
    void post_withoutCsrfToken_isRefusedWithoutAMessage() throws Exception {
        MockHttpServletResponse post =
                mvc.perform(post("/items").param("name", "Tea")).andReturn().getResponse();

        assertThat(post.getStatus()).isEqualTo(403);
        assertThat(post.getHeaders("Set-Cookie")).noneMatch(header -> header.startsWith("flashkit_messages="));
    }

    @Test
    void post_withCsrfPostProcessor_addsTheItemAndFlashes() throws Exception {
        MockHttpServletResponse post = mvc.perform(
                        post("/items").param("name", "Coffee").with(csrf()))
                .andReturn()
                .getResponse();
        MockHttpServletResponse page =
                mvc.perform(get("/items").cookie(post.getCookies())).andReturn().getResponse();

        assertThat(post.getStatus()).isEqualTo(302);
        assertThat(page.getContentAsString())
                .contains("<span class=\"flashkit-text\">Item &#39;Coffee&#39; added</span>");
    }
}
