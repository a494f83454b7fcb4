package dev.flashkit.spring;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Holds every {@link Flashkit} bean to {@code flashkit.env=production} (or {@code FLASHKIT_ENV=production}),
 * the application's own included: the {@code flashkit.*} properties do not reach a bean the application builds
 * itself, so without this check such a bean would run with a random development key in production.
 */
final class ProductionModeCheck implements BeanPostProcessor {
    private final Environment environment;

    ProductionModeCheck(Environment environment) {
        this.environment = environment;
    }

    /**
     * Whether {@code env} (the value of {@code flashkit.env}) asks for production mode; any value but
     * development or production fails, naming where it was set.
     */
    static boolean production(String env, Environment environment) {
        String value = env == null ? "development" : env.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "production", "prod" -> true;
            case "development", "dev", "test" -> false;
            default ->
                throw new ConfigurationFailure(
                        SettingSource.of(environment, "flashkit.env") + " must be 'development' or 'production', not '"
                                + env + "'.",
                        "Set flashkit.env (or the FLASHKIT_ENV environment variable) to development or production.");
        };
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof Flashkit flashkit) {
            FlashkitConfig config = flashkit.config();
            if ((!config.isProduction() || config.usesDevelopmentKey()) && production(env(), environment)) {
                throw new ConfigurationFailure(
                        SettingSource.of(environment, "flashkit.env") + " asks for production mode, but the Flashkit"
                                + " bean '" + beanName + "' " + problem(config) + ". The flashkit.* properties do not"
                                + " reach a Flashkit bean the application declares itself.",
                        "Remove that bean and declare a FlashkitConfigCustomizer bean instead: it receives the"
                                + " builder already filled from the flashkit.* properties. Or build the bean with"
                                + " FlashkitConfig.builder().production(true).secret(...), the secret being at least"
                                + " 32 random bytes (generate one with: openssl rand -base64 32).");
            }
        }
        return bean;
    }

    private static String problem(FlashkitConfig config) {
        if (config.isProduction()) {
            return "uses a random development key";
        }
        return config.usesDevelopmentKey()
                ? "is not in production mode and uses a random development key"
                : "is not in production mode";
    }

    private String env() {
        return Binder.get(environment).bind("flashkit.env", String.class).orElse(null);
    }
}
