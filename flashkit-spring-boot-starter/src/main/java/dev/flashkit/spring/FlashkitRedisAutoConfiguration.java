package dev.flashkit.spring;

import dev.flashkit.messages.MessageStorage;
import dev.flashkit.redis.RedisSessionStore;
import dev.flashkit.session.SessionStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.redis.RedisConnectionDetails;
import org.springframework.boot.autoconfigure.data.redis.RedisProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * {@code flashkit.session.store=redis}: sessions and flash messages (shown exactly once across instances) in Redis
 * through flashkit-redis' {@link RedisSessionStore}, connected where Spring Boot's Redis settings point — the
 * {@link RedisConnectionDetails} bean when Spring Data Redis (or a service connection) provides one, else {@code
 * spring.data.redis.*}: host, port, username, password, database, SSL, URL, Sentinel, Cluster; {@code
 * spring.data.redis.timeout} bounds each command. A {@link SessionStore} bean of the application wins over this
 * store, a {@link MessageStorage} bean over its message storage.
 */
@AutoConfiguration(
        before = FlashkitAutoConfiguration.class,
        afterName = "org.springframework.boot.autoconfigure.data.redis.RedisAutoConfiguration")
@ConditionalOnClass(name = "dev.flashkit.redis.RedisSessionStore")
@ConditionalOnProperty(prefix = "flashkit.session", name = "store", havingValue = "redis")
public class FlashkitRedisAutoConfiguration {

    /** Creates the auto-configuration; Spring calls it. */
    public FlashkitRedisAutoConfiguration() {}

    /** The store, connected where {@code spring.data.redis.*} point; closed with the context. */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(SessionStore.class)
    public RedisSessionStore flashkitRedisSessionStore(
            Environment environment, ObjectProvider<RedisConnectionDetails> connectionDetails) {
        RedisProperties properties = Binder.get(environment).bindOrCreate("spring.data.redis", RedisProperties.class);
        if (properties.getSsl().getBundle() != null) {
            throw new ConfigurationFailure(
                    "spring.data.redis.ssl.bundle is not supported by flashkit.session.store=redis (it connects with"
                            + " the JVM's default trust store).",
                    "Remove the bundle and set spring.data.redis.ssl.enabled=true, adding the server's CA to the JVM"
                            + " trust store (javax.net.ssl.trustStore), or declare your own RedisSessionStore bean.");
        }
        RedisConnectionDetails details = connectionDetails.getIfAvailable();
        SpringRedisConnection connection =
                details != null ? SpringRedisConnection.of(details) : SpringRedisConnection.of(properties);
        RedisSessionStore.Builder builder = RedisSessionStore.builder(connection.uri());
        if (properties.getTimeout() != null) {
            builder.commandTimeout(properties.getTimeout());
        }
        return builder.build();
    }

    /** Flash messages next to the sessions, unless the application has a {@link MessageStorage} bean. */
    @Bean
    @ConditionalOnBean(RedisSessionStore.class)
    public FlashkitConfigCustomizer flashkitRedisMessageStorage(
            RedisSessionStore store, ObjectProvider<MessageStorage> messageStorage) {
        return builder -> builder.messageStorage(messageStorage.getIfAvailable(store::messageStorage));
    }
}
