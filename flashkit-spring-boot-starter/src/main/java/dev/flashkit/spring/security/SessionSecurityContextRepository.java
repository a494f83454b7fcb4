package dev.flashkit.spring.security;

import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.util.function.SingletonSupplier;

/**
 * The stateless login: keeps the signed-in user as a {@link StoredLogin} (JSON) under {@value #KEY} in the sealed
 * Flashkit session instead of the HttpSession. What is lost on the way: the credentials (Spring erases them
 * anyway) and whatever the {@link PrincipalMapper} does not keep; the Flashkit session's max age bounds the login.
 */
final class SessionSecurityContextRepository implements SecurityContextRepository {
    static final String KEY = "_flashkit.login";
    private static final System.Logger LOG = System.getLogger(SessionSecurityContextRepository.class.getName());
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final PrincipalMapper mapper;
    private final Clock clock;

    SessionSecurityContextRepository(PrincipalMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    @Deprecated
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        Supplier<StoredLogin> stored = SingletonSupplier.of(() -> stored(FlashkitFilter.session(request)));
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                StoredLogin login = stored.get();
                if (login != null) {
                    context.setAuthentication(restore(login));
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return stored.get() == null;
            }
        };
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        Session session = FlashkitFilter.session(request);
        Authentication authentication = context.getAuthentication();
        if (authentication == null || trust.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            if (session.contains(KEY)) {
                session.remove(KEY);
            }
            return;
        }
        StoredLogin login = mapper.store(authentication, clock.instant());
        StoredLogin current = stored(session);
        if (current == null
                || !current.name().equals(login.name())
                || !current.authorities().equals(login.authorities())
                || !current.attributes().equals(login.attributes())) {
            session.put(KEY, login.toMap());
        }
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return stored(FlashkitFilter.session(request)) != null;
    }

    /**
     * The mapper's authentication, or none when it cannot restore this login (e.g. one stored before the mapper
     * changed): the request runs signed out instead of failing.
     */
    private Authentication restore(StoredLogin login) {
        try {
            return mapper.restore(login);
        } catch (RuntimeException e) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "{0} could not restore a stored login ({1}); the request runs signed out",
                    mapper.getClass().getName(),
                    e.toString());
            return null;
        }
    }

    private static StoredLogin stored(Session session) {
        return session.get(KEY) instanceof Map<?, ?> map ? StoredLogin.fromMap(map) : null;
    }
}
