package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CookieWriter;
import dev.flashkit.internal.MessagesAccess;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import java.util.Optional;

/** The {@link MessagesAccess} implementation: opens {@link RequestMessages}, which stays package-private. */
final class MessagesInternals extends MessagesAccess {
    static {
        MessagesAccess.install(new MessagesInternals());
    }

    private MessagesInternals() {}

    @Override
    protected MessagesAccess.CommittableMessages openMessages(
            FlashkitConfig config,
            MessageStorage storage,
            Exchange exchange,
            RequestScope scope,
            CookieWriter cookies,
            boolean committed) {
        return new RequestMessages(config, storage, exchange, scope, cookies, committed);
    }

    @Override
    protected boolean needsCommitOf(FlashkitConfig config, Exchange exchange, boolean sessionUsed) {
        return RequestMessages.needsCommit(config, exchange, sessionUsed);
    }

    @Override
    protected Optional<String> claimTargetOf(Exchange exchange) {
        return Delivery.mayConsume(exchange) && Delivery.likelyDisplays(exchange)
                ? Optional.of(Delivery.here(exchange))
                : Optional.empty();
    }
}
