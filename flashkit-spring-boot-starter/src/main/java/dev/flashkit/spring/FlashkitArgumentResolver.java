package dev.flashkit.spring;

import dev.flashkit.FlashkitNotInstalledException;
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
 * RequestContext} from the context {@code FlashkitFilter} opened; raises {@link
 * FlashkitNotInstalledException} when the filter did not run for the request, with advice in Spring terms.
 */
final class FlashkitArgumentResolver implements HandlerMethodArgumentResolver {
    static final String FILTER_DID_NOT_RUN = "The Spring Boot starter registers FlashkitFilter, but it did not run "
            + "for this request. In a MockMvc test keep the filters on: remove addFilters = false from "
            + "@AutoConfigureMockMvc (to get past Spring Security, exclude or configure it rather than turning every "
            + "filter off), or, building MockMvc yourself, add the filter: MockMvcBuilders.webAppContextSetup(context)"
            + ".addFilters(new FlashkitFilter(context.getBean(Flashkit.class))). In the application, check that "
            + "FlashkitAutoConfiguration is not excluded and that the flashkitFilterRegistration bean is enabled and "
            + "maps this request.";
    static final String STARTER_DISABLED = "flashkit.enabled=false turns the Spring Boot starter off, so no "
            + "FlashkitFilter runs: remove that setting from this application or test (or set it to true), or "
            + "register dev.flashkit.servlet.FlashkitFilter yourself.";

    private final String advice;

    FlashkitArgumentResolver(boolean starterEnabled) {
        this.advice = starterEnabled ? FILTER_DID_NOT_RUN : STARTER_DISABLED;
    }

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
            return require(attribute, "session").session();
        }
        if (type == Messages.class) {
            return require(attribute, "messages").messages();
        }
        return require(attribute, "request context");
    }

    private RequestContext require(Object attribute, String what) {
        if (attribute instanceof RequestContext context) {
            return context;
        }
        throw new FlashkitNotInstalledException(what, advice);
    }
}
