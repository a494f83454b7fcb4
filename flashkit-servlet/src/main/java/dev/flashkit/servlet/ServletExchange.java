package dev.flashkit.servlet;

import dev.flashkit.spi.Exchange;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;

/** The {@link Exchange} over a servlet request and the container's (unwrapped) response. */
final class ServletExchange implements Exchange {
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private int pendingStatus;
    private String pendingLocation;

    ServletExchange(HttpServletRequest request, HttpServletResponse response) {
        this.request = request;
        this.response = response;
    }

    /** Records the status (and Location) of a {@code sendError} / {@code sendRedirect} about to happen. */
    void pending(int status, String location) {
        this.pendingStatus = status;
        this.pendingLocation = location;
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
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return cookie.getValue();
            }
        }
        return null;
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
    public void addResponseHeader(String name, String value) {
        response.addHeader(name, value);
    }

    @Override
    public void setResponseHeader(String name, String value) {
        response.setHeader(name, value);
    }
}
