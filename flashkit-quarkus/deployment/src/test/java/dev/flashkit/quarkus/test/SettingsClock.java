package dev.flashkit.quarkus.test;

import dev.flashkit.quarkus.FlashkitCustomizer;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A {@link FlashkitCustomizer} bean giving Flashkit a clock that follows the one a test hands it in {@link #follow}. */
@Singleton
public class SettingsClock implements FlashkitCustomizer {
    private static volatile Clock target = Clock.systemUTC();

    /** From now on Flashkit's clock reads {@code clock}. */
    static void follow(Clock clock) {
        target = clock;
    }

    @Override
    public void customize(dev.flashkit.FlashkitConfig.Builder builder) {
        builder.clock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return target.instant();
            }
        });
    }
}
