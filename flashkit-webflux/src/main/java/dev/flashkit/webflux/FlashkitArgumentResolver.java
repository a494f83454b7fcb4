package dev.flashkit.webflux;

import dev.flashkit.FlashkitNotInstalledException;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.util.Objects;
import org.springframework.core.MethodParameter;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.SyncHandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@link Session}, {@link Messages} and {@link RequestContext} as arguments of annotated WebFlux controller methods,
 * from the context {@link FlashkitWebFilter} opened (and loaded before the handler, so using them never blocks).
 * Register it with {@code WebFluxConfigurer.configureArgumentResolvers(configurer ->
 * configurer.addCustomResolver(new FlashkitArgumentResolver()))}; the Spring Boot starter does.
 */
public final class FlashkitArgumentResolver implements SyncHandlerMethodArgumentResolver {
    private final String advice;

    /** A resolver whose not-installed error says how to register {@link FlashkitWebFilter}. */
    public FlashkitArgumentResolver() {
        this(FlashkitWebFilter.NOT_INSTALLED_ADVICE);
    }

    /** A resolver whose not-installed error gives {@code advice} (e.g. a starter's own). */
    public FlashkitArgumentResolver(String advice) {
        this.advice = Objects.requireNonNull(advice, "advice must not be null");
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Session.class || type == Messages.class || type == RequestContext.class;
    }

    @Override
    public Object resolveArgumentValue(
            MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
        Class<?> type = parameter.getParameterType();
        if (type == Session.class) {
            return require(exchange, "session").session();
        }
        if (type == Messages.class) {
            return require(exchange, "messages").messages();
        }
        return require(exchange, "request context");
    }

    private RequestContext require(ServerWebExchange exchange, String what) {
        if (exchange.getAttribute(RequestContext.ATTRIBUTE) instanceof RequestContext context) {
            return context;
        }
        throw new FlashkitNotInstalledException(what, advice);
    }
}
