package dev.flashkit.webflux;

import dev.flashkit.internal.CookieHeader;
import dev.flashkit.spi.Exchange;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;

/** The {@link Exchange} over a WebFlux {@link ServerWebExchange}: its request, and its response's headers. */
final class WebFluxExchange implements Exchange {
    private final ServerWebExchange exchange;
    private final Function<? super ServerWebExchange, List<Locale>> locales;

    /** {@code locales}: the readers' locales of an exchange, or {@code null} for {@code Accept-Language}. */
    WebFluxExchange(ServerWebExchange exchange, Function<? super ServerWebExchange, List<Locale>> locales) {
        this.exchange = exchange;
        this.locales = locales;
    }

    private ServerHttpRequest request() {
        return exchange.getRequest(); // a filter further down may have mutated the exchange: always ask
    }

    private ServerHttpResponse response() {
        return exchange.getResponse();
    }

    @Override
    public String method() {
        return request().getMethod().name().toUpperCase(Locale.ROOT);
    }

    @Override
    public String path() {
        return request().getURI().getRawPath();
    }

    @Override
    public String query() {
        return request().getURI().getRawQuery();
    }

    @Override
    public String cookie(String name) {
        // the raw header, like the servlet adapter: parsing every cookie would cost more than opening the sealed one
        for (String header : request().getHeaders().getOrEmpty("Cookie")) {
            String value = CookieHeader.find(header, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    @Override
    public String header(String name) {
        return request().getHeaders().getFirst(name);
    }

    @Override
    public boolean isSecure() {
        // the scheme as WebFlux sees it: forwarded headers count once ForwardedHeaderTransformer applied them
        return "https".equalsIgnoreCase(request().getURI().getScheme())
                || request().getSslInfo() != null;
    }

    @Override
    public int status() {
        HttpStatusCode status = response().getStatusCode();
        return status == null ? 200 : status.value();
    }

    @Override
    public String responseHeader(String name) {
        return response().getHeaders().getFirst(name);
    }

    @Override
    public List<String> responseHeaders(String name) {
        return List.copyOf(response().getHeaders().getOrEmpty(name));
    }

    @Override
    public void addResponseHeader(String name, String value) {
        response().getHeaders().add(name, value);
    }

    @Override
    public void setResponseHeader(String name, String value) {
        response().getHeaders().set(name, value);
    }

    @Override
    public List<Locale> locales() {
        return locales != null ? locales.apply(exchange) : Exchange.super.locales();
    }
}
