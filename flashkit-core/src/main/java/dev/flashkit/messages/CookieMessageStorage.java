package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.SealedCodec;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.spi.RequestScope;
import dev.flashkit.spi.ResponseCookies;
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

    private CookieMessageStorage() {}

    /** The cookie storage (stateless; settings come from the request's Flashkit config). */
    public static CookieMessageStorage create() {
        return INSTANCE;
    }

    @Override
    public List<Message> load(RequestScope scope) {
        FlashkitConfig config = scope.config();
        String name = config.messages().cookieName();
        String value = scope.cookie(name);
        if (value == null) {
            return List.of();
        }
        var messages =
                CoreAccess.codec(config).open(PURPOSE, name, value).flatMap(opened -> decode(opened.plaintext()));
        if (messages.isEmpty()) {
            Counters.of(scope).invalidMessageCookie();
            LOG.log(System.Logger.Level.DEBUG, "Flashkit: ignored and deleted an invalid messages cookie");
            scope.cookies().delete(name);
            return List.of();
        }
        return messages.get();
    }

    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        FlashkitConfig config = scope.config();
        String name = config.messages().cookieName();
        ResponseCookies cookies = scope.cookies();
        if (messages.isEmpty()) {
            if (scope.cookie(name) != null) {
                cookies.delete(name);
            }
            return List.of();
        }
        Duration maxAge =
                maxAge(messages, config.clock().instant(), config.messages().maxAge());
        int budget = cookies.valueBudget(name, maxAge);
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
            if (scope.cookie(name) != null) {
                cookies.delete(name);
            }
            return messages;
        }
        String value = CoreAccess.codec(config).seal(PURPOSE, name, MessageCookieFormat.document(encoded, fit));
        cookies.set(name, value, maxAge);
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

    /** Always: the messages cookie, no I/O. */
    @Override
    public boolean isNonBlocking() {
        return true;
    }

    @Override
    public String toString() {
        return "CookieMessageStorage";
    }
}
