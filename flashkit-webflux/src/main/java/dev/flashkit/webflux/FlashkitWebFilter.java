package dev.flashkit.webflux;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.StoreUnavailable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Installs Flashkit in a Spring WebFlux application without blocking its event loop: for each request it opens a
 * {@link RequestContext}, loads the session and the messages the request may display through the stores'
 * asynchronous methods before the handler runs ({@link RequestContext#prepare()}), so that the handler's {@link
 * Session} and {@link Messages} work in memory, and commits them ({@link RequestContext#commitAsync()}) in {@link
 * ServerHttpResponse#beforeCommit}, so the cookies and cache headers leave with the response. A store that would
 * block (one whose {@code isNonBlocking()} is {@code false}, such as JDBC) is called on {@link
 * Schedulers#boundedElastic()}, never on the event loop.
 *
 * <p>A request that fails — an error escapes the handler, or the response is a server error (5xx) — leaves the
 * session and the messages exactly as they were: nothing is saved, nothing is consumed. When the session store
 * fails (a {@link SessionStoreException}, e.g. Redis unreachable or timed out) the filter answers {@code 503 Service
 * Unavailable} with {@code Retry-After} ({@link #retryAfter(Duration) one second by default}) and a short page, and
 * writes no Flashkit cookie. These rules are the same on every adapter.
 *
 * <p>Register it as a bean (WebFlux applies every {@code WebFilter} bean); the Spring Boot starter does. Handlers
 * reach the request's state through {@link FlashkitArgumentResolver} ({@code Session} and {@code Messages}
 * arguments) or the static accessors here, for a {@link ServerWebExchange} or a functional route's {@link
 * ServerRequest}.
 */
public final class FlashkitWebFilter implements WebFilter, Ordered {
    /** The default order: before Spring Security's {@code WebFilterChainProxy} (-100). */
    public static final int DEFAULT_ORDER = -200;

    static final String NOT_INSTALLED_ADVICE = "On Spring WebFlux, register dev.flashkit.webflux.FlashkitWebFilter as"
            + " a WebFilter bean (the Spring Boot starter does it in a reactive application) and, for controller"
            + " arguments, dev.flashkit.webflux.FlashkitArgumentResolver. "
            + FlashkitNotInstalledException.INSTALL_HINT;

    private final Flashkit flashkit;
    private final Scheduler offload;
    private volatile StoreUnavailable unavailable = StoreUnavailable.retryAfter(Duration.ofSeconds(1));
    private volatile Function<? super ServerWebExchange, List<Locale>> locales;
    private volatile int order = DEFAULT_ORDER;

    /** A filter using {@code flashkit}. */
    public FlashkitWebFilter(Flashkit flashkit) {
        this.flashkit = Objects.requireNonNull(flashkit, "flashkit must not be null");
        boolean nonBlocking = flashkit.sessionStore().isNonBlocking()
                && flashkit.messageStorage().isNonBlocking();
        this.offload = nonBlocking ? null : Schedulers.boundedElastic();
    }

    /**
     * Sets the {@code Retry-After} of the 503 answer given when the session store fails (default one second,
     * rounded up to whole seconds).
     *
     * @return this filter
     * @throws IllegalArgumentException when {@code retryAfter} is negative
     */
    public FlashkitWebFilter retryAfter(Duration retryAfter) {
        this.unavailable = StoreUnavailable.retryAfter(retryAfter);
        return this;
    }

    /**
     * Sets where a request's readers' locales come from, best first, for i18n message keys resolved at display
     * time, e.g. {@code exchange -> List.of(exchange.getLocaleContext().getLocale())}. Default: {@code
     * Accept-Language}.
     *
     * @return this filter
     */
    public FlashkitWebFilter locales(Function<? super ServerWebExchange, List<Locale>> locales) {
        this.locales = Objects.requireNonNull(locales, "locales must not be null");
        return this;
    }

    /**
     * Sets the filter's place among the application's {@code WebFilter}s (default {@value #DEFAULT_ORDER}).
     *
     * @return this filter
     */
    public FlashkitWebFilter order(int order) {
        this.order = order;
        return this;
    }

    @Override
    public int getOrder() {
        return order;
    }

    /** The Flashkit instance this filter uses. */
    public Flashkit flashkit() {
        return flashkit;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getAttribute(RequestContext.ATTRIBUTE) instanceof RequestContext) {
            return chain.filter(exchange); // a second filter instance, or the same one applied twice
        }
        WebFluxExchange flashkitExchange = new WebFluxExchange(exchange, locales);
        RequestContext context = flashkit.open(flashkitExchange);
        exchange.getAttributes().put(RequestContext.ATTRIBUTE, context);
        ReactiveRequest request = new ReactiveRequest(context, offload, EventLoops.of(exchange));
        exchange.getResponse().beforeCommit(request::beforeCommit);
        return request.prepare().then(Mono.defer(() -> chain.filter(exchange))).onErrorResume(failure -> request.fail()
                .then(Mono.defer(() -> {
                    SessionStoreException storeFailure = request.storeFailure(failure);
                    return storeFailure == null
                            ? Mono.error(failure)
                            : answer(exchange, flashkitExchange, storeFailure);
                })));
    }

    /** Replaces the response with the 503 page; fails with {@code failure} when the response was sent already. */
    private Mono<Void> answer(
            ServerWebExchange exchange, WebFluxExchange flashkitExchange, SessionStoreException failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        StoreUnavailable page = unavailable;
        page.log(flashkitExchange, failure);
        response.getHeaders().clear(); // Flashkit's cookies included: the user's cookie stays as it is
        response.getCookies().clear();
        response.setStatusCode(HttpStatus.valueOf(page.status()));
        page.headers().forEach(response.getHeaders()::set);
        byte[] body = page.body();
        response.getHeaders().setContentLength(body.length);
        return response.writeWith(
                Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    /**
     * The Flashkit context of this exchange.
     *
     * @throws FlashkitNotInstalledException when this filter did not handle the request
     */
    public static RequestContext context(ServerWebExchange exchange) {
        return require(exchange, "request context");
    }

    /**
     * The session of this exchange, e.g. {@code FlashkitWebFilter.session(exchange).put("user", "ada")}.
     *
     * @throws FlashkitNotInstalledException when this filter did not handle the request
     */
    public static Session session(ServerWebExchange exchange) {
        return require(exchange, "session").session();
    }

    /**
     * The flash messages of this exchange, e.g. {@code FlashkitWebFilter.messages(exchange).success("Saved")}.
     *
     * @throws FlashkitNotInstalledException when this filter did not handle the request
     */
    public static Messages messages(ServerWebExchange exchange) {
        return require(exchange, "messages").messages();
    }

    /**
     * The flash messages of this exchange, or {@link Messages#NOOP} when this filter did not handle it: for
     * reusable components that must also work where Flashkit is not installed.
     */
    public static Messages messagesOrNoop(ServerWebExchange exchange) {
        return RequestContext.messagesOrNoop(exchange.getAttribute(RequestContext.ATTRIBUTE));
    }

    /**
     * The session of a functional route's request, e.g. {@code FlashkitWebFilter.session(request).put("user",
     * "ada")}.
     *
     * @throws FlashkitNotInstalledException when this filter did not handle the request
     */
    public static Session session(ServerRequest request) {
        return session(request.exchange());
    }

    /**
     * The flash messages of a functional route's request, e.g. {@code
     * FlashkitWebFilter.messages(request).success("Saved")}.
     *
     * @throws FlashkitNotInstalledException when this filter did not handle the request
     */
    public static Messages messages(ServerRequest request) {
        return messages(request.exchange());
    }

    /** The flash messages of a functional route's request, or {@link Messages#NOOP} without this filter. */
    public static Messages messagesOrNoop(ServerRequest request) {
        return messagesOrNoop(request.exchange());
    }

    static RequestContext require(ServerWebExchange exchange, String what) {
        if (exchange.getAttribute(RequestContext.ATTRIBUTE) instanceof RequestContext context) {
            return context;
        }
        throw new FlashkitNotInstalledException(what, NOT_INSTALLED_ADVICE);
    }
}
