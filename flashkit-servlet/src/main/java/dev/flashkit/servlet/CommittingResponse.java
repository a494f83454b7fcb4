package dev.flashkit.servlet;

import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestLifecycle;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.Optional;

/**
 * Wraps the container's response so Flashkit commits (writes its cookies and cache headers) just before
 * the container would commit the response: before a write that fills the buffer or reaches the declared
 * content length, before {@code flush}, {@code close}, {@code flushBuffer}, {@code sendRedirect} (all four
 * overloads of Servlet 6.1) and {@code sendError}, and — from the filter — at the end of the chain or on async
 * completion. Obtaining the stream or writer does not commit, so a template that consumes messages while
 * rendering still counts.
 *
 * <p>What committing means — commit, or abandon a server error (5xx) — is the adapter kit's
 * {@link RequestLifecycle}; this class only finds the moments.
 */
final class CommittingResponse extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private final RequestLifecycle lifecycle;
    private final ServletExchange exchange;
    private volatile boolean held;
    private long written;
    private long contentLength = -1;
    /**
     * Bytes the request's thread may still write without looking at the buffer size, content length or lifecycle:
     * 0 until the checked path has run, and after anything that changes them (a new buffer size or content length,
     * a reset). The checked path is synchronized; this one is not (one thread writes a response).
     */
    private long unchecked;

    private ServletOutputStream stream;
    private PrintWriter writer;

    CommittingResponse(
            HttpServletRequest request,
            HttpServletResponse response,
            RequestLifecycle lifecycle,
            ServletExchange exchange) {
        super(response);
        this.request = request;
        this.lifecycle = lifecycle;
        this.exchange = exchange;
    }

    /**
     * Ends the request at a commit point unless already ended ({@link RequestLifecycle#end}). Returns
     * {@code false} when the store failed, so the response must not be sent: the filter replaces it with 503, and
     * until then its body is dropped.
     */
    boolean commitIfOpen() {
        try {
            lifecycle.end(exchange.status());
            // an async response has no filter waiting to replace it, so it goes out as it is
            boolean send = lifecycle.storeFailure(exchange.status(), null).isEmpty() || request.isAsyncStarted();
            held = !send;
            return send;
        } catch (SessionStoreException failure) {
            held = !request.isAsyncStarted(); // whatever the application answers instead, the filter answers 503
            throw failure;
        }
    }

    /** Ends the request after the chain: {@link RequestLifecycle#finish}, the store failure to answer 503 for. */
    Optional<SessionStoreException> finish(Throwable thrown) {
        return lifecycle.finish(exchange.status(), thrown);
    }

    /** Drops this request's changes: the request failed (an exception escaped the handler). */
    void abandon() {
        lifecycle.abandon(); // nothing after a commit; else returns messages a shared store set aside
    }

    /**
     * Called before {@code bytes} more bytes reach the container's buffer; {@code false} when they must not,
     * because the store failed and the filter will answer 503 instead.
     */
    boolean beforeWrite(long bytes) {
        if (bytes < unchecked && !held) { // a template writes a few chars at a time: most writes end here
            unchecked -= bytes;
            written += bytes;
            return true;
        }
        return beforeWriteChecked(bytes);
    }

    private synchronized boolean beforeWriteChecked(long bytes) {
        if (!lifecycle.isEnded()) {
            boolean fillsBuffer = written + bytes > Math.max(0, getBufferSize());
            boolean reachesLength = contentLength >= 0 && written + bytes >= contentLength;
            if (fillsBuffer || reachesLength) {
                commitIfOpen();
            }
        }
        if (held) {
            return false; // the filter replaces this response with 503: its body would only commit it
        }
        written += bytes;
        unchecked = lifecycle.isEnded() ? Long.MAX_VALUE : uncheckedLeft();
        return true;
    }

    /** Bytes that fit before the buffer fills or the content length is reached, less one (both checks are strict). */
    private long uncheckedLeft() {
        long left = Math.max(0, getBufferSize()) - written;
        if (contentLength >= 0) {
            left = Math.min(left, contentLength - written - 1);
        }
        return Math.max(0, left);
    }

    @Override
    public synchronized void setBufferSize(int size) {
        super.setBufferSize(size);
        unchecked = 0;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new CountingOutputStream(super.getOutputStream(), this);
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new CountingWriter(super.getWriter(), this, maxBytesPerChar(getCharacterEncoding()));
        }
        return writer;
    }

    /** The most bytes one char can take in {@code encoding}: 3 for UTF-8 (no lookup), 4 when unknown. */
    static int maxBytesPerChar(String encoding) {
        if (encoding == null) {
            return 4;
        }
        if (encoding.equalsIgnoreCase("UTF-8")) {
            return 3;
        }
        try {
            return (int) Math.ceil(Charset.forName(encoding).newEncoder().maxBytesPerChar());
        } catch (IllegalArgumentException | UnsupportedOperationException unknown) {
            return 4;
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (commitIfOpen()) {
            super.flushBuffer();
        }
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        commitAs(SC_FOUND, location);
        super.sendRedirect(location);
    }

    // Servlet 6.1's overloads: HttpServletResponseWrapper hands them straight to the container, which would commit
    // before Flashkit's cookies. A 6.0 container never calls them (its API has no such methods).

    @Override
    public void sendRedirect(String location, int sc) throws IOException {
        commitAs(sc, location);
        super.sendRedirect(location, sc);
    }

    @Override
    public void sendRedirect(String location, boolean clearBuffer) throws IOException {
        commitAs(SC_FOUND, location);
        super.sendRedirect(location, clearBuffer);
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        commitAs(sc, location);
        super.sendRedirect(location, sc, clearBuffer);
    }

    /**
     * Lets Flashkit see the status (and a redirect's target, for targeted messages) the container is about to
     * send, then commits it: before {@code sendRedirect} and {@code sendError}.
     */
    private void commitAs(int status, String location) {
        exchange.pending(status, location);
        commitIfOpen();
    }

    @Override
    public void sendError(int sc) throws IOException {
        commitAs(sc, null);
        super.sendError(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        commitAs(sc, null);
        super.sendError(sc, msg);
    }

    @Override
    public synchronized void resetBuffer() {
        super.resetBuffer();
        written = 0; // the discarded bytes never reached the client
        unchecked = 0;
    }

    @Override
    public synchronized void reset() {
        super.reset();
        written = 0;
        contentLength = -1;
        unchecked = 0;
    }

    @Override
    public synchronized void setContentLength(int len) {
        contentLength = len;
        unchecked = 0;
        super.setContentLength(len);
    }

    @Override
    public synchronized void setContentLengthLong(long len) {
        contentLength = len;
        unchecked = 0;
        super.setContentLengthLong(len);
    }
}
