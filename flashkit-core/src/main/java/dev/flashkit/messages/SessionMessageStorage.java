package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.RequestContext;
import dev.flashkit.internal.SetCookieHeader;
import dev.flashkit.session.Session;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.Exchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Messages kept in the session under the reserved key {@value #KEY}. With the cookie session store it
 * stores only what keeps the session cookie within 4096 bytes and returns the rest. Requests without a
 * session cookie never create a session just to find out there are no messages.
 */
public final class SessionMessageStorage implements MessageStorage {
    /** The session key Flashkit reserves for messages. */
    public static final String KEY = "_flashkit.messages";

    private static final SessionMessageStorage INSTANCE = new SessionMessageStorage();
    private static final int SAFETY_BYTES = 32;

    private SessionMessageStorage() {}

    /** The session storage (stateless; uses the request's session). */
    public static SessionMessageStorage create() {
        return INSTANCE;
    }

    @Override
    public List<Message> load(Exchange exchange) {
        RequestContext context = RequestContext.of(exchange);
        if (exchange.cookie(context.flashkit().config().sessionCookieName()) == null) {
            return List.of();
        }
        Object value = context.session().get(KEY);
        return value == null ? List.of() : MessageCodec.fromValues(value).orElse(List.of());
    }

    @Override
    public List<Message> store(Exchange exchange, List<Message> messages) {
        RequestContext context = RequestContext.of(exchange);
        if (messages.isEmpty()) {
            if (exchange.cookie(context.flashkit().config().sessionCookieName()) != null
                    && context.session().contains(KEY)) {
                context.session().remove(KEY);
            }
            return List.of();
        }
        Session session = context.session();
        List<Object> values =
                messages.stream().map(m -> (Object) MessageCodec.toValue(m)).toList();
        int fit = fitting(context, session, values);
        if (fit == 0) {
            if (session.contains(KEY)) {
                session.remove(KEY);
            }
            return messages;
        }
        session.put(KEY, values.subList(0, fit));
        return messages.subList(fit, messages.size());
    }

    /** The largest prefix of {@code values} the session can hold without outgrowing its cookie. */
    private static int fitting(RequestContext context, Session session, List<Object> values) {
        FlashkitConfig config = context.flashkit().config();
        SessionStore store = context.flashkit().sessionStore();
        String name = config.sessionCookieName();
        String empty = SetCookieHeader.of(
                name,
                "",
                config.sessionMaxAge(),
                config.clock().instant(),
                config.cookieAttributes(context.exchange().isSecure()));
        int fixed = "Set-Cookie: ".length() + SetCookieHeader.byteLength(empty) + SAFETY_BYTES;
        Map<String, Object> attributes = new LinkedHashMap<>(session.asMap());
        if (fits(store, session, attributes, values, values.size(), fixed)) {
            return values.size();
        }
        int lo = 0;
        int hi = values.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(store, session, attributes, values, mid, fixed)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static boolean fits(
            SessionStore store,
            Session session,
            Map<String, Object> attributes,
            List<Object> values,
            int n,
            int fixed) {
        if (n == 0) {
            return true;
        }
        attributes.put(KEY, values.subList(0, n));
        SessionData data =
                new SessionData(session.id(), 0, session.createdAt(), session.createdAt(), attributes, false);
        return fixed + store.cookieValueLength(data) <= SetCookieHeader.MAX_HEADER_BYTES;
    }

    @Override
    public String toString() {
        return "SessionMessageStorage";
    }
}
