package dev.flashkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ByteSinkTest {
    @Test
    void writes_pastEveryCapacity_keepTheBytesInOrder() {
        Random random = new Random(3);
        ByteSink sink = new ByteSink(1);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 500; i++) {
            if (random.nextBoolean()) {
                int b = random.nextInt(256);
                sink.write(b);
                expected.write(b);
            } else {
                byte[] chunk = new byte[random.nextInt(100)];
                random.nextBytes(chunk);
                int offset = chunk.length == 0 ? 0 : random.nextInt(chunk.length);
                sink.write(chunk, offset, chunk.length - offset);
                expected.write(chunk, offset, chunk.length - offset);
            }
        }

        assertThat(sink.size()).isEqualTo(expected.size());
        assertThat(sink.toByteArray()).isEqualTo(expected.toByteArray());
        assertThat(Arrays.copyOf(sink.array(), sink.size())).isEqualTo(expected.toByteArray());
    }

    @Test
    void writeBytes_wholeArray_appended() {
        ByteSink sink = new ByteSink(16);
        sink.write(7);
        sink.writeBytes(new byte[] {1, 2, 3});

        assertThat(sink.toByteArray()).containsExactly(7, 1, 2, 3);
    }
}
