package dev.flashkit.spring.member;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Members with an id, signed in statelessly; {@link MemberPrincipalMapper} keeps the id in the Flashkit session. */
@SpringBootApplication
public class MemberApplication {

    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService members(@Value("${account.password}") String password) {
        String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(password);
        return username -> {
            if (!username.equals("ada")) {
                throw new UsernameNotFoundException("no such member");
            }
            return new Member(42, "ada", hash, AuthorityUtils.createAuthorityList("ROLE_MEMBER"));
        };
    }

    @RestController
    static class MeController {
        @GetMapping("/me")
        String me(@AuthenticationPrincipal Member member) {
            return "member " + member.id() + " " + member.getUsername();
        }
    }
}
