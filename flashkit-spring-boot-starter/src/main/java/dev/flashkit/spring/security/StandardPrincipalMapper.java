package dev.flashkit.spring.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;

/**
 * Keeps name, authorities and the authentication's type; restores a {@link UsernamePasswordAuthenticationToken}
 * with a {@link User} principal (no password, enabled) and no credentials.
 */
final class StandardPrincipalMapper implements PrincipalMapper {
    static final StandardPrincipalMapper INSTANCE = new StandardPrincipalMapper();

    private StandardPrincipalMapper() {}

    @Override
    public StoredLogin store(Authentication authentication, Instant now) {
        List<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        return new StoredLogin(
                authentication.getName(), authorities, authentication.getClass().getSimpleName(), now, Map.of());
    }

    @Override
    public Authentication restore(StoredLogin login) {
        List<GrantedAuthority> authorities =
                AuthorityUtils.createAuthorityList(login.authorities().toArray(String[]::new));
        User user = new User(login.name(), "", authorities);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }
}
