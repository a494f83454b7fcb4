package dev.flashkit.servlet;

import java.io.IOException;
import java.io.Writer;

/**
 * The container's writer, telling the {@link CommittingResponse} before anything could commit it. Bytes
 * are estimated from characters with the charset's worst case, so Flashkit commits early rather than late.
 */
final class CountingWriter extends Writer {
    private final Writer delegate;
    private final CommittingResponse response;
    private final int bytesPerChar;

    CountingWriter(Writer delegate, CommittingResponse response, int bytesPerChar) {
        this.delegate = delegate;
        this.response = response;
        this.bytesPerChar = Math.max(1, bytesPerChar);
    }

    @Override
    public void write(char[] buffer, int off, int len) throws IOException {
        if (response.beforeWrite((long) len * bytesPerChar)) {
            delegate.write(buffer, off, len);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        if (response.beforeWrite((long) len * bytesPerChar)) {
            delegate.write(s, off, len);
        }
    }

    @Override
    public void write(int c) throws IOException {
        if (response.beforeWrite(bytesPerChar)) {
            delegate.write(c);
        }
    }

    @Override
    public void flush() throws IOException {
        if (response.commitIfOpen()) { // else held back: the filter answers 503 instead
            delegate.flush();
        }
    }

    @Override
    public void close() throws IOException {
        if (response.commitIfOpen()) { // else held back: the filter answers 503 instead
            delegate.close();
        }
    }
}
