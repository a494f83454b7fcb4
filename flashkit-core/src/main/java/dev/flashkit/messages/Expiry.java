package dev.flashkit.messages;

import dev.flashkit.internal.Counters;
import java.time.Duration;
import java.time.Instant;

/**
 * When messages stop waiting: a message targeted at a redirect's page waits {@code targetMaxAge} (from its
 * creation) for that page, then any page that displays messages may show it; every message expires
 * {@code maxAge} after its creation, and one that expires unshown is counted and logged.
 */
final class Expiry {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");

    private Expiry() {}

    /** Whether the targeted {@code m} has waited for its target long enough: any displaying page may show it. */
    static boolean waitIsOver(Message m, Instant now, Duration targetMaxAge) {
        return !now.isBefore(m.createdAt().plus(targetMaxAge));
    }

    /** Counts (and logs at DEBUG, without its text) a message dropped because it expired before any display. */
    static void undelivered(Message m, Counters counters) {
        counters.expiredUndeliveredMessages(1);
        LOG.log(
                System.Logger.Level.DEBUG,
                "Flashkit: a {0} message expired undelivered (created {1}{2})",
                m.level().name(),
                m.createdAt(),
                m.target() == null ? "" : ", waiting for " + m.target());
    }
}
