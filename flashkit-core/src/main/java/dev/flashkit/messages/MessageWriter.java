package dev.flashkit.messages;

import dev.flashkit.internal.CookieWriter;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.Stages;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Stores the remaining messages at commit without losing any: caps the backlog, and when the storage
 * chain cannot hold everything, merges the oldest lowest-level messages into "+N more messages" and
 * tries again. Cookies of failed attempts are discarded, so only one {@code Set-Cookie} goes out.
 */
final class MessageWriter {
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");
    private static final int MAX_ATTEMPTS = 12;
    private static final int SHORTENED_CHARS = 200;

    private final MessageStorage storage;
    private final Exchange exchange;
    private final RequestScope scope;
    private final CookieWriter buffer;
    private final Clock clock;
    private long coalesced;
    private boolean shortened;

    MessageWriter(MessageStorage storage, Exchange exchange, RequestScope scope, CookieWriter buffer, Clock clock) {
        this.storage = storage;
        this.exchange = exchange;
        this.scope = scope;
        this.buffer = buffer;
        this.clock = clock;
    }

    void write(List<Message> messages, int backlog) {
        List<Message> list = capped(messages, backlog);
        buffer.begin();
        try {
            for (int attempt = 1; list != null; attempt++) {
                list = next(list, storage.store(scope, list), attempt);
            }
        } finally {
            buffer.flush();
        }
        reportCoalesced();
    }

    /** {@link #write} through the storage's {@code storeAsync}, each attempt after the previous one completed. */
    CompletionStage<Void> writeAsync(List<Message> messages, int backlog) {
        List<Message> list = capped(messages, backlog);
        buffer.begin();
        return attemptAsync(list, 1).whenComplete((done, failure) -> {
            buffer.flush();
            if (failure == null) {
                reportCoalesced();
            }
        });
    }

    private CompletionStage<Void> attemptAsync(List<Message> list, int attempt) {
        return storage.storeAsync(scope, list).thenCompose(rest -> {
            List<Message> next = next(list, rest, attempt);
            return next == null ? Stages.done() : attemptAsync(next, attempt + 1);
        });
    }

    private List<Message> capped(List<Message> messages, int backlog) {
        return messages.size() > backlog ? coalesce(messages, messages.size() - backlog) : messages;
    }

    /** What to try storing after an attempt that left {@code rest} unstored, or {@code null} to stop. */
    private List<Message> next(List<Message> list, List<Message> rest, int attempt) {
        if (rest.isEmpty()) {
            return null;
        }
        if (list.size() <= 1 && !shortened && shortenable(list)) {
            buffer.discard();
            shortened = true;
            return List.of(shorten(list.get(0)));
        }
        if (attempt >= MAX_ATTEMPTS || list.size() <= 1) {
            Counters.of(scope).droppedMessages(rest.size());
            LOG.log(
                    System.Logger.Level.ERROR,
                    "Flashkit: message storage " + storage + " could not store " + rest.size()
                            + " message(s) even after merging and shortening; they are dropped and counted"
                            + " (Flashkit.metrics().droppedMessages())");
            return null;
        }
        buffer.discard();
        return coalesce(list, Math.max(rest.size(), attempt));
    }

    private void reportCoalesced() {
        if (coalesced > 0) {
            Counters.of(scope).coalescedMessages(coalesced);
            LOG.log(
                    System.Logger.Level.WARNING,
                    "Flashkit: " + coalesced + " flash message(s) were merged into a \"+N more messages\" entry"
                            + " because message storage or the unread backlog was full (" + exchange.method() + " "
                            + exchange.path() + "); display messages more often or raise the limits");
        }
    }

    /** A message too large for any storage keeps its level and the start of its text rather than vanishing. */
    private static boolean shortenable(List<Message> list) {
        return list.size() == 1 && list.get(0).text().value().length() > SHORTENED_CHARS;
    }

    private Message shorten(Message m) {
        String text = m.text().isHtml()
                ? m.text().value().replaceAll("<[^>]*>", "")
                : m.text().value();
        String cut = text.length() > SHORTENED_CHARS ? text.substring(0, SHORTENED_CHARS) + "\u2026" : text;
        LOG.log(
                System.Logger.Level.WARNING,
                "Flashkit: a " + m.text().value().length() + "-character flash message did not fit in message storage;"
                        + " it was shortened to " + SHORTENED_CHARS + " characters");
        return m.withText(MessageText.plain(cut));
    }

    private List<Message> coalesce(List<Message> list, int reduceBy) {
        long[] merged = new long[1];
        List<Message> out = Coalescer.coalesce(list, reduceBy, clock.instant(), merged);
        coalesced += merged[0];
        return out;
    }
}
