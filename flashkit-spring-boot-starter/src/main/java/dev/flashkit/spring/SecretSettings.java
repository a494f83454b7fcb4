package dev.flashkit.spring;

import dev.flashkit.FlashkitConfig;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.env.Environment;

/**
 * Puts {@code flashkit.secret} and {@code flashkit.secret-fallbacks} on the builder, telling it where they came
 * from so that Flashkit's messages name the property (and its file) or the environment variable. A value in
 * which Spring left a placeholder unresolved — {@code flashkit.secret=${FLASHKIT_SECRET}} with FLASHKIT_SECRET
 * unset binds the literal text — is no secret: a missing secret in development, a refusal in production.
 */
final class SecretSettings {
    private static final Log LOG = LogFactory.getLog(FlashkitAutoConfiguration.class);

    private SecretSettings() {}

    static void apply(FlashkitProperties p, Environment environment, boolean production, FlashkitConfig.Builder b) {
        String secret = p.getSecret();
        String secretSource;
        if (secret == null || secret.isBlank()) {
            secretSource = "flashkit.secret (or the FLASHKIT_SECRET environment variable)";
        } else if (SettingSource.hasUnresolvedPlaceholder(secret)) {
            SettingSource source = SettingSource.of(environment, "flashkit.secret");
            LOG.warn("Flashkit: " + source + " contains the placeholder " + SettingSource.placeholder(secret) + ", but "
                    + SettingSource.placeholderName(secret) + " is not set: Flashkit treats this as no secret.");
            secretSource = SettingSource.placeholderName(secret) + " (placeholder in " + source.where() + ")";
        } else {
            b.secret(secret);
            secretSource = SettingSource.of(environment, "flashkit.secret").toString();
        }
        SettingSource fallbacksSource = fallbacksSource(environment);
        List<String> fallbacks = new ArrayList<>();
        for (String fallback : p.getSecretFallbacks()) {
            if (SettingSource.hasUnresolvedPlaceholder(fallback)) {
                unresolvedFallback(fallback, fallbacksSource, production);
            } else if (!fallback.isBlank()) {
                fallbacks.add(fallback);
            }
        }
        b.fallbackSecrets(fallbacks).secretSources(secretSource, fallbacksSource.toString());
    }

    private static void unresolvedFallback(String fallback, SettingSource source, boolean production) {
        String name = SettingSource.placeholderName(fallback);
        String problem = "An entry of " + source + " contains the placeholder " + SettingSource.placeholder(fallback)
                + ", but " + name + " is not set.";
        if (production) {
            throw new ConfigurationFailure(
                    problem + " Production mode does not drop an older secret silently: cookies sealed with it"
                            + " would no longer open.",
                    "Set " + name + " to that older secret, or remove the entry from " + source.name()
                            + " once no cookie sealed with it is in use.");
        }
        LOG.warn("Flashkit: " + problem + " The entry is ignored.");
    }

    private static SettingSource fallbacksSource(Environment environment) {
        SettingSource list = SettingSource.of(environment, "flashkit.secret-fallbacks");
        if (list.origin() != null || list.environmentVariable()) {
            return list;
        }
        SettingSource first = SettingSource.of(environment, "flashkit.secret-fallbacks[0]");
        return first.origin() != null || first.environmentVariable() ? first : list;
    }
}
