package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private static final String ALPHABET = "/ab.?=&%-_~!$'()*+,;:@# [\u00e9";

    @Test
    void sameOriginTarget_plainPaths_matchTheFullUriParse() {
        Random random = new Random(7);
        int plain = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder location = new StringBuilder("/");
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                location.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String s = location.toString();
            if (Delivery.isPlainPath(s)) {
                plain++;
                assertThat(Delivery.sameOriginTarget(null, s)).as(s).isEqualTo(Delivery.parsedTarget(null, s));
            }
        }
        assertThat(plain).as("plain paths among the generated ones").isGreaterThan(5_000);
    }

    @Test
    void sameOriginTarget_commonRedirects_keepPathAndQuery() {
        assertThat(Delivery.sameOriginTarget(null, "/show")).isEqualTo("/show");
        assertThat(Delivery.sameOriginTarget(null, "/items?page=2&sort=name")).isEqualTo("/items?page=2&sort=name");
        assertThat(Delivery.sameOriginTarget(null, "/items?")).isEqualTo("/items");
        assertThat(Delivery.sameOriginTarget(null, "/")).isEqualTo("/");
    }

    @Test
    void isPlainPath_pathsThatNormalisationChanges_takeTheFullParse() {
        for (String s : List.of(
                "/a/../b", "/a/./b", "/a//b", "//evil.example/x", "/a%2fb", "/a#top", "/caf\u00e9", " /a", "/a b")) {
            assertThat(Delivery.isPlainPath(s)).as(s).isFalse();
        }
        assertThat(Delivery.sameOriginTarget(null, "/a/../b")).isEqualTo("/b");
        assertThat(Delivery.sameOriginTarget(null, "/a#top")).isEqualTo("/a");
    }
}
