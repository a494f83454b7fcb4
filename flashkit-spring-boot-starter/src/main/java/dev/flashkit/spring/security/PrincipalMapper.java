package dev.flashkit.spring.security;

import java.time.Instant;
import org.springframework.security.core.Authentication;

/**
 * Turns an {@link Authentication} into the {@link StoredLogin} the stateless login keeps in the Flashkit session,
 * and back. Declare a bean of this type to keep what your own principal needs (an id, an e-mail) in {@link
 * StoredLogin#attributes()}; the {@linkplain #standard() standard} mapper keeps name, authorities and type and
 * restores a {@code UsernamePasswordAuthenticationToken} whose principal is a Spring Security {@code User}.
 */
public interface PrincipalMapper {

    /**
     * What to keep of {@code authentication}, a successful login.
     *
     * @param now when it is kept (its issued-at)
     */
    StoredLogin store(Authentication authentication, Instant now);

    /** The authentication a later request runs with; it must be authenticated. */
    Authentication restore(StoredLogin login);

    /** The mapper used without a {@code PrincipalMapper} bean: name, authorities and type only. */
    static PrincipalMapper standard() {
        return StandardPrincipalMapper.INSTANCE;
    }
}
