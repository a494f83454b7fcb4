package dev.flashkit.benchmarks.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CryptoFloorTest {
    private static final byte[] PLAINTEXT = "Item 'widget' added successfully!".getBytes(StandardCharsets.UTF_8);
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private final CryptoFloor floor = new CryptoFloor();

    @Test
    void open_sealedValue_returnsThePlaintext() {
        assertThat(floor.open(floor.seal(PLAINTEXT))).isEqualTo(PLAINTEXT);
    }

    @Test
    void seal_samePlaintextTwice_givesDifferentValuesOfTheSameLength() {
        String first = floor.seal(PLAINTEXT);
        String second = floor.seal(PLAINTEXT);

        assertThat(second).isNotEqualTo(first).hasSameSizeAs(first);
        assertThat(first).hasSize(((12 + PLAINTEXT.length + 16) * 4 + 2) / 3).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void open_anyCharacterChanged_returnsNull() {
        String sealed = floor.seal(PLAINTEXT);
        // Every position but the last, whose low bits base64 ignores: nonce, ciphertext and tag all covered.
        for (int i = 0; i < sealed.length() - 1; i++) {
            char other = ALPHABET.charAt((ALPHABET.indexOf(sealed.charAt(i)) + 1) % ALPHABET.length());
            String tampered = sealed.substring(0, i) + other + sealed.substring(i + 1);

            assertThat(floor.open(tampered)).as("changed at %d", i).isNull();
        }
    }

    @Test
    void open_malformedTruncatedOrForeignValue_returnsNull() {
        String sealed = floor.seal(PLAINTEXT);

        assertThat(floor.open(null)).isNull();
        assertThat(floor.open("")).isNull();
        assertThat(floor.open("%%%not base64")).isNull();
        assertThat(floor.open("AAAA")).isNull();
        assertThat(floor.open(sealed.substring(0, sealed.length() - 4))).isNull();
        assertThat(new CryptoFloor().open(sealed)).isNull();
    }
}
