package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    private static String flashkit(Object value) {
        return new String(Json.write(value), StandardCharsets.UTF_8);
    }

    @Test
    void write_everyValueType_readsBackEqual() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("s", "plain");
        value.put(
                "escapes",
                "quote \" backslash \\ slash / nl \n cr \r tab \t bs \b ff \f nul \u0000 us \u001f del \u007f");
        value.put("unicode", "é ß € 中文 \u2028 \uffff");
        value.put("emoji", "\uD83D\uDE00");
        value.put("lone", "a\uD800b\uDC00c");
        value.put("long", Long.MIN_VALUE);
        value.put("double", 0.1);
        value.put("tiny", 1.0e-300);
        value.put("big", new BigInteger("123456789012345678901234567890"));
        value.put("decimal", new BigDecimal("0.1000000000000000000000000001"));
        value.put("bools", Arrays.asList(true, false, null));
        value.put("nested", Map.of("list", List.of(List.of(), Map.of())));
        value.put("", "empty key");

        assertThat(Json.readObject(Json.write(value), 1 << 20)).contains(value);
        assertThat(flashkit(Map.of("e", "\"\\\n\u0000"))).isEqualTo("{\"e\":\"\\\"\\\\\\n\\u0000\"}");
    }

    @Test
    void read_stringLongerThanOneMebibyteWithinMaxBytes_readsBack() {
        String s = "x".repeat((1 << 20) + 100);
        byte[] json = Json.write(List.of(s));

        assertThat(Json.read(json, json.length)).contains(List.of(s));
        assertThat(Json.read(json, json.length - 1))
                .as("the caller's limit still applies")
                .isEmpty();
    }

    @Test
    void write_randomStrings_readBackOrAreRefusedAtPut() {
        Random random = new Random(42);
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int j = 0; j < n; j++) {
                sb.append((char) (random.nextBoolean() ? random.nextInt(0x100) : random.nextInt(0x10000)));
            }
            String s = sb.toString();
            Map<String, Object> value = Map.of(s, s);

            assertThat(Json.readObject(Json.write(Map.of("k", s)), 1 << 20)).contains(Map.of("k", s));
            if (s.codePoints().noneMatch(c -> Character.isSurrogate((char) c) && c <= 0xffff)) {
                assertThat(Json.readObject(Json.write(value), 1 << 20)).contains(value);
            } else {
                assertThatThrownBy(() -> JsonValues.normalize("k", value))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("unpaired UTF-16 surrogate");
            }
        }
    }

    /** Found by JsonValuesFuzzTest: {@code -0.0} was put into a session and came back as {@code 0.0}. */
    @Test
    void writeThenRead_negativeZero_staysNegativeZero() {
        Object value = JsonValues.normalize("k", List.of(-0.0, -0.0f, 0.0));

        assertThat(Json.read(Json.write(value), 1 << 20)).contains(List.of(-0.0, -0.0, 0.0));
        assertThat(Json.read("-0.0e5".getBytes(StandardCharsets.UTF_8), 100)).contains(-0.0);
        assertThat(Json.read("-0".getBytes(StandardCharsets.UTF_8), 100)).contains(0L);
    }

    /**
     * Found by JsonValuesFuzzTest: a {@code BigDecimal} with scale 0 and more digits than a double holds is
     * written without a point, so it came back as a {@code BigInteger} (or a {@code Long}) and no longer equalled
     * what was put.
     */
    @Test
    void writeThenRead_wideIntegralDecimal_readsBackEqual() {
        Object value = JsonValues.normalize(
                "k",
                List.of(
                        new BigDecimal("77777000000000000000000000000000057385867251872"),
                        new BigDecimal("9007199254740993")));

        assertThat(Json.read(Json.write(value), 1 << 20)).contains(value);
    }

    @Test
    void write_largeDocument_growsTheBuffer() {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            items.add("item-" + i);
        }

        assertThat(Json.readObject(Json.write(Map.of("items", items)), 1 << 20)).contains(Map.of("items", items));
    }

    @Test
    void write_nonJsonValue_throwsNamingTheType() {
        assertThatThrownBy(() -> Json.write(Map.of("x", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
    }

    @Test
    void read_tenThousandDeep_isEmptyWithoutStackOverflow() {
        byte[] deep = ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
        byte[] deepObject = ("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8);

        assertThat(Json.read(deep, 1 << 20)).isEmpty();
        assertThat(Json.read(deepObject, 1 << 20)).isEmpty();
    }

    @Test
    void read_malformedOrTooLarge_isEmpty() {
        for (String bad : List.of("", "{", "{\"a\":}", "[1,]", "{} {}", "nul", "\"unterminated", "{'a':1}", "NaN")) {
            assertThat(Json.read(bad.getBytes(StandardCharsets.UTF_8), 100))
                    .as(bad)
                    .isEmpty();
        }
        assertThat(Json.read("[1,2,3]".getBytes(StandardCharsets.UTF_8), 6)).isEmpty();
        assertThat(Json.read(("[" + "9".repeat(100) + "]").getBytes(StandardCharsets.UTF_8), 1000))
                .isEmpty();
    }
}
