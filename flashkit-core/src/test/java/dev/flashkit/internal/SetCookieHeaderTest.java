package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SetCookieHeaderTest {
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    private static final SetCookieHeader.Attributes ATTRIBUTES =
            new SetCookieHeader.Attributes("/", null, true, true, "Lax");

    @Test
    void appendHttpDate_manyInstants_matchesImfFixdateAndParsesBack() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(0, 253_402_300_799L); // 1970 .. 9999-12-31T23:59:59Z
            String formatted =
                    SetCookieHeader.appendHttpDate(new StringBuilder(), second).toString();

            assertThat(formatted).isEqualTo(IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            assertThat(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(formatted)))
                    .isEqualTo(Instant.ofEpochSecond(second));
        }
    }

    @Test
    void of_cookieWithMaxAge_writesEveryAttribute() {
        Instant now = Instant.parse("1994-11-06T08:49:37Z");

        assertThat(SetCookieHeader.of("sid", "v", Duration.ofSeconds(3600), now, ATTRIBUTES))
                .isEqualTo("sid=v; Max-Age=3600; Expires=Sun, 06 Nov 1994 09:49:37 GMT; Path=/; Secure; HttpOnly;"
                        + " SameSite=Lax");
    }

    @Test
    void deletion_anyCookie_expiresAtOnce() {
        assertThat(SetCookieHeader.deletion("sid", ATTRIBUTES))
                .isEqualTo("sid=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure; HttpOnly;"
                        + " SameSite=Lax");
    }
}
