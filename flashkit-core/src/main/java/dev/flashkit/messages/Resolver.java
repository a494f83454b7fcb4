package dev.flashkit.messages;

import dev.flashkit.MessageSettings;
import dev.flashkit.spi.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prepares messages for display: configured level tags, i18n keys resolved in the reader's locales. */
final class Resolver {
    private static final MessageTextResolver BUILT_IN =
            MessageTextResolver.resourceBundle(ResourceBundleTextResolver.BUILT_IN, Resolver.class.getClassLoader());

    private final MessageSettings settings;
    private final Exchange exchange;
    private List<Locale> locales;

    Resolver(MessageSettings settings, Exchange exchange) {
        this.settings = settings;
        this.exchange = exchange;
    }

    List<Message> resolve(List<Message> messages) {
        if (messages.isEmpty()) {
            return List.of();
        }
        List<Message> out = new ArrayList<>(messages.size());
        for (Message m : messages) {
            Message r = m;
            String tag = settings.tagOf(m.level());
            if (!tag.equals(m.levelTag())) {
                r = r.withLevelTag(tag);
            }
            if (m.text().kind() == MessageText.Kind.KEY) {
                r = r.withText(MessageText.plain(text(m.text())));
            }
            out.add(r);
        }
        return List.copyOf(out);
    }

    private String text(MessageText key) {
        if (locales == null) {
            locales = exchange.locales();
        }
        String text = settings.textResolver().resolve(key.value(), key.args(), locales);
        if (text == null && key.value().startsWith("flashkit.")) {
            text = BUILT_IN.resolve(key.value(), key.args(), locales);
        }
        return text != null ? text : key.value();
    }
}
