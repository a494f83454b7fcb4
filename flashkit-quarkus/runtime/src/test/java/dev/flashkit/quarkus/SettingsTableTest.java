package dev.flashkit.quarkus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitException;
import dev.flashkit.FlashkitSetting;
import dev.flashkit.messages.Level;
import dev.flashkit.test.TestSecrets;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code quarkus.flashkit.*} is Flashkit's settings table: every row with a text form has its property in {@link
 * FlashkitRuntimeConfig}, each property means what the row's {@code FLASHKIT_*} variable means, a variable wins over
 * the property, and the mode follows Quarkus' launch mode unless set.
 */
class SettingsTableTest {
    /** What each row sets, read back from a config. */
    private static final Map<FlashkitSetting, Function<FlashkitConfig, Object>> READ = new HashMap<>();

    static {
        READ.put(FlashkitSetting.ENV, FlashkitConfig::isProduction);
        READ.put(FlashkitSetting.SECRET, c -> c.keyIds().get(0));
        READ.put(FlashkitSetting.SECRET_FALLBACKS, FlashkitConfig::keyIds);
        READ.put(FlashkitSetting.SESSION_COOKIE_NAME, FlashkitConfig::sessionCookieName);
        READ.put(FlashkitSetting.SESSION_MAX_AGE, FlashkitConfig::sessionMaxAge);
        READ.put(FlashkitSetting.SESSION_IDLE_TIMEOUT, FlashkitConfig::sessionIdleTimeout);
        READ.put(FlashkitSetting.SESSION_COOKIE_PERSISTENT, c -> c.session().persistentCookie());
        READ.put(FlashkitSetting.COOKIE_SECURE, FlashkitConfig::cookieSecurity);
        READ.put(FlashkitSetting.COOKIE_SAMESITE, FlashkitConfig::sameSite);
        READ.put(FlashkitSetting.COOKIE_PATH, FlashkitConfig::cookiePath);
        READ.put(FlashkitSetting.COOKIE_DOMAIN, FlashkitConfig::cookieDomain);
        READ.put(FlashkitSetting.COOKIE_HOST_PREFIX, FlashkitConfig::hostPrefix);
        READ.put(FlashkitSetting.MESSAGES_LEVEL, c -> c.messages().level());
        READ.put(FlashkitSetting.MESSAGES_STORAGE, c -> c.messages().storage());
        READ.put(FlashkitSetting.MESSAGES_COOKIE_NAME, c -> c.messages().cookieName());
        READ.put(FlashkitSetting.MESSAGES_MAX_AGE, c -> c.messages().maxAge());
        READ.put(FlashkitSetting.MESSAGES_TARGET_MAX_AGE, c -> c.messages().targetMaxAge());
        READ.put(FlashkitSetting.MESSAGES_BACKLOG, c -> c.messages().backlog());
        READ.put(
                FlashkitSetting.MESSAGES_BUNDLE,
                c -> c.messages().textResolver().toString());
        READ.put(FlashkitSetting.MESSAGES_HTMX, c -> c.messages().htmx());
    }

    @Test
    void configMapping_everyRowWithATextForm_hasItsQuarkusProperty() {
        Set<String> properties = properties("quarkus.flashkit", FlashkitRuntimeConfig.class);

        for (FlashkitSetting setting : FlashkitSetting.values()) {
            if (setting.hasTextForm()) {
                assertThat(properties).as(setting.variable()).contains("quarkus." + setting.property());
            }
        }
        assertThat(READ.keySet())
                .as("every row with a text form is read back below")
                .containsExactlyInAnyOrderElementsOf(List.of(FlashkitSetting.values()).stream()
                        .filter(FlashkitSetting::hasTextForm)
                        .toList());
    }

    @Test
    void docs_quarkusPage_listsEveryProperty() throws Exception {
        String page = Files.readString(Path.of("../../docs/quarkus.md"));

        for (String property : properties("quarkus.flashkit", FlashkitRuntimeConfig.class)) {
            assertThat(page).as("docs/quarkus.md lists " + property).contains("| `" + property + "` |");
        }
    }

    @Test
    void properties_everyRowWithATextForm_meanWhatTheVariablesMean() {
        // Two runs, as a host-only __Host- cookie cannot also have a Domain and a Path.
        List<Map<String, String>> runs = List.of(
                Map.ofEntries(
                        Map.entry("FLASHKIT_ENV", "production"),
                        Map.entry("FLASHKIT_SECRET", TestSecrets.random()),
                        Map.entry("FLASHKIT_SECRET_FALLBACKS", TestSecrets.random()),
                        Map.entry("FLASHKIT_SESSION_COOKIE_NAME", "sid"),
                        Map.entry("FLASHKIT_SESSION_MAX_AGE", "2d"),
                        Map.entry("FLASHKIT_SESSION_IDLE_TIMEOUT", "1800"),
                        Map.entry("FLASHKIT_SESSION_COOKIE_PERSISTENT", "false"),
                        Map.entry("FLASHKIT_COOKIE_SECURE", "always"),
                        Map.entry("FLASHKIT_COOKIE_SAMESITE", "strict"),
                        Map.entry("FLASHKIT_COOKIE_PATH", "/shop"),
                        Map.entry("FLASHKIT_COOKIE_DOMAIN", "example.test"),
                        Map.entry("FLASHKIT_MESSAGES_LEVEL", "debug"),
                        Map.entry("FLASHKIT_MESSAGES_STORAGE", "session"),
                        Map.entry("FLASHKIT_MESSAGES_COOKIE_NAME", "flash"),
                        Map.entry("FLASHKIT_MESSAGES_MAX_AGE", "20m"),
                        Map.entry("FLASHKIT_MESSAGES_TARGET_MAX_AGE", "60"),
                        Map.entry("FLASHKIT_MESSAGES_BACKLOG", "20"),
                        Map.entry("FLASHKIT_MESSAGES_BUNDLE", "shop.labels"),
                        Map.entry("FLASHKIT_MESSAGES_HTMX", "false")),
                Map.of(
                        "FLASHKIT_ENV", "production",
                        "FLASHKIT_SECRET", TestSecrets.random(),
                        "FLASHKIT_COOKIE_HOST_PREFIX", "true"));
        FlashkitConfig defaults = FlashkitConfig.builder().build();
        Set<FlashkitSetting> covered = new HashSet<>();

        for (Map<String, String> variables : runs) {
            FlashkitConfig outside = FlashkitConfig.fromEnvironment(variables).build();
            FlashkitConfig quarkus = QuarkusSettings.builder(asProperties(variables), name -> null, false)
                    .build();
            for (FlashkitSetting setting : FlashkitSetting.values()) {
                if (setting.hasTextForm() && variables.containsKey(setting.variable())) {
                    Object value = READ.get(setting).apply(quarkus);
                    assertThat(value)
                            .as(setting.property())
                            .isEqualTo(READ.get(setting).apply(outside));
                    assertThat(value)
                            .as(setting.property() + " changed something")
                            .isNotEqualTo(READ.get(setting).apply(defaults));
                    covered.add(setting);
                }
            }
        }
        assertThat(covered).containsExactlyInAnyOrderElementsOf(READ.keySet());
    }

    @Test
    void variable_andProperty_variableWins() {
        FlashkitConfig config = QuarkusSettings.builder(
                        asProperties(Map.of("FLASHKIT_MESSAGES_LEVEL", "warning")),
                        Map.of("FLASHKIT_MESSAGES_LEVEL", "error")::get,
                        false)
                .build();

        assertThat(config.messages().level()).isEqualTo(Level.ERROR);
    }

    @Test
    void badProperty_failsNamingThePropertyAndItsSource() {
        QuarkusSettings.Value bad = new QuarkusSettings.Value("fortnight", "quarkus.flashkit.session.max-age (test)");

        assertThatThrownBy(() -> QuarkusSettings.builder(
                        name -> name.equals("quarkus.flashkit.session.max-age") ? bad : null, name -> null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quarkus.flashkit.session.max-age (test)");
    }

    @Test
    void prodLaunchMode_withoutSecret_failsWithFlashkitsMessage() {
        assertThatThrownBy(() -> QuarkusSettings.builder(name -> null, name -> null, true)
                        .build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageContaining("quarkus.flashkit.secret");
    }

    @Test
    void prodLaunchMode_withSecret_isProduction() {
        FlashkitConfig config = QuarkusSettings.builder(
                        asProperties(Map.of("FLASHKIT_SECRET", TestSecrets.random())), name -> null, true)
                .build();

        assertThat(config.isProduction()).isTrue();
        assertThat(config.usesDevelopmentKey()).isFalse();
    }

    @Test
    void devOrTestLaunchMode_withoutSecret_runsOnADevelopmentKey() {
        FlashkitConfig config =
                QuarkusSettings.builder(name -> null, name -> null, false).build();

        assertThat(config.isProduction()).isFalse();
        assertThat(config.usesDevelopmentKey()).isTrue();
    }

    @Test
    void prodLaunchMode_envSetToDevelopment_isDevelopment() {
        FlashkitConfig config = QuarkusSettings.builder(
                        asProperties(Map.of("FLASHKIT_ENV", "development")), name -> null, true)
                .build();

        assertThat(config.isProduction()).isFalse();
    }

    /** {@code variables} as the {@code quarkus.flashkit.*} properties the table names. */
    private static Function<String, QuarkusSettings.Value> asProperties(Map<String, String> variables) {
        Map<String, QuarkusSettings.Value> properties = new HashMap<>();
        for (FlashkitSetting setting : FlashkitSetting.values()) {
            if (setting.hasTextForm() && variables.containsKey(setting.variable())) {
                String name = "quarkus." + setting.property();
                properties.put(name, new QuarkusSettings.Value(variables.get(setting.variable()), name + " (test)"));
            }
        }
        return properties::get;
    }

    /** The property names of a {@code @ConfigMapping} interface: its methods in kebab case, groups nested. */
    private static Set<String> properties(String prefix, Class<?> mapping) {
        Set<String> names = new HashSet<>();
        for (Method method : mapping.getMethods()) {
            String name = prefix + "." + kebab(method.getName());
            if (method.getReturnType().isInterface() && method.getReturnType().getEnclosingClass() != null) {
                names.addAll(properties(name, method.getReturnType()));
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
