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

    @Test
    void appendHttpDate_sameAndAlternatingSeconds_eachFormattedForItsOwnSecond() {
        long a = 784_111_777L;
        long b = a + 1;
        for (long second : new long[] {a, a, b, a, b, b}) {
            assertThat(SetCookieHeader.appendHttpDate(new StringBuilder("x"), second)
                            .toString())
                    .isEqualTo("x" + IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
        }
    }

    @Test
    void deletion_equalButNotIdenticalAttributes_sameHeader_otherAttributesTheirOwn() {
        String first = SetCookieHeader.deletion("sid", ATTRIBUTES);
        String equal = SetCookieHeader.deletion(
                new String("sid"), new SetCookieHeader.Attributes("/", null, true, true, "Lax"));
        String plain = SetCookieHeader.deletion("sid", new SetCookieHeader.Attributes("/", null, false, true, "Lax"));
        String other = SetCookieHeader.deletion("other", ATTRIBUTES);

        assertThat(equal).isEqualTo(first);
        assertThat(plain).doesNotContain("Secure").startsWith("sid=;");
        assertThat(other).startsWith("other=;").contains("; Secure");
    }

    @Test
    void byteLength_asciiAndNonAscii_isTheUtf8Length() {
        for (String header : new String[] {"", "sid=v; Path=/", "sid=v; Path=/caf\u00e9", "k=\u20ac\ud83d\ude00"}) {
            assertThat(SetCookieHeader.byteLength(header))
                    .as(header)
                    .isEqualTo(header.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
    }
}
