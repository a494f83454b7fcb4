package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes {@link JsonValues#normalize}, the gate every session value passes, with value trees of every type a
 * handler might put (JSON-compatible or not, numbers at their edges, deep nesting, odd strings). The
 * invariants: it returns or throws {@link IllegalArgumentException} (the documented refusal), nothing else; a
 * returned value is immutable, normalises to itself, and a JSON round trip (what a session save and load do)
 * yields an equal value. Also {@link Json#read} on any bytes: empty or a value that round trips. Regression
 * inputs under {@code src/test/resources/dev/flashkit/internal/JsonValuesFuzzTestInputs}; a long run:
 * {@code scripts/fuzz.sh}.
 */
class JsonValuesFuzzTest {

    @FuzzTest
    void normalize_anyValue_refusedOrRoundTripsThroughJson(FuzzedDataProvider data) {
        Object value = value(data, 0);
        Object normalized;
        try {
            normalized = JsonValues.normalize("key", value);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).contains("'key'");
            return;
        }

        assertThat(JsonValues.normalize("key", normalized)).isEqualTo(normalized);
        assertThat(Json.read(Json.write(normalized), Integer.MAX_VALUE))
                .contains(normalized == null ? Json.NULL : normalized);
        if (normalized instanceof List<?> list) {
            assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
        } else if (normalized instanceof Map<?, ?> map) {
            assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
        }
    }

    @FuzzTest
    void read_anyBytes_emptyOrRoundTrips(byte[] json) {
        Optional<Object> read = Json.read(json, 4096);
        if (read.isEmpty() || read.get() == Json.NULL) {
            return;
        }

        assertThat(Json.read(Json.write(read.get()), Integer.MAX_VALUE)).contains(read.get());
    }

    private static Object value(FuzzedDataProvider data, int depth) {
        int kind = data.consumeInt(0, depth > 40 ? 13 : 15);
        return switch (kind) {
            case 0 -> null;
            case 1 -> data.consumeString(30);
            case 2 -> data.consumeBoolean();
            case 3 -> data.consumeLong();
            case 4 -> data.consumeInt();
            case 5 -> data.consumeShort();
            case 6 -> data.consumeByte();
            case 7 -> data.consumeRegularDouble();
            case 8 -> data.consumeDouble();
            case 9 -> data.consumeFloat();
            case 10 -> bigInteger(data.consumeBytes(40));
            case 11 -> decimal(data.consumeAsciiString(80));
            case 12 -> data.consumeBoolean() ? Instant.ofEpochSecond(data.consumeInt()) : new char[] {'x'};
            case 13 -> data.consumeBoolean() ? 'c' : new Object();
            case 14 -> {
                List<Object> list = new ArrayList<>();
                int size = data.consumeInt(0, 5);
                for (int i = 0; i < size; i++) {
                    list.add(value(data, depth + 1));
                }
                yield list;
            }
            default -> {
                Map<Object, Object> map = new LinkedHashMap<>();
                int size = data.consumeInt(0, 5);
                for (int i = 0; i < size; i++) {
                    Object name = data.consumeInt(0, 20) == 0 ? (Object) data.consumeInt() : data.consumeString(12);
                    map.put(name, value(data, depth + 1));
                }
                yield map;
            }
        };
    }

    private static BigInteger bigInteger(byte[] twosComplement) {
        return twosComplement.length == 0 ? BigInteger.ZERO : new BigInteger(twosComplement);
    }

    /** A BigDecimal spelt by the input, or a plain one when the input is no number. */
    private static BigDecimal decimal(String digits) {
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException notANumber) {
            return BigDecimal.valueOf(digits.length(), digits.length() % 7);
        }
    }
}
