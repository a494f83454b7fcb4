package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CookieHeaderTest {

    @Test
    void find_amongOtherCookies_returnsTheNamedValue() {
        String header = "theme=dark; flashkit_messages=AQID-_x; flashkit_session=abc";

        assertThat(CookieHeader.find(header, "flashkit_messages")).isEqualTo("AQID-_x");
        assertThat(CookieHeader.find(header, "flashkit_session")).isEqualTo("abc");
        assertThat(CookieHeader.find(header, "theme")).isEqualTo("dark");
    }

    @Test
    void find_nameIsOnlyAPrefixOrSuffixOfAnother_returnsNull() {
        String header = "xflashkit_messages=1; flashkit_messages_old=2;flashkit_messagesx=3";

        assertThat(CookieHeader.find(header, "flashkit_messages")).isNull();
    }

    @Test
    void find_duplicateName_returnsTheFirstLikeTheContainer() {
        assertThat(CookieHeader.find("a=1; a=2", "a")).isEqualTo("1");
    }

    @Test
    void find_spacingQuotesAndEmptyValues_areHandled() {
        assertThat(CookieHeader.find("  a=1 ;\tb=\"quoted\";c=", "b")).isEqualTo("quoted");
        assertThat(CookieHeader.find("  a=1 ;\tb=\"quoted\";c=", "a")).isEqualTo("1");
        assertThat(CookieHeader.find("  a=1 ;\tb=\"quoted\";c=", "c")).isEmpty();
    }

    @Test
    void find_garbageOrMissingHeader_returnsNull() {
        assertThat(CookieHeader.find(null, "a")).isNull();
        assertThat(CookieHeader.find("", "a")).isNull();
        assertThat(CookieHeader.find(";;; =; a", "a")).isNull();
        assertThat(CookieHeader.find("a", "a")).isNull();
    }

    @Test
    void findInHeaders_cookieInSecondHeader_returnsIt() {
        Enumeration<String> headers = Collections.enumeration(List.of("theme=dark", "flashkit_session=abc"));

        assertThat(CookieHeader.findInHeaders(headers, "flashkit_session")).isEqualTo("abc");
    }

    @Test
    void findInHeaders_noHeaders_returnsNull() {
        assertThat(CookieHeader.findInHeaders(null, "a")).isNull();
        assertThat(CookieHeader.findInHeaders(Collections.emptyEnumeration(), "a"))
                .isNull();
    }
}
