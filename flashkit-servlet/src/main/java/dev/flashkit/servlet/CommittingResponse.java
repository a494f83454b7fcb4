package dev.flashkit.servlet;

import dev.flashkit.RequestContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Wraps the container's response so Flashkit commits (writes its cookies and cache headers) just before
 * the container would commit the response: before a write that fills the buffer or reaches the declared
 * content length, before {@code flush}, {@code close}, {@code flushBuffer}, {@code sendRedirect} (all four
 * overloads of Servlet 6.1) and {@code sendError}, and — from the filter — at the end of the chain or on async
 * completion. Obtaining the stream or writer does not commit, so a template that consumes messages while
 * rendering still counts.
 *
 * <p>A response whose status is a server error (5xx) is abandoned instead: nothing is saved or consumed
 * ({@link dev.flashkit.RequestContext#abandon()}).
 */
final class CommittingResponse extends HttpServletResponseWrapper {
    private final HttpServletRequest request;
    private final RequestContext context;
    private final ServletExchange exchange;
    private final boolean httpSessionStore;
    private boolean done;
    private long written;
    private long contentLength = -1;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CommittingResponse(
            HttpServletRequest request,
            HttpServletResponse response,
            RequestContext context,
            ServletExchange exchange,
            boolean httpSessionStore) {
        super(response);
        this.request = request;
        this.context = context;
        this.exchange = exchange;
        this.httpSessionStore = httpSessionStore;
    }

    /** Commits Flashkit's state unless already done; abandons it for a 5xx response. */
    synchronized void commitIfOpen() {
        if (done) {
            return;
        }
        done = true;
        if (exchange.status() >= 500) {
            context.abandon();
            return;
        }
        if (httpSessionStore) {
            HttpSessionStore.runWith(request, context::commit);
        } else {
            context.commit();
        }
    }

    /** Drops this request's changes: the request failed (an exception escaped the handler). */
    synchronized void abandon() {
        done = true;
        context.abandon(); // nothing after a commit; else returns messages a shared store set aside
    }

    /** Called before {@code bytes} more bytes reach the container's buffer. */
    synchronized void beforeWrite(long bytes) {
        if (!done) {
            boolean fillsBuffer = written + bytes > Math.max(0, getBufferSize());
            boolean reachesLength = contentLength >= 0 && written + bytes >= contentLength;
            if (fillsBuffer || reachesLength) {
                commitIfOpen();
            }
        }
        written += bytes;
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
            writer = new PrintWriter(
                    new CountingWriter(super.getWriter(), this, maxBytesPerChar(getCharacterEncoding())));
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
        commitIfOpen();
        super.flushBuffer();
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
    }

    @Override
    public synchronized void reset() {
        super.reset();
        written = 0;
        contentLength = -1;
    }

    @Override
    public void setContentLength(int len) {
        contentLength = len;
        super.setContentLength(len);
    }

    @Override
    public void setContentLengthLong(long len) {
        contentLength = len;
        super.setContentLengthLong(len);
    }
}
