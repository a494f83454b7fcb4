package dev.flashkit.spring.metrics;

import dev.flashkit.Flashkit;
import dev.flashkit.spring.FlashkitAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer and a {@link MeterRegistry} bean (Spring Boot Actuator): Flashkit's per-instance metrics as
 * {@code flashkit.*} meters, bound by a {@link MeterBinder} bean, so they show in {@code /actuator/metrics} and
 * every registry the application exports to. Turn them off with {@code management.metrics.enable.flashkit=false}.
 */
@AutoConfiguration(
        after = FlashkitAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
            "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"
        })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({MeterRegistry.class, Flashkit.class})
public class FlashkitMetricsAutoConfiguration {

    /** Creates the auto-configuration (Spring calls this). */
    public FlashkitMetricsAutoConfiguration() {}

    /** Binds the Flashkit bean's metrics to every registry (Actuator binds each {@link MeterBinder} bean). */
    @Bean
    @ConditionalOnMissingBean(name = "flashkitMeterBinder")
    public MeterBinder flashkitMeterBinder(Flashkit flashkit) {
        return new FlashkitMeterBinder(flashkit);
    }
}
