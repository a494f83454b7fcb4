package dev.flashkit.spring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code flashkit.*} settings the starter binds as a bean: its own ({@code flashkit.enabled}, {@code
 * flashkit.session.store}, {@code flashkit.filter.*}) and mode and secrets, whose placeholders and sources it
 * inspects. Every other Flashkit setting ({@code flashkit.session.*}, {@code flashkit.cookie.*}, {@code
 * flashkit.messages.*}) is bound row by row from the {@link dev.flashkit.FlashkitSetting} table. Each can also come
 * from the environment through Spring's relaxed binding ({@code FLASHKIT_SECRET}, {@code FLASHKIT_ENV}, {@code
 * FLASHKIT_MESSAGES_LEVEL}...). Unset values keep Flashkit's defaults.
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
        HTTP_SESSION,
        /** In the application's DataSource (PostgreSQL), with flash messages: needs flashkit-jdbc. */
        JDBC,
        /** In Redis, where spring.data.redis.* point, with flash messages: needs flashkit-redis. */
        REDIS
    }

    /** {@code flashkit.session.*}: the starter's own session settings. */
    public static class Session {
        /**
         * Where sessions live: cookie, memory, http-session, jdbc (the application's DataSource, with
         * flashkit-jdbc) or redis (where spring.data.redis.* point, with flashkit-redis); a SessionStore bean wins.
         */
        private Store store = Store.COOKIE;

        /** Most sessions the memory store holds. */
        private long memoryMaxSessions = 100_000;

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
