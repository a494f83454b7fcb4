package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flashkit.FlashkitSetting.Group;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The settings table agrees with the builder, with the environment and with its own defaults. */
class FlashkitSettingTest {
    private final String secret = FlashkitConfigTest.randomSecret();

    /** One text a row accepts, what the config reads back for it, and how to read it. */
    private record Sample(String text, Object expected, Function<FlashkitConfig, Object> read) {}

    /** A non-default sample for every row with a text form: a new row without one fails the tests below. */
    private final Map<FlashkitSetting, Sample> samples = new EnumMap<>(Map.ofEntries(
            Map.entry(FlashkitSetting.ENV, new Sample("production", true, FlashkitConfig::isProduction)),
            Map.entry(FlashkitSetting.SECRET, new Sample(secret, false, FlashkitConfig::usesDevelopmentKey)),
            Map.entry(
                    FlashkitSetting.SECRET_FALLBACKS,
                    new Sample(
                            FlashkitConfigTest.randomSecret() + " " + FlashkitConfigTest.randomSecret(),
                            3,
                            c -> c.keyIds().size())),
            Map.entry(FlashkitSetting.SESSION_COOKIE_NAME, new Sample("sid", "sid", FlashkitConfig::sessionCookieName)),
            Map.entry(
                    FlashkitSetting.SESSION_MAX_AGE,
                    new Sample("8h", Duration.ofHours(8), FlashkitConfig::sessionMaxAge)),
            Map.entry(
                    FlashkitSetting.SESSION_IDLE_TIMEOUT,
                    new Sample("PT30M", Duration.ofMinutes(30), FlashkitConfig::sessionIdleTimeout)),
            Map.entry(FlashkitSetting.SESSION_COOKIE_PERSISTENT, new Sample("false", false, c -> c.session()
                    .persistentCookie())),
            Map.entry(
                    FlashkitSetting.COOKIE_SECURE,
                    new Sample("always", CookieSecurity.ALWAYS, FlashkitConfig::cookieSecurity)),
            Map.entry(FlashkitSetting.COOKIE_SAMESITE, new Sample("strict", SameSite.STRICT, FlashkitConfig::sameSite)),
            Map.entry(FlashkitSetting.COOKIE_PATH, new Sample("/app", "/app", FlashkitConfig::cookiePath)),
            Map.entry(
                    FlashkitSetting.COOKIE_DOMAIN,
                    new Sample("example.com", "example.com", FlashkitConfig::cookieDomain)),
            Map.entry(FlashkitSetting.COOKIE_HOST_PREFIX, new Sample("false", false, FlashkitConfig::hostPrefix)),
            Map.entry(FlashkitSetting.MESSAGES_LEVEL, new Sample("debug", Level.DEBUG, c -> c.messages()
                    .level())),
            Map.entry(
                    FlashkitSetting.MESSAGES_STORAGE,
                    new Sample(
                            "session", SessionMessageStorage.create().toString(), FlashkitSettingTest::storageInUse)),
            Map.entry(FlashkitSetting.MESSAGES_COOKIE_NAME, new Sample("flash", "flash", c -> c.messages()
                    .cookieName())),
            Map.entry(FlashkitSetting.MESSAGES_MAX_AGE, new Sample("20m", Duration.ofMinutes(20), c -> c.messages()
                    .maxAge())),
            Map.entry(
                    FlashkitSetting.MESSAGES_TARGET_MAX_AGE,
                    new Sample("60", Duration.ofSeconds(60), c -> c.messages().targetMaxAge())),
            Map.entry(FlashkitSetting.MESSAGES_BACKLOG, new Sample("20", 20, c -> c.messages()
                    .backlog())),
            Map.entry(
                    FlashkitSetting.MESSAGES_BUNDLE,
                    new Sample("testmessages.labels", "widget was saved", c -> c.messages()
                            .textResolver()
                            .resolve("item.saved", List.of("widget"), List.of(Locale.ROOT)))),
            Map.entry(FlashkitSetting.MESSAGES_HTMX, new Sample("off", false, c -> c.messages()
                    .htmx()))));

    @Test
    void table_everyBuilderMethod_hasOneRow() {
        List<String> methods = Arrays.stream(FlashkitConfig.Builder.class.getMethods())
                .map(Method::getName)
                .filter(name -> !name.equals("build"))
                .sorted()
                .toList();

        assertThat(Arrays.stream(FlashkitSetting.values())
                        .map(FlashkitSetting::builderName)
                        .sorted())
                .containsExactlyElementsOf(methods);
    }

    @Test
    void table_textRows_nameAVariableAndAPropertyOfTheirGroup() {
        for (FlashkitSetting s : FlashkitSetting.values()) {
            if (!s.hasTextForm()) {
                assertThat(s.variable()).as(s.name()).isNull();
                assertThat(s.property()).as(s.name()).isNull();
                continue;
            }
            String path = s.property().substring("flashkit.".length());
            // Spring Boot's relaxed binding maps the property to these variable names.
            String upper = path.toUpperCase(Locale.ROOT).replace('.', '_');
            assertThat(List.of("FLASHKIT_" + upper.replace("-", ""), "FLASHKIT_" + upper.replace('-', '_')))
                    .as(s.name())
                    .contains(s.variable());
            String prefix = s.group() == Group.GENERAL ? "" : s.group().name().toLowerCase(Locale.ROOT) + ".";
            assertThat(path).as(s.name()).startsWith(prefix);
            assertThat(s.doc()).as(s.name()).isNotBlank();
        }
    }

    @Test
    void fromEnvironment_everyTextRow_reachesTheConfig() {
        assertThat(samples.keySet()).containsExactlyInAnyOrderElementsOf(textRows());
        Map<String, String> variables = new HashMap<>();
        samples.forEach((setting, sample) -> variables.put(setting.variable(), sample.text()));

        FlashkitConfig config = FlashkitConfig.fromEnvironment(variables).build();

        samples.forEach((setting, sample) ->
                assertThat(sample.read().apply(config)).as(setting.name()).isEqualTo(sample.expected()));
    }

    @Test
    void apply_defaultColumn_isTheBuildersDefault() {
        FlashkitConfig defaults = FlashkitConfig.builder().secret(secret).build();
        for (FlashkitSetting setting : textRows()) {
            Sample sample = samples.get(setting);
            Object expected = sample.read().apply(defaults);
            if (setting.defaultValue() == null) {
                assertThat(expected).as(setting.name()).isIn(null, false, 1);
                continue;
            }
            FlashkitConfig.Builder builder = FlashkitConfig.builder().secret(secret);
            FlashkitConfig config =
                    setting.apply(builder, setting.defaultValue(), "test").build();

            assertThat(sample.read().apply(config)).as(setting.name()).isEqualTo(expected);
        }
    }

    @Test
    void apply_badValue_throwsIllegalArgumentNamingTheSettingAndItsSource() {
        assertThatThrownBy(() -> FlashkitSetting.COOKIE_PATH.apply(
                        FlashkitConfig.builder(), "shop", "flashkit.cookie.path (a.properties - 1:1)"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("cookiePath must start with '/' and contain no ';' or spaces;"
                        + " set by flashkit.cookie.path (a.properties - 1:1)");
        assertThatThrownBy(() -> FlashkitSetting.MESSAGES_BACKLOG.apply(
                        FlashkitConfig.builder(), "many", "FLASHKIT_MESSAGES_BACKLOG"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("FLASHKIT_MESSAGES_BACKLOG must be a number, not 'many'");
        assertThatThrownBy(() -> FlashkitSetting.MESSAGES_LEVEL.apply(
                        FlashkitConfig.builder(), "loud", "FLASHKIT_MESSAGES_LEVEL"))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("not 'loud'; set by FLASHKIT_MESSAGES_LEVEL");
    }

    @Test
    void apply_secretTooShort_neverShowsTheValue() {
        String tooShort = "abcdefgh";
        assertThatThrownBy(() -> FlashkitSetting.SECRET
                        .apply(FlashkitConfig.builder(), tooShort, "FLASHKIT_SECRET")
                        .production(true)
                        .build())
                .isInstanceOf(FlashkitException.class)
                .hasMessageNotContaining(tooShort);
    }

    @Test
    void apply_codeOnlyRow_throwsIllegalStateNamingTheBuilderMethod() {
        assertThatThrownBy(() -> FlashkitSetting.SESSION_STORE.apply(FlashkitConfig.builder(), "memory", "test"))
                .isExactlyInstanceOf(IllegalStateException.class)
                .hasMessage(
                        "SESSION_STORE cannot be set from text: call FlashkitConfig.Builder.sessionStore(SessionStore)"
                                + " in code");
    }

    @Test
    void fromEnvironment_durationWithUnit_isReadLikeSpringBoots() {
        FlashkitConfig config = FlashkitConfig.fromEnvironment(Map.of(
                        "FLASHKIT_SESSION_MAX_AGE", "14d",
                        "FLASHKIT_SESSION_IDLE_TIMEOUT", "30m",
                        "FLASHKIT_MESSAGES_MAX_AGE", "90s",
                        "FLASHKIT_MESSAGES_TARGET_MAX_AGE", "500ms"))
                .build();

        assertThat(config.sessionMaxAge()).isEqualTo(Duration.ofDays(14));
        assertThat(config.sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(config.messages().maxAge()).isEqualTo(Duration.ofSeconds(90));
        assertThat(config.messages().targetMaxAge()).isEqualTo(Duration.ofMillis(500));
    }

    /** The storage {@link Flashkit} uses, described: the configured one, else the fallback storage. */
    private static Object storageInUse(FlashkitConfig config) {
        MessageStorage storage = config.messages().storage();
        return (storage != null ? storage : FallbackMessageStorage.create()).toString();
    }

    private static List<FlashkitSetting> textRows() {
        return Arrays.stream(FlashkitSetting.values())
                .filter(FlashkitSetting::hasTextForm)
                .collect(Collectors.toList());
    }
}
