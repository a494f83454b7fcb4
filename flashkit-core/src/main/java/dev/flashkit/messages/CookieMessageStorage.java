package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.MessageCounters;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.spi.Exchange;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Messages sealed (AES-256-GCM, purpose {@code messages}) in their own cookie, {@code flashkit_messages}
 * by default: no server state. The plaintext is a compact binary record per message
 * ({@link MessageCookieFormat}). Stores the oldest messages that fit a 4096-byte {@code Set-Cookie} header
 * and returns the rest. A tampered, truncated or foreign cookie reads as no messages and is deleted.
 */
public final class CookieMessageStorage implements MessageStorage {
    static final String PURPOSE = "messages";
    private static final System.Logger LOG = System.getLogger("dev.flashkit.messages");
    private static final CookieMessageStorage INSTANCE = new CookieMessageStorage();
    private static final int HEADER_PREFIX = "Set-Cookie: ".length();

    private CookieMessageStorage() {}

    /** The cookie storage (stateless; settings come from the request's Flashkit config). */
    public static CookieMessageStorage create() {
        return INSTANCE;
    }

    @Override
    public List<Message> load(Exchange exchange) {
        FlashkitConfig config = RequestContext.of(exchange).flashkit().config();
        String name = config.messages().cookieName();
        String value = exchange.cookie(name);
        if (value == null) {
            return List.of();
        }
        var messages = config.codec().open(PURPOSE, name, value).flatMap(opened -> decode(opened.plaintext()));
        if (messages.isEmpty()) {
            MessageCounters.INVALID_COOKIES.increment();
            LOG.log(System.Logger.Level.DEBUG, "Flashkit: ignored and deleted an invalid messages cookie");
            exchange.addResponseHeader(
                    "Set-Cookie", SetCookieHeader.deletion(name, config.cookieAttributes(exchange.isSecure())));
            return List.of();
        }
        return messages.get();
    }

    @Override
    public List<Message> store(Exchange exchange, List<Message> messages) {
        FlashkitConfig config = RequestContext.of(exchange).flashkit().config();
        String name = config.messages().cookieName();
        SetCookieHeader.Attributes attributes = config.cookieAttributes(exchange.isSecure());
        if (messages.isEmpty()) {
            if (exchange.cookie(name) != null) {
                exchange.addResponseHeader("Set-Cookie", SetCookieHeader.deletion(name, attributes));
            }
            return List.of();
        }
        Instant now = config.clock().instant();
        Duration maxAge = maxAge(messages, now, config.messages().maxAge());
        String empty = SetCookieHeader.of(name, "", maxAge, now, attributes); // "name=; Max-Age=..."
        int fixed = HEADER_PREFIX + SetCookieHeader.byteLength(empty);
        int budget = SetCookieHeader.MAX_HEADER_BYTES - fixed;
        List<byte[]> encoded = new ArrayList<>(messages.size());
        int fit = 0;
        for (Message m : messages) {
            encoded.add(MessageCookieFormat.encode(m));
            if (SealedCodec.sealedLength(MessageCookieFormat.documentLength(encoded, encoded.size())) > budget) {
                break;
            }
            fit++;
        }
        if (fit == 0) {
            if (exchange.cookie(name) != null) {
                exchange.addResponseHeader("Set-Cookie", SetCookieHeader.deletion(name, attributes));
            }
            return messages;
        }
        String value = config.codec().seal(PURPOSE, name, MessageCookieFormat.document(encoded, fit));
        int split = name.length() + 1;
        exchange.addResponseHeader(
                "Set-Cookie",
                new StringBuilder(empty.length() + value.length())
                        .append(empty, 0, split)
                        .append(value)
                        .append(empty, split, empty.length())
                        .toString());
        return messages.subList(fit, messages.size());
    }

    /**
     * The messages of an opened cookie: {@link MessageCookieFormat}, or the JSON document earlier versions
     * wrote (read during a rolling upgrade); empty for anything else.
     */
    private static Optional<List<Message>> decode(byte[] plaintext) {
        if (plaintext.length > 0 && plaintext[0] == '{') {
            return MessageCodec.fromJson(plaintext, SetCookieHeader.MAX_HEADER_BYTES);
        }
        return Optional.ofNullable(MessageCookieFormat.decode(plaintext));
    }

    private static Duration maxAge(List<Message> messages, Instant now, Duration fallback) {
        Instant latest = null;
        for (Message m : messages) {
            if (m.expiresAt() == null) {
                return fallback;
            }
            if (latest == null || m.expiresAt().isAfter(latest)) {
                latest = m.expiresAt();
            }
        }
        Duration d = Duration.between(now, latest).plusSeconds(1);
        return d.isNegative() || d.isZero() ? Duration.ofSeconds(1) : d;
    }

    @Override
    public String toString() {
        return "CookieMessageStorage";
    }
}
