package dev.flashkit.spring;

import dev.flashkit.CookieSecurity;
import dev.flashkit.SameSite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code flashkit.*} settings of the Spring Boot starter. Every one can also come from the environment
 * through Spring's relaxed binding ({@code FLASHKIT_SECRET}, {@code FLASHKIT_ENV}, {@code
 * FLASHKIT_SESSION_MAX_AGE}...). Unset values keep Flashkit's defaults.
 */
@ConfigurationProperties(prefix = "flashkit")
public class FlashkitProperties {
    /**
     * Whether the starter installs Flashkit (the filter, the Flashkit bean, the Thymeleaf dialect); when false,
     * Session and Messages controller arguments fail with an error saying Flashkit is turned off.
     */
    private boolean enabled = true;

    /**
     * "development" (default) or "production": production requires a strong secret and forces Secure
     * cookies.
     */
    private String env = "development";

    /**
     * The master secret: at least 32 random bytes, base64 or hex (generate with: openssl rand -base64 32). A value
     * with an unresolved placeholder, such as ${FLASHKIT_SECRET} with that variable unset, counts as no secret.
     */
    private String secret;

    /**
     * Older secrets that still open cookies (re-issued under the primary), newest first. An entry with an
     * unresolved placeholder is ignored in development and refused in production.
     */
    private List<String> secretFallbacks = new ArrayList<>();

    private final Session session = new Session();
    private final Cookie cookie = new Cookie();
    private final Filter filter = new Filter();

    /** Whether the starter installs Flashkit. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Sets whether the starter installs Flashkit. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** "development" or "production". */
    public String getEnv() {
        return env;
    }

    /** Sets "development" or "production". */
    public void setEnv(String env) {
        this.env = env;
    }

    /** The master secret, or {@code null}. */
    public String getSecret() {
        return secret;
    }

    /** Sets the master secret. */
    public void setSecret(String secret) {
        this.secret = secret;
    }

    /** Older secrets, newest first. */
    public List<String> getSecretFallbacks() {
        return secretFallbacks;
    }

    /** Sets the older secrets. */
    public void setSecretFallbacks(List<String> secretFallbacks) {
        this.secretFallbacks = secretFallbacks;
    }

    /** Session settings. */
    public Session getSession() {
        return session;
    }

    /** Cookie settings. */
    public Cookie getCookie() {
        return cookie;
    }

    /** Filter settings. */
    public Filter getFilter() {
        return filter;
    }

    /** Where sessions live. */
    public enum Store {
        /** Sealed in the cookie: no server state (the default). */
        COOKIE,
        /** In this process's memory (single node). */
        MEMORY,
        /** In the container's HttpSession (or Spring Session's). */
        HTTP_SESSION
    }

    /** {@code flashkit.session.*}. */
    public static class Session {
        /** Name of the session cookie. */
        private String cookieName = "flashkit_session";

        /** Absolute session lifetime from creation. */
        private Duration maxAge = Duration.ofDays(14);

        /** Idle timeout; unset for none. */
        private Duration idleTimeout;

        /** Where sessions live; a SessionStore bean, when present, wins. */
        private Store store = Store.COOKIE;

        /** Most sessions the memory store holds. */
        private long memoryMaxSessions = 100_000;

        /** Name of the session cookie. */
        public String getCookieName() {
            return cookieName;
        }

        /** Sets the name of the session cookie. */
        public void setCookieName(String cookieName) {
            this.cookieName = cookieName;
        }

        /** Absolute session lifetime. */
        public Duration getMaxAge() {
            return maxAge;
        }

        /** Sets the absolute session lifetime. */
        public void setMaxAge(Duration maxAge) {
            this.maxAge = maxAge;
        }

        /** Idle timeout, or {@code null}. */
        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        /** Sets the idle timeout. */
        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }

        /** Where sessions live. */
        public Store getStore() {
            return store;
        }

        /** Sets where sessions live. */
        public void setStore(Store store) {
            this.store = store;
        }

        /** Most sessions the memory store holds. */
        public long getMemoryMaxSessions() {
            return memoryMaxSessions;
        }

        /** Sets the most sessions the memory store holds. */
        public void setMemoryMaxSessions(long memoryMaxSessions) {
            this.memoryMaxSessions = memoryMaxSessions;
        }
    }

    /** {@code flashkit.cookie.*}. */
    public static class Cookie {
        /** When cookies are Secure: AUTO (on HTTPS, always in production), ALWAYS or NEVER. */
        private CookieSecurity secure = CookieSecurity.AUTO;

        /** The SameSite attribute: LAX, STRICT or NONE. */
        private SameSite sameSite = SameSite.LAX;

        /** Cookie Path. */
        private String path = "/";

        /** Cookie Domain; unset for host-only cookies. */
        private String domain;

        /** Prefix cookie names with __Host- (requires Secure, Path=/ and no Domain). */
        private boolean hostPrefix;

        /** When cookies are Secure. */
        public CookieSecurity getSecure() {
            return secure;
        }

        /** Sets when cookies are Secure. */
        public void setSecure(CookieSecurity secure) {
            this.secure = secure;
        }

        /** The SameSite attribute. */
        public SameSite getSameSite() {
            return sameSite;
        }

        /** Sets the SameSite attribute. */
        public void setSameSite(SameSite sameSite) {
            this.sameSite = sameSite;
        }

        /** Cookie Path. */
        public String getPath() {
            return path;
        }

        /** Sets the cookie Path. */
        public void setPath(String path) {
            this.path = path;
        }

        /** Cookie Domain, or {@code null}. */
        public String getDomain() {
            return domain;
        }

        /** Sets the cookie Domain. */
        public void setDomain(String domain) {
            this.domain = domain;
        }

        /** Whether names carry the __Host- prefix. */
        public boolean isHostPrefix() {
            return hostPrefix;
        }

        /** Sets whether names carry the __Host- prefix. */
        public void setHostPrefix(boolean hostPrefix) {
            this.hostPrefix = hostPrefix;
        }
    }

    /** {@code flashkit.filter.*}. */
    public static class Filter {
        /**
         * Order of the FlashkitFilter registration: after Spring Session's filter (Integer.MIN_VALUE + 50) and
         * before Spring Security's chain (-100).
         */
        private int order = -200;

        /**
         * Retry-After of the 503 answer given when the session store fails (e.g. Redis unreachable), rounded
         * up to whole seconds.
         */
        private Duration retryAfter = Duration.ofSeconds(1);

        /** Retry-After of the 503 answer given when the session store fails. */
        public Duration getRetryAfter() {
            return retryAfter;
        }

        /** Sets the Retry-After of the 503 answer given when the session store fails. */
        public void setRetryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
        }

        /** Order of the FlashkitFilter registration. */
        public int getOrder() {
            return order;
        }

        /** Sets the order of the FlashkitFilter registration. */
        public void setOrder(int order) {
            this.order = order;
        }
    }
}
