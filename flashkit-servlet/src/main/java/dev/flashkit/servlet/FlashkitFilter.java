package dev.flashkit.servlet;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionStoreException;
import dev.flashkit.spi.RequestLifecycle;
import dev.flashkit.spi.StoreUnavailable;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Installs Flashkit in a Jakarta Servlet 6 container: opens a {@link RequestContext} for each request
 * and commits it (cookies, {@code Vary}, {@code Cache-Control}) just before the response is committed —
 * on the first write that would flush the buffer, {@code flush}, {@code sendRedirect}, {@code sendError},
 * at the end of the chain, or when an async request completes. Map it to {@code /*} before your servlets
 * (and before security filters), for the {@code REQUEST} and {@code ASYNC} dispatcher types.
 *
 * <p>A request that fails — an exception escapes the chain, or the response is a server error (5xx) —
 * leaves the session and the messages exactly as they were: nothing is saved, nothing is consumed.
 *
 * <p>When the session store fails (a {@link SessionStoreException}, e.g. Redis unreachable or timed out)
 * while the session or the messages are loaded or saved — even when the application caught the exception and
 * answered 500 itself — the filter answers {@code 503 Service Unavailable} with {@code Retry-After}
 * ({@link #retryAfter(Duration) one second by default}) and a short plain-text page, and writes no Flashkit
 * cookie: the user's cookie stays as it is and the session resumes when the store is back. Only a response
 * already sent to the client cannot be replaced; then the exception propagates. These rules are the adapter
 * kit's ({@link RequestLifecycle}, {@link StoreUnavailable}), the same on every adapter.
 *
 * <pre>{@code
 * FilterRegistration.Dynamic flashkit = servletContext.addFilter("flashkit", new FlashkitFilter(Flashkit.fromEnvironment()));
 * flashkit.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC), false, "/*");
 * flashkit.setAsyncSupported(true);
 * }</pre>
 */
public final class FlashkitFilter implements Filter {
    private volatile Flashkit flashkit;
    private volatile StoreUnavailable unavailable = StoreUnavailable.retryAfter(Duration.ofSeconds(1));
    private volatile Function<? super HttpServletRequest, List<Locale>> locales;

    /** A filter configured from {@code FLASHKIT_*} settings when the container initialises it (web.xml). */
    public FlashkitFilter() {}

    /** A filter using {@code flashkit}. */
    public FlashkitFilter(Flashkit flashkit) {
        this.flashkit = Objects.requireNonNull(flashkit, "flashkit must not be null");
    }

    /**
     * Sets the {@code Retry-After} of the 503 answer given when the session store fails (default one second,
     * rounded up to whole seconds).
     *
     * @return this filter
     * @throws IllegalArgumentException when {@code retryAfter} is negative
     */
    public FlashkitFilter retryAfter(Duration retryAfter) {
        this.unavailable = StoreUnavailable.retryAfter(retryAfter);
        return this;
    }

    /**
     * Sets where a request's readers' locales come from, best first, for i18n message keys resolved at display
     * time — e.g. a framework's locale resolver ({@code request -> List.of(localeResolver.resolveLocale(request))});
     * called with the request as the container passed it, only when a key is shown. Default: the {@code
     * Accept-Language} header.
     *
     * @return this filter
     */
    public FlashkitFilter locales(Function<? super HttpServletRequest, List<Locale>> locales) {
        this.locales = Objects.requireNonNull(locales, "locales must not be null");
        return this;
    }

    /** The Flashkit instance this filter uses (created from the environment on {@link #init} if none given). */
    public Flashkit flashkit() {
        return flashkit;
    }

    @Override
    public void init(FilterConfig filterConfig) {
        if (flashkit == null) {
            flashkit = Flashkit.fromEnvironment();
        }
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
            chain.doFilter(req, res);
            return;
        }
        if (request.getAttribute(RequestContext.ATTRIBUTE) instanceof RequestContext) {
            continueDispatch(request, response, chain); // forward, include, error or async dispatch
            return;
        }
        Flashkit kit = flashkit;
        if (kit == null) {
            kit = Flashkit.fromEnvironment();
            flashkit = kit;
        }
        ServletExchange exchange = new ServletExchange(request, response, locales);
        RequestContext context = kit.open(exchange);
        if (kit.sessionStore() instanceof HttpSessionStore) {
            HttpSessionStore.lend(context.scope(), request); // the store finds the container session there
        }
        CommittingResponse wrapped = new CommittingResponse(request, response, new RequestLifecycle(context), exchange);
        exchange.committingResponse(wrapped);
        request.setAttribute(RequestContext.ATTRIBUTE, context);
        AsyncAwareRequest wrappedRequest = new AsyncAwareRequest(request, wrapped);
        try {
            chain.doFilter(wrappedRequest, wrapped);
        } catch (IOException | ServletException | RuntimeException | Error failure) {
            if (!answer(wrapped.finish(failure), exchange)) {
                throw failure;
            }
            return;
        }
        if (request.isAsyncStarted()) {
            finishAsync(request, wrapped);
            return;
        }
        Optional<SessionStoreException> storeFailure = wrapped.finish(null);
        if (!answer(storeFailure, exchange) && storeFailure.isPresent()) {
            throw storeFailure.get(); // the response was sent already
        }
    }

    /** Answers 503 when the store failed; {@code false} when it did not, or the response was sent already. */
    private boolean answer(Optional<SessionStoreException> storeFailure, ServletExchange exchange) throws IOException {
        if (storeFailure.isEmpty()) {
            return false;
        }
        StoreUnavailable page = unavailable;
        page.log(exchange, storeFailure.get());
        return exchange.replaceWith(page);
    }

    private static void continueDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        if (request.getDispatcherType() == DispatcherType.ASYNC
                && request.getAttribute(RequestContext.ATTRIBUTE) instanceof RequestContext context
                && context.exchange() instanceof ServletExchange exchange
                && exchange.committingResponse() != null) {
            CommittingResponse wrapped = exchange.committingResponse();
            if (request.isAsyncStarted()) {
                finishAsync(request, wrapped);
            } else {
                wrapped.commitIfOpen();
            }
        }
    }

    private static void finishAsync(HttpServletRequest request, CommittingResponse wrapped) {
        request.getAsyncContext().addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                wrapped.abandon(); // complete() committed already; if it was bypassed, it is too late now
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                wrapped.abandon();
            }

            @Override
            public void onError(AsyncEvent event) {
                wrapped.abandon();
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                event.getAsyncContext().addListener(this);
            }
        });
    }

    /**
     * The Flashkit context of {@code request}.
     *
     * @throws dev.flashkit.FlashkitNotInstalledException when this filter did not handle the request
     */
    public static RequestContext context(HttpServletRequest request) {
        return RequestContext.require(request.getAttribute(RequestContext.ATTRIBUTE), "request context");
    }

    /**
     * The session of {@code request}, e.g. {@code FlashkitFilter.session(request).put("user", "ada")}.
     *
     * @throws dev.flashkit.FlashkitNotInstalledException when this filter did not handle the request
     */
    public static Session session(HttpServletRequest request) {
        return RequestContext.require(request.getAttribute(RequestContext.ATTRIBUTE), "session")
                .session();
    }

    /**
     * The flash messages of {@code request}, e.g. {@code FlashkitFilter.messages(request).success("Saved")}.
     *
     * @throws dev.flashkit.FlashkitNotInstalledException when this filter did not handle the request
     */
    public static Messages messages(HttpServletRequest request) {
        return RequestContext.require(request.getAttribute(RequestContext.ATTRIBUTE), "messages")
                .messages();
    }

    /**
     * The flash messages of {@code request}, or {@link Messages#NOOP} when this filter did not handle it: for
     * reusable components that must also work where Flashkit is not installed.
     */
    public static Messages messagesOrNoop(HttpServletRequest request) {
        return RequestContext.messagesOrNoop(request.getAttribute(RequestContext.ATTRIBUTE));
    }
}
