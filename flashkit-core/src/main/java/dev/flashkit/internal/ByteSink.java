package dev.flashkit.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for encoding cookie payloads: an {@link OutputStream} (so a JSON generator can write
 * into it) without {@link java.io.ByteArrayOutputStream}'s locks, since one thread writes, and with its array
 * handed out so a payload can be sealed in place without a copy.
 */
public class ByteSink extends OutputStream {
    private byte[] buf;
    private int count;

    /** An empty sink with room for {@code initialCapacity} bytes before it grows. */
    public ByteSink(int initialCapacity) {
        this.buf = new byte[Math.max(16, initialCapacity)];
    }

    @Override
    public void write(int b) {
        if (count == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        buf[count++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (count + length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, count + length));
        }
        System.arraycopy(bytes, offset, buf, count, length);
        count += length;
    }

    /** Appends all of {@code bytes}. */
    public void writeBytes(byte[] bytes) {
        write(bytes, 0, bytes.length);
    }

    /** How many bytes were written. */
    public int size() {
        return count;
    }

    /** The backing array: the written bytes are {@code [0, size())}; valid until the next write. */
    public byte[] array() {
        return buf;
    }

    /** A copy of the written bytes. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, count);
    }
}
