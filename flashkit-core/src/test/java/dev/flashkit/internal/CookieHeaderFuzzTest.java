package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Fuzzes the {@code Cookie} header scan adapters use ({@link CookieHeader}). Any header: no exception, and a
 * found value is a piece of the header. A header built from {@code name=value} pairs the way browsers send them
 * ({@code "; "} between pairs): the first pair with the wanted name is found, whatever precedes it, and split
 * over several {@code Cookie} headers the answer is the same. Regression inputs under
 * {@code src/test/resources/dev/flashkit/internal/CookieHeaderFuzzTestInputs}; a long run: {@code scripts/fuzz.sh}.
 */
class CookieHeaderFuzzTest {

    @FuzzTest
    void find_anyHeader_findsTheFirstPairWithTheName(FuzzedDataProvider data) {
        String name = data.consumeBoolean() ? "flashkit_session" : cookieName(data);
        if (data.consumeBoolean()) {
            String header = data.consumeRemainingAsString();
            String found = CookieHeader.find(header, name);
            if (found != null) {
                assertThat(header).contains(found);
            }
            return;
        }
        List<String> pairs = new ArrayList<>();
        String expected = null;
        int count = data.consumeInt(0, 12);
        for (int i = 0; i < count; i++) {
            String pairName = data.consumeBoolean() ? name : cookieName(data);
            String value = cookieValue(data);
            if (expected == null && pairName.equals(name)) {
                expected = value;
            }
            pairs.add(pairName + "=" + value);
        }

        assertThat(CookieHeader.find(String.join("; ", pairs), name)).isEqualTo(expected);
        int split = data.consumeInt(0, pairs.size());
        List<String> headers = List.of(
                String.join("; ", pairs.subList(0, split)), String.join("; ", pairs.subList(split, pairs.size())));
        assertThat(CookieHeader.findInHeaders(Collections.enumeration(headers), name))
                .isEqualTo(expected);
    }

    /** A cookie name as RFC 6265 allows it (a token), possibly a prefix or extension of another. */
    private static String cookieName(FuzzedDataProvider data) {
        String raw = data.consumeAsciiString(20);
        StringBuilder name = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c > ' ' && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0) {
                name.append(c);
            }
        }
        return name.isEmpty() ? "a" : name.toString();
    }

    /** A cookie value as RFC 6265 allows it: cookie-octets, possibly empty. */
    private static String cookieValue(FuzzedDataProvider data) {
        String raw = data.consumeAsciiString(60);
        StringBuilder value = new StringBuilder();
        for (char c : raw.toCharArray()) {
            if (c > ' ' && c < 127 && c != '"' && c != ',' && c != ';' && c != '\\') {
                value.append(c);
            }
        }
        return value.toString();
    }
}
