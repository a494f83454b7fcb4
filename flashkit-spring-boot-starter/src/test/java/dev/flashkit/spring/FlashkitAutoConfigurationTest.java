package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.flashkit.Flashkit;
import dev.flashkit.SameSite;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.servlet.HttpSessionStore;
import dev.flashkit.session.MemorySessionStore;
import dev.flashkit.session.SessionStore;
import dev.flashkit.test.TestSecrets;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.NestedExceptionUtils;

/** The auto-configuration builds Flashkit from {@code flashkit.*} properties and registers the filter early. */
class FlashkitAutoConfigurationTest {
    private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(FlashkitAutoConfiguration.class))
            .withPropertyValues("flashkit.secret=" + TestSecrets.random());

    @Test
    void properties_cookieAndSessionSettings_reachFlashkitConfig() {
        runner.withPropertyValues(
                        "flashkit.session.cookie-name=sid",
                        "flashkit.session.max-age=2h",
                        "flashkit.session.idle-timeout=30m",
                        "flashkit.cookie.same-site=strict")
                .run(context -> {
                    Flashkit flashkit = context.getBean(Flashkit.class);
                    assertThat(flashkit.config().sessionCookieName()).isEqualTo("sid");
                    assertThat(flashkit.config().sessionMaxAge()).isEqualTo(Duration.ofHours(2));
                    assertThat(flashkit.config().sessionIdleTimeout()).isEqualTo(Duration.ofMinutes(30));
                    assertThat(flashkit.config().sameSite()).isEqualTo(SameSite.STRICT);
                    assertThat(flashkit.config().usesDevelopmentKey()).isFalse();
                });
    }

    @Test
    void filterRegistration_byDefault_runsBeforeSpringSecurityForRequestAsyncAndError() {
        runner.run(context -> {
            FilterRegistrationBean<?> registration =
                    context.getBean("flashkitFilterRegistration", FilterRegistrationBean.class);
            assertThat(registration.getFilter()).isInstanceOf(FlashkitFilter.class);
            // Spring Security's DelegatingFilterProxy is registered at -100 (SecurityProperties.DEFAULT_FILTER_ORDER).
            assertThat(registration.getOrder()).isLessThan(-100).isEqualTo(FlashkitAutoConfiguration.FILTER_ORDER);
            assertThat(registration.isAsyncSupported()).isTrue();
        });
    }

    @Test
    void sessionStoreProperty_memoryOrHttpSession_selectsStore() {
        runner.withPropertyValues("flashkit.session.store=memory")
                .run(context -> assertThat(context.getBean(Flashkit.class).sessionStore())
                        .isInstanceOf(MemorySessionStore.class));
        runner.withPropertyValues("flashkit.session.store=http-session")
                .run(context -> assertThat(context.getBean(Flashkit.class).sessionStore())
                        .isInstanceOf(HttpSessionStore.class));
    }

    @Test
    void sessionStoreBean_whenDefined_winsOverProperty() {
        MemorySessionStore custom = MemorySessionStore.create(10);
        runner.withBean(SessionStore.class, () -> custom)
                .run(context -> assertThat(context.getBean(Flashkit.class).sessionStore())
                        .isSameAs(custom));
    }

    @Test
    void env_unknownValue_failsStartupNamingTheProperty() {
        runner.withPropertyValues("flashkit.env=staging").run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                    .hasMessageStartingWith("flashkit.env (")
                    .hasMessageContaining("must be 'development' or 'production', not 'staging'");
        });
    }

    @Test
    void production_withoutSecret_failsStartupSayingHowToGenerateOne() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(FlashkitAutoConfiguration.class))
                .withPropertyValues("flashkit.env=production")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                            .hasMessageContaining("openssl rand");
                });
    }

    @Test
    void autoConfiguration_enabledFalse_installsNothing() {
        runner.withPropertyValues("flashkit.enabled=false").run(context -> {
            assertThat(context).doesNotHaveBean(Flashkit.class);
            assertThat(context).doesNotHaveBean("flashkitFilterRegistration");
        });
    }

    @Test
    void configurationMetadata_generatedByProcessor_describesEveryProperty() throws Exception {
        JsonNode metadata;
        try (InputStream in =
                FlashkitProperties.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in)
                    .as("metadata generated by spring-boot-configuration-processor")
                    .isNotNull();
            metadata = new ObjectMapper().readTree(in);
        }
        Map<String, JsonNode> properties = new HashMap<>();
        metadata.get("properties").forEach(p -> properties.put(p.get("name").asText(), p));

        assertThat(properties)
                .containsKeys(
                        "flashkit.enabled",
                        "flashkit.env",
                        "flashkit.secret",
                        "flashkit.secret-fallbacks",
                        "flashkit.session.cookie-name",
                        "flashkit.session.max-age",
                        "flashkit.session.idle-timeout",
                        "flashkit.session.store",
                        "flashkit.cookie.secure",
                        "flashkit.cookie.same-site",
                        "flashkit.cookie.domain",
                        "flashkit.cookie.host-prefix",
                        "flashkit.filter.order");
        properties.values().forEach(p -> assertThat(p.path("description").asText())
                .as(p.get("name").asText())
                .isNotBlank());
        assertThat(properties
                        .get("flashkit.session.cookie-name")
                        .get("defaultValue")
                        .asText())
                .isEqualTo("flashkit_session");
    }
}
