package dev.flashkit.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The locale of a request as the application's {@link LocaleResolver} decides it ({@code spring.web.locale},
 * {@code spring.web.locale-resolver}, or a resolver bean of your own), which the {@code FlashkitFilter} hands to
 * Flashkit for i18n message keys and Flashkit's own texts. Asked at display time, so a locale changed during the
 * request (e.g. by a {@code LocaleChangeInterceptor}) counts.
 */
public final class RequestLocales {
    private final LocaleResolver localeResolver;

    RequestLocales(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    /** The request's locale, as a one-element list (Flashkit takes the readers' locales, best first). */
    public List<Locale> of(HttpServletRequest request) {
        return List.of(localeResolver.resolveLocale(request));
    }
}
