package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SetCookieHeaderTest {
    private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    private static final SetCookieHeader.Attributes ATTRIBUTES =
            new SetCookieHeader.Attributes("/", null, false, true, "Lax");

    @Test
    void appendHttpDate_instantsFrom1970To2200_matchTheJdkRfc1123Formatter() {
        SplittableRandom random = new SplittableRandom(42);
        long end = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long second = i < 10 ? i * 86_399L : random.nextLong(end);
            StringBuilder sb = new StringBuilder();
            SetCookieHeader.appendHttpDate(sb, second);
            assertThat(sb.toString()).isEqualTo(RFC_1123.format(Instant.ofEpochSecond(second)));
        }
    }

    @Test
    void of_withMaxAge_writesMaxAgeAndTheMatchingExpiresDate() {
        String header = SetCookieHeader.of(
                "flashkit_messages",
                "abc",
                Duration.ofSeconds(301),
                Instant.parse("2026-03-05T09:08:07.900Z"),
                ATTRIBUTES);

        assertThat(header)
                .isEqualTo("flashkit_messages=abc; Max-Age=301; Expires=Thu, 5 Mar 2026 09:13:08 GMT; Path=/;"
                        + " HttpOnly; SameSite=Lax");
    }
}
