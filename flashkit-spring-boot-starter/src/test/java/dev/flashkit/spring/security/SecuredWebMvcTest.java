package dev.flashkit.spring.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dev.flashkit.spring.security.SecuredApplication.LoginController;
import dev.flashkit.test.TestSecrets;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A {@code @WebMvcTest} slice with Spring Security on (the application's own {@code SecurityFilterChain}):
 * FlashkitFilter runs before Security's chain under MockMvc too, so the authentication entry point can use the
 * Flashkit session.
 */
@WebMvcTest(LoginController.class)
class SecuredWebMvcTest {
    @Autowired
    private MockMvc mvc;

    @DynamicPropertySource
    static void secret(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
    }

    @Test
    void authenticationEntryPoint_inWebMvcSlice_savesFlashkitSessionAcrossRedirectToLogin() throws Exception {
        MockHttpServletResponse denied =
                mvc.perform(get("/account")).andReturn().getResponse();
        Cookie[] cookies = denied.getCookies();
        MockHttpServletResponse login =
                mvc.perform(get("/login").cookie(cookies)).andReturn().getResponse();

        assertThat(denied.getStatus()).isEqualTo(302);
        assertThat(denied.getRedirectedUrl()).endsWith("/login");
        assertThat(login.getContentAsString()).isEqualTo("login, then back to /account");
    }
}
