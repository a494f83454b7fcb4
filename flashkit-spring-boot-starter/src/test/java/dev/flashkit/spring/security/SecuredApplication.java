package dev.flashkit.spring.security;

import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.session.Session;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An app behind Spring Security whose authentication entry point uses the Flashkit session: that only
 * works when FlashkitFilter runs before Spring Security's filter chain.
 */
@SpringBootApplication
public class SecuredApplication {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth ->
                        auth.requestMatchers("/login").permitAll().anyRequest().authenticated())
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, denied) -> {
                    FlashkitFilter.session(request).put("returnTo", request.getRequestURI());
                    response.sendRedirect("/login");
                }))
                .build();
    }

    @RestController
    static class LoginController {
        @GetMapping("/login")
        String login(Session session) {
            return "login, then back to " + session.getString("returnTo");
        }
    }
}
