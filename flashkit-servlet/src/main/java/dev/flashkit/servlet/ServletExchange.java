package dev.flashkit.servlet;

import dev.flashkit.internal.CookieHeader;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.StoreUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The {@link Exchange} over a servlet request and the container's (unwrapped) response. */
final class ServletExchange implements Exchange {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final Function<? super HttpServletRequest, List<Locale>> locales;
    private int pendingStatus;
    private String pendingLocation;
    private CommittingResponse committingResponse;

    /** {@code locales}: the readers' locales of a request, or {@code null} for {@code Accept-Language}. */
    ServletExchange(
            HttpServletRequest request,
            HttpServletResponse response,
            Function<? super HttpServletRequest, List<Locale>> locales) {
        this.request = request;
        this.response = response;
        this.locales = locales;
    }

    /** The filter's response wrapper for this request, found again on an async dispatch. */
    void committingResponse(CommittingResponse wrapped) {
        this.committingResponse = wrapped;
    }

    CommittingResponse committingResponse() {
        return committingResponse;
    }

    /** Records the status (and Location) of a {@code sendError} / {@code sendRedirect} about to happen. */
    void pending(int status, String location) {
        this.pendingStatus = status;
        this.pendingLocation = location;
    }

    /**
     * Replaces the response — status, headers (Flashkit's cookies included) and buffered body — with
     * {@code page}; {@code false} when it was sent already, so nothing could be done.
     */
    boolean replaceWith(StoreUnavailable page) throws IOException {
        if (response.isCommitted()) {
            return false;
        }
        response.reset();
        byte[] body = page.body();
        response.setStatus(page.status());
        page.headers().forEach(response::setHeader);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        return true;
    }

    @Override
    public String method() {
        return request.getMethod().toUpperCase(Locale.ROOT);
    }

    @Override
    public String path() {
        return request.getRequestURI();
    }

    @Override
    public String query() {
        return request.getQueryString();
    }

    @Override
    public String cookie(String name) {
        // The raw header, not request.getCookies(): the container would parse every cookie with its RFC 6265
        // checks, which under load cost as much as opening the sealed value (whose codec validates it anyway).
        return CookieHeader.findInHeaders(request.getHeaders("Cookie"), name);
    }

    @Override
    public String header(String name) {
        return request.getHeader(name);
    }

    @Override
    public boolean isSecure() {
        return request.isSecure();
    }

    @Override
    public int status() {
        return pendingStatus != 0 ? pendingStatus : response.getStatus();
    }

    @Override
    public String responseHeader(String name) {
        if (pendingLocation != null && name.equalsIgnoreCase("Location")) {
            return pendingLocation;
        }
        return response.getHeader(name);
    }

    @Override
    public List<String> responseHeaders(String name) {
        return List.copyOf(response.getHeaders(name));
    }

    @Override
    public void addResponseHeader(String name, String value) {
        response.addHeader(name, value);
    }

    @Override
    public List<Locale> locales() {
        return locales != null ? locales.apply(request) : Exchange.super.locales();
    }

    @Override
    public void setResponseHeader(String name, String value) {
        response.setHeader(name, value);
    }
}
