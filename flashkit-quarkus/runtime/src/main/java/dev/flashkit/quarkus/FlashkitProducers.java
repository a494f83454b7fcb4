package dev.flashkit.quarkus;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStore;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.SmallRyeConfig;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Locale;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The extension's CDI beans: the application's {@link Flashkit} (unless it declares its own), built from the
 * configuration with the application's {@link SessionStore}, {@link MessageStorage} and {@link FlashkitCustomizer}
 * beans, and the request-scoped {@link Session} and {@link Messages} of the current HTTP request.
 */
@Singleton
final class FlashkitProducers {
    private AutoCloseable ownStore;

    /** The Flashkit every request uses. */
    @Produces
    @Singleton
    @DefaultBean
    Flashkit flashkit(
            FlashkitRuntimeConfig settings,
            Instance<SessionStore> sessionStores,
            Instance<MessageStorage> messageStorages,
            Instance<FlashkitCustomizer> customizers) {
        SmallRyeConfig config = ConfigProvider.getConfig().unwrap(SmallRyeConfig.class);
        FlashkitConfig.Builder builder = QuarkusSettings.builder(
                name -> value(config.getConfigValue(name)),
                FlashkitProducers::variable,
                LaunchMode.current() == LaunchMode.NORMAL);
        if (sessionStores.isResolvable()) {
            builder.sessionStore(sessionStores.get());
        } else if (settings.session().store().equalsIgnoreCase("redis")) {
            ownStore = RedisStores.install(settings.redis(), builder, messageStorages.isResolvable());
        } else if (!settings.session().store().equalsIgnoreCase("cookie")) {
            throw new IllegalArgumentException("quarkus.flashkit.session.store must be 'cookie' or 'redis', not '"
                    + settings.session().store() + "'");
        }
        if (messageStorages.isResolvable()) {
            builder.messageStorage(messageStorages.get());
        }
        for (FlashkitCustomizer customizer : customizers) {
            customizer.customize(builder);
        }
        return Flashkit.create(builder.build());
    }

    /** The session of the current request, loaded before the handler ran. */
    @Produces
    @RequestScoped
    Session session(CurrentVertxRequest current) {
        return FlashkitQuarkus.session(routing(current, "session"));
    }

    /** The flash messages of the current request. */
    @Produces
    @RequestScoped
    Messages messages(CurrentVertxRequest current) {
        return FlashkitQuarkus.messages(routing(current, "messages"));
    }

    @PreDestroy
    void close() throws Exception {
        if (ownStore != null) {
            ownStore.close();
        }
    }

    private static RoutingContext routing(CurrentVertxRequest current, String what) {
        RoutingContext routing = current.getCurrent();
        if (routing == null) {
            throw new FlashkitNotInstalledException(
                    what,
                    "There is no current HTTP request: Flashkit's " + what
                            + " exists only while Quarkus serves a request (a REST resource, a @Route method). "
                            + FlashkitQuarkus.ADVICE);
        }
        return routing;
    }

    private static QuarkusSettings.Value value(ConfigValue value) {
        return value == null || value.getValue() == null
                ? null
                : new QuarkusSettings.Value(value.getValue(), value.getName() + " (" + value.getSourceName() + ")");
    }

    /** A {@code FLASHKIT_*} variable as core reads it: system property, its dotted form, then the environment. */
    static String variable(String name) {
        String dotted = name.toLowerCase(Locale.ROOT).replace('_', '.');
        String value = System.getProperty(name, System.getProperty(dotted));
        return value != null ? value : System.getenv(name);
    }
}
