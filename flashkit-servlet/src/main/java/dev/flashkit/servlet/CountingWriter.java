package dev.flashkit.servlet;

import java.io.PrintWriter;

/**
 * The container's writer, telling the {@link CommittingResponse} before anything could commit it. Bytes
 * are estimated from characters with the charset's worst case, so Flashkit commits early rather than late.
 * A {@code PrintWriter} itself, handing each write straight to the container's: a template writes a page a few
 * characters at a time, and a second writer layer cost every one of those writes a lock.
 */
final class CountingWriter extends PrintWriter {
    private final PrintWriter delegate;
    private final CommittingResponse response;
    private final int bytesPerChar;

    CountingWriter(PrintWriter delegate, CommittingResponse response, int bytesPerChar) {
        super(delegate);
        this.delegate = delegate;
        this.response = response;
        this.bytesPerChar = Math.max(1, bytesPerChar);
    }

    @Override
    public void write(char[] buffer, int off, int len) {
        if (response.beforeWrite((long) len * bytesPerChar)) {
            delegate.write(buffer, off, len);
        }
    }

    @Override
    public void write(String s, int off, int len) {
        if (response.beforeWrite((long) len * bytesPerChar)) {
            delegate.write(s, off, len);
        }
    }

    @Override
    public void write(int c) {
        if (response.beforeWrite(bytesPerChar)) {
            delegate.write(c);
        }
    }

    /** {@code PrintWriter} writes the line separator to its target directly: counted here like any write. */
    @Override
    public void println() {
        write(System.lineSeparator());
    }

    @Override
    public void flush() {
        if (response.commitIfOpen()) { // else held back: the filter answers 503 instead
            delegate.flush();
        }
    }

    @Override
    public void close() {
        if (response.commitIfOpen()) { // else held back: the filter answers 503 instead
            delegate.close();
        }
    }

    @Override
    public boolean checkError() {
        return delegate.checkError();
    }
}
