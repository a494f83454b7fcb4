package dev.flashkit;

import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.spi.RequestScope;

/** The {@link CoreAccess} implementation: the package-private members the API does not show. */
final class InternalAccess extends CoreAccess {
    @Override
    protected SealedCodec codecOf(FlashkitConfig config) {
        return config.codec();
    }

    @Override
    protected SetCookieHeader.Attributes cookieAttributesOf(FlashkitConfig config, boolean secureRequest) {
        return config.cookieAttributes(secureRequest);
    }

    @Override
    protected Counters countersOf(Flashkit flashkit) {
        return flashkit.counters();
    }

    @Override
    protected int sessionCookieLengthOf(RequestScope scope, String key, Object value) {
        if (!(scope instanceof DefaultRequestScope own)) {
            throw new IllegalArgumentException("only a RequestScope Flashkit created knows its session's size");
        }
        return own.sessionCookieLengthWith(key, value);
    }

    @Override
    protected Counters countersOf(RequestScope scope) {
        return scope instanceof DefaultRequestScope own
                ? own.counters()
                : new Counters(); // a scope Flashkit did not create: unread
    }
}
