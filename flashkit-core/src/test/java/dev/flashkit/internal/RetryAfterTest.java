package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    @Test
    void seconds_wholeSeconds_keptAsTheyAre() {
        assertThat(RetryAfter.seconds(Duration.ZERO)).isZero();
        assertThat(RetryAfter.seconds(Duration.ofSeconds(1))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ofMinutes(2))).isEqualTo(120);
    }

    @Test
    void seconds_fractions_roundedUp() {
        assertThat(RetryAfter.seconds(Duration.ofNanos(1))).isEqualTo(1);
        assertThat(RetryAfter.seconds(Duration.ofMillis(1500))).isEqualTo(2);
        assertThat(RetryAfter.seconds(Duration.ofSeconds(3).plusNanos(1))).isEqualTo(4);
    }

    @Test
    void seconds_negativeOrNull_refusedWithTheParameterName() {
        assertThatThrownBy(() -> RetryAfter.seconds(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("retryAfter must not be negative");
        assertThatThrownBy(() -> RetryAfter.seconds(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("retryAfter must not be null");
    }
}
