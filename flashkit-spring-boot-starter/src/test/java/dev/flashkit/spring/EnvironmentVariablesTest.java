package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.FlashkitSetting;
import dev.flashkit.adaptertests.DocSnippets;
import dev.flashkit.messages.Level;
import dev.flashkit.spring.config.ConfigApplication;
import dev.flashkit.test.TestSecrets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every {@link FlashkitSetting} row's {@code FLASHKIT_*} variable means under Spring Boot what it means outside
 * it ({@link FlashkitConfig#fromEnvironment(Map)}): Spring reads the variables as it reads real ones (relaxed
 * binding, {@link org.springframework.core.env.SystemEnvironmentPropertySource}), on embedded Tomcat. And the
 * documented precedence: command line over environment over application.properties.
 */
class EnvironmentVariablesTest {
    /** The documented application.properties (flashkit.messages.level=warning), in place of the application's own. */
    private static final String DOCUMENTED = "classpath:/precedence/";

    private static final String DOCUMENTED_FILE = "src/test/resources/precedence/application.properties";

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
    void environmentVariables_everyRowWithATextForm_meanWhatTheyMeanOutsideSpring() {
        String secret = TestSecrets.random();
        // Two runs, as a host-only __Host- cookie cannot also have a Domain and a Path.
        List<Map<String, String>> runs = List.of(
                variables(
                        "FLASHKIT_ENV=production",
                        "FLASHKIT_SECRET=" + secret,
                        "FLASHKIT_SECRET_FALLBACKS=" + TestSecrets.random(),
                        "FLASHKIT_SESSION_COOKIE_NAME=sid",
                        "FLASHKIT_SESSION_MAX_AGE=2d",
                        "FLASHKIT_SESSION_IDLE_TIMEOUT=1800",
                        "FLASHKIT_SESSION_COOKIE_PERSISTENT=false",
                        "FLASHKIT_COOKIE_SECURE=always",
                        "FLASHKIT_COOKIE_SAMESITE=strict",
                        "FLASHKIT_COOKIE_PATH=/shop",
                        "FLASHKIT_COOKIE_DOMAIN=example.test",
                        "FLASHKIT_MESSAGES_LEVEL=debug",
                        "FLASHKIT_MESSAGES_STORAGE=session",
                        "FLASHKIT_MESSAGES_COOKIE_NAME=flash",
                        "FLASHKIT_MESSAGES_MAX_AGE=20m",
                        "FLASHKIT_MESSAGES_TARGET_MAX_AGE=60",
                        "FLASHKIT_MESSAGES_BACKLOG=20",
                        "FLASHKIT_MESSAGES_BUNDLE=customization.greetings",
                        "FLASHKIT_MESSAGES_HTMX=false"),
                variables("FLASHKIT_ENV=production", "FLASHKIT_SECRET=" + secret, "FLASHKIT_COOKIE_HOST_PREFIX=true"));
        FlashkitConfig defaults = FlashkitConfig.builder().build();
        Set<FlashkitSetting> covered = new HashSet<>();

        for (Map<String, String> variables : runs) {
            FlashkitConfig outside = FlashkitConfig.fromEnvironment(variables).build();
            try (ConfigurableApplicationContext app =
                    ConfigApplication.with(new HashMap<>(variables)).run()) {
                FlashkitConfig spring = app.getBean(Flashkit.class).config();
                for (FlashkitSetting setting : FlashkitSetting.values()) {
                    if (variables.containsKey(setting.variable())) {
                        Object value = READ.get(setting).apply(spring);
                        assertThat(value)
                                .as(setting.variable())
                                .isEqualTo(READ.get(setting).apply(outside));
                        assertThat(value)
                                .as(setting.variable() + " changed something")
                                .isNotEqualTo(READ.get(setting).apply(defaults));
                        covered.add(setting);
                    }
                }
            }
        }

        assertThat(covered)
                .as("every row with a text form is tried")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(FlashkitSetting.values())
                        .filter(FlashkitSetting::hasTextForm)
                        .toList());
    }

    @Test
    void precedence_variableOverApplicationProperties_variableWins() {
        try (ConfigurableApplicationContext app = ConfigApplication.with(Map.of("FLASHKIT_MESSAGES_LEVEL", "debug"))
                .properties("spring.config.location=" + DOCUMENTED)
                .run()) {
            assertThat(level(app)).isEqualTo(Level.DEBUG);
        }
    }

    @Test
    void precedence_applicationPropertiesAlone_apply() {
        try (ConfigurableApplicationContext app = ConfigApplication.with(Map.of())
                .properties("spring.config.location=" + DOCUMENTED)
                .run()) {
            assertThat(level(app)).isEqualTo(Level.WARNING);
        }
    }

    @Test
    void precedence_commandLineOverVariable_commandLineWins() {
        try (ConfigurableApplicationContext app = ConfigApplication.with(Map.of("FLASHKIT_MESSAGES_LEVEL", "debug"))
                .properties("spring.config.location=" + DOCUMENTED)
                .run("--flashkit.messages.level=error")) {
            assertThat(level(app)).isEqualTo(Level.ERROR);
        }
    }

    @Test
    void docs_springBootPage_quotesTheTestedFile() throws Exception {
        DocSnippets.assertDocShows(Path.of("../docs/spring-boot.md"), Path.of(DOCUMENTED_FILE));
    }

    private static Level level(ConfigurableApplicationContext app) {
        return app.getBean(Flashkit.class).config().messages().level();
    }

    private static Map<String, String> variables(String... assignments) {
        Map<String, String> variables = new HashMap<>();
        for (String assignment : assignments) {
            int eq = assignment.indexOf('=');
            variables.put(assignment.substring(0, eq), assignment.substring(eq + 1));
        }
        return variables;
    }
}
