package dev.flashkit.spring;

import dev.flashkit.RequestContext;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves controller method arguments of type {@link Session}, {@link Messages} and {@link
 * RequestContext} from the context {@code FlashkitFilter} opened; raises {@code
 * FlashkitNotInstalledException} when the filter did not run for the request.
 */
final class FlashkitArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == Session.class || type == Messages.class || type == RequestContext.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        Class<?> type = parameter.getParameterType();
        Object attribute = webRequest.getAttribute(RequestContext.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (type == Session.class) {
            return RequestContext.require(attribute, "session").session();
        }
        if (type == Messages.class) {
            return RequestContext.require(attribute, "messages").messages();
        }
        return RequestContext.require(attribute, "request context");
    }
}
