package dev.flashkit.quarkus;

import dev.flashkit.internal.CookieHeader;
import dev.flashkit.spi.Exchange;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An {@link Exchange} over one Vert.x request. Until a Quarkus REST response filter hands over the JAX-RS response
 * ({@link #respondThrough}), the response side is the Vert.x response; afterwards status and headers are the JAX-RS
 * response's, which Quarkus REST copies onto the Vert.x response when it writes it.
 */
final class VertxExchange implements Exchange {
    private final RoutingContext routing;
    private ContainerResponseContext jaxrs;

    VertxExchange(RoutingContext routing) {
        this.routing = routing;
    }

    /** From now on status and response headers are those of {@code response} (a Quarkus REST response filter's). */
    void respondThrough(ContainerResponseContext response) {
        this.jaxrs = response;
    }

    @Override
    public String method() {
        return routing.request().method().name();
    }

    @Override
    public String path() {
        return routing.request().path();
    }

    @Override
    public String query() {
        return routing.request().query();
    }

    @Override
    public String cookie(String name) {
        HttpServerRequest request = routing.request();
        return CookieHeader.findInHeaders(
                Collections.enumeration(request.headers().getAll("Cookie")), name);
    }

    @Override
    public String header(String name) {
        String value = routing.request().getHeader(name);
        if (value == null && "Host".equalsIgnoreCase(name)) {
            // HTTP/2 carries the host in the :authority pseudo-header, which Vert.x keeps apart from the headers
            HostAndPort authority = routing.request().authority();
            if (authority != null) {
                value = authority.port() >= 0 ? authority.host() + ":" + authority.port() : authority.host();
            }
        }
        return value;
    }

    @Override
    public boolean isSecure() {
        return routing.request().isSSL()
                || "https".equalsIgnoreCase(routing.request().scheme());
    }

    @Override
    public int status() {
        return jaxrs != null ? jaxrs.getStatus() : routing.response().getStatusCode();
    }

    @Override
    public String responseHeader(String name) {
        List<String> all = responseHeaders(name);
        return all.isEmpty() ? null : all.get(0);
    }

    @Override
    public List<String> responseHeaders(String name) {
        List<String> values = new ArrayList<>(routing.response().headers().getAll(name));
        if (jaxrs != null) {
            List<String> own = jaxrs.getStringHeaders().get(name);
            if (own != null) {
                values.addAll(own);
            }
        }
        return values;
    }

    @Override
    public void addResponseHeader(String name, String value) {
        if (jaxrs != null) {
            jaxrs.getHeaders().add(name, value);
        } else {
            routing.response().headers().add(name, value);
        }
    }

    @Override
    public void setResponseHeader(String name, String value) {
        routing.response().headers().remove(name);
        if (jaxrs != null) {
            jaxrs.getHeaders().putSingle(name, value);
        } else {
            routing.response().headers().set(name, value);
        }
    }
}
