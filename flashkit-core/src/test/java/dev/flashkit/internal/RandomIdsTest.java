package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RandomIdsTest {
    @Test
    void nextBytes_manyNoncesAcrossPoolRefills_neverRepeatAndNeverZero() {
        Set<ByteBuffer> seen = new HashSet<>();
        for (int i = 0; i < 5_000; i++) { // 60,000 bytes: dozens of refills of the per-thread pool
            byte[] nonce = new byte[12];
            RandomIds.nextBytes(nonce);
            assertThat(nonce).isNotEqualTo(new byte[12]);
            assertThat(seen.add(ByteBuffer.wrap(nonce)))
                    .as("nonce %d is fresh", i)
                    .isTrue();
        }
    }

    @Test
    void nextBytes_requestLargerThanThePool_filledCompletely() {
        byte[] big = new byte[4096];
        RandomIds.nextBytes(big);
        int zeros = 0;
        for (byte b : big) {
            zeros += b == 0 ? 1 : 0;
        }
        assertThat(zeros).isLessThan(64); // about 16 expected for random bytes
    }

    @Test
    void newId_twoCalls_differentAndThirtyTwoCharacters() {
        String a = RandomIds.newId();
        String b = RandomIds.newId();
        assertThat(a).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(b).hasSize(32).isNotEqualTo(a);
    }
}
