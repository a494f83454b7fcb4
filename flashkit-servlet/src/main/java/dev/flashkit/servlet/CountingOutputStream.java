package dev.flashkit.servlet;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.nio.ByteBuffer;

/** The container's output stream, telling the {@link CommittingResponse} before anything could commit it. */
final class CountingOutputStream extends ServletOutputStream {
    private final ServletOutputStream delegate;
    private final CommittingResponse response;

    CountingOutputStream(ServletOutputStream delegate, CommittingResponse response) {
        this.delegate = delegate;
        this.response = response;
    }

    @Override
    public void write(int b) throws IOException {
        if (response.beforeWrite(1)) {
            delegate.write(b);
        }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (response.beforeWrite(len)) {
            delegate.write(b, off, len);
        }
    }

    /** Servlet 6.1's write; counted, then handed to the container's own (a 6.0 container never calls it). */
    @Override
    public void write(ByteBuffer buffer) throws IOException {
        if (response.beforeWrite(buffer.remaining())) {
            delegate.write(buffer);
        } else {
            buffer.position(buffer.limit()); // consumed, like a write that went out
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

    @Override
    public boolean isReady() {
        return delegate.isReady();
    }

    @Override
    public void setWriteListener(WriteListener writeListener) {
        delegate.setWriteListener(writeListener);
    }
}
