package dev.flashkit.spring;

import dev.flashkit.FlashkitException;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.FlashkitSetting;
import dev.flashkit.internal.Secrets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns Flashkit's startup failures — a missing or weak secret in production, an own {@code Flashkit} bean
 * outside production mode, an invalid {@code flashkit.env} or cookie setting — into Spring Boot's "APPLICATION
 * FAILED TO START" report, instead of a long stack trace under "Unable to start web server". Registered in
 * {@code META-INF/spring.factories}; Spring Boot passes the environment, if there is one yet.
 */
final class FlashkitFailureAnalyzer implements FailureAnalyzer {
    private static final String SECRET_ACTION = "Set the FLASHKIT_SECRET environment variable (bound to"
            + " flashkit.secret) to at least 32 random bytes, base64 or hex. Generate one with:%n%n"
            + "    openssl rand -base64 32%n%n"
            + "Keep it out of version control; every instance of the application needs the same secret. For local"
            + " development leave flashkit.env unset (development): Flashkit then uses a random per-process key.";

    /** Builder settings named in Flashkit's own messages, and the properties that set them. */
    private static final Map<String, String> PROPERTIES = Arrays.stream(FlashkitSetting.values())
            .filter(FlashkitSetting::hasTextForm)
            .collect(Collectors.toMap(FlashkitSetting::builderName, FlashkitSetting::property));

    private final Environment environment;

    FlashkitFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationFailure known) {
                return new FailureAnalysis(known.description(), known.action(), known);
            }
            if (t instanceof FlashkitException && String.valueOf(t.getMessage()).contains(Secrets.HOW_TO_GENERATE)) {
                String problem = t.getMessage().replace(" " + Secrets.HELP, ""); // the action says it better
                return new FailureAnalysis(problem, SECRET_ACTION.formatted(), t);
            }
            if (thrownByFlashkit(t)) {
                return invalidSetting(t);
            }
        }
        return null;
    }

    private static boolean thrownByFlashkit(Throwable t) {
        boolean settingError = t.getClass() == FlashkitException.class // not a store failure
                || t instanceof IllegalArgumentException
                || (t instanceof IllegalStateException && !(t instanceof FlashkitNotInstalledException));
        StackTraceElement[] stack = t.getStackTrace();
        return settingError && stack.length > 0 && stack[0].getClassName().startsWith("dev.flashkit.");
    }

    private FailureAnalysis invalidSetting(Throwable t) {
        List<String> properties = new ArrayList<>();
        PROPERTIES.forEach((setting, property) -> {
            if (Pattern.compile("\\b" + setting + "\\b")
                    .matcher(String.valueOf(t.getMessage()))
                    .find()) {
                properties.add(property);
            }
        });
        properties.sort(null);
        StringBuilder description = new StringBuilder("Flashkit's configuration is invalid: " + t.getMessage());
        if (!properties.isEmpty() && environment != null) {
            description.append(String.format("%n%nThe properties involved:%n"));
            properties.forEach(p -> description.append(String.format("%n    %s", SettingSource.of(environment, p))));
        }
        String action = properties.isEmpty()
                ? "Correct the Flashkit setting the description names, in the flashkit.* properties or in the code"
                        + " that configures Flashkit (a FlashkitConfigCustomizer or your own Flashkit bean)."
                : "Correct " + String.join(", ", properties) + " (or the builder call in your"
                        + " FlashkitConfigCustomizer or own Flashkit bean that sets it).";
        return new FailureAnalysis(description.toString(), action, t);
    }
}
