package dev.flashkit.spring.account;

// tag::docs[]
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.spring.security.FlashkitSecurity;
import java.security.Principal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@SpringBootApplication
public class AccountApplication {
    public static void main(String[] args) {
        SpringApplication.run(AccountApplication.class, args);
    }

    @Bean
    SecurityFilterChain security(HttpSecurity http, FlashkitSecurity flashkit) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.requestMatchers("/admin")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(form -> form.failureHandler(flashkit.loginFailureHandler("/login")))
                .build();
    }

    @Bean
    UserDetailsService users(@Value("${account.password}") String password) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        return new InMemoryUserDetailsManager(
                User.withUsername("ada").password(hash).roles("USER").build());
    }

    @Controller
    static class AccountController {
        @GetMapping("/account")
        String account(Model model, Principal user, Session session) {
            model.addAttribute("name", user.getName());
            model.addAttribute("note", session.getString("note"));
            return "account";
        }

        @PostMapping("/account/note")
        String note(@RequestParam String note, Session session, Messages messages) {
            session.put("note", note);
            messages.success("Note saved.");
            return "redirect:/account";
        }

        @GetMapping("/admin")
        String admin() {
            return "account";
        }
    }
}
// end::docs[]
