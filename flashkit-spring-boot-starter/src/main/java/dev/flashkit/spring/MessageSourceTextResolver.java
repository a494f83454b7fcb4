package dev.flashkit.spring;

import dev.flashkit.messages.MessageTextResolver;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Resolves i18n message keys with the application's {@link MessageSource} ({@code spring.messages.*}) in the
 * request's locale. An unknown key is {@code null}, so Flashkit falls back to its own texts for its keys ({@code
 * flashkit.messages.more}: "+N more messages") and shows the key otherwise.
 */
final class MessageSourceTextResolver implements MessageTextResolver {
    private final MessageSource messageSource;

    MessageSourceTextResolver(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    @Override
    public String resolve(String key, List<Object> args, List<Locale> locales) {
        Locale locale = locales.isEmpty() ? Locale.ROOT : locales.get(0);
        return messageSource.getMessage(key, args.toArray(), null, locale);
    }

    @Override
    public String toString() {
        return "MessageSourceTextResolver[" + messageSource + "]";
    }
}
