package dev.flashkit.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a request as the application's {@link LocaleResolver} decides it ({@code spring.web.locale},
 * {@code spring.web.locale-resolver}, or a resolver bean of your own), which the {@code FlashkitFilter} hands to
 * Flashkit for i18n message keys and Flashkit's own texts. Asked at display time, so a locale changed during the
 * request (e.g. by a {@code LocaleChangeInterceptor}) counts. The resolver is the bean {@code DispatcherServlet}
 * uses ({@value DispatcherServlet#LOCALE_RESOLVER_BEAN_NAME}), looked up on first use, so no auto-configuration
 * order ties Flashkit to Spring MVC's; without one, the request's {@code Accept-Language} locales count.
 */
public final class RequestLocales {
    private final BeanFactory beans;
    private volatile LocaleResolver localeResolver;
    private volatile boolean looked;

    RequestLocales(BeanFactory beans) {
        this.beans = beans;
    }

    /** The request's locales, best first (one, when the application's LocaleResolver decides). */
    public List<Locale> of(HttpServletRequest request) {
        LocaleResolver resolver = resolver();
        return resolver == null ? Collections.list(request.getLocales()) : List.of(resolver.resolveLocale(request));
    }

    private LocaleResolver resolver() {
        if (!looked) {
            String name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME;
            localeResolver = beans.containsBean(name) ? beans.getBean(name, LocaleResolver.class) : null;
            looked = true;
        }
        return localeResolver;
    }
}
