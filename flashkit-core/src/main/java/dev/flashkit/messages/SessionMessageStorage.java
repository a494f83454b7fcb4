package dev.flashkit.messages;

import dev.flashkit.FlashkitConfig;
import dev.flashkit.internal.CoreAccess;
import dev.flashkit.session.Session;
import dev.flashkit.spi.RequestScope;
import java.util.List;

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
    public List<Message> load(RequestScope scope) {
        if (scope.cookie(scope.config().sessionCookieName()) == null) {
            return List.of();
        }
        Object value = scope.session().get(KEY);
        return value == null ? List.of() : MessageCodec.fromValues(value).orElse(List.of());
    }

    @Override
    public List<Message> store(RequestScope scope, List<Message> messages) {
        if (messages.isEmpty()) {
            if (scope.cookie(scope.config().sessionCookieName()) != null
                    && scope.session().contains(KEY)) {
                scope.session().remove(KEY);
            }
            return List.of();
        }
        Session session = scope.session();
        List<Object> values =
                messages.stream().map(m -> (Object) MessageCodec.toValue(m)).toList();
        int fit = fitting(scope, values);
        if (fit == 0) {
            if (session.contains(KEY)) {
                session.remove(KEY);
            }
            return messages;
        }
        session.put(KEY, values.subList(0, fit));
        return messages.subList(fit, messages.size());
    }

    /**
     * The largest prefix of {@code values} the session can hold without outgrowing its cookie: the session store
     * measures the session as it would save it, the response cookies say how long the value may be.
     */
    private static int fitting(RequestScope scope, List<Object> values) {
        FlashkitConfig config = scope.config();
        int budget = scope.cookies().valueBudget(config.sessionCookieName(), config.sessionMaxAge()) - SAFETY_BYTES;
        if (fits(scope, values, values.size(), budget)) {
            return values.size();
        }
        int lo = 0;
        int hi = values.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits(scope, values, mid, budget)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static boolean fits(RequestScope scope, List<Object> values, int n, int budget) {
        return n == 0 || CoreAccess.sessionCookieLengthWith(scope, KEY, values.subList(0, n)) <= budget;
    }

    /** Always: the session, which a reactive request loads before it uses messages. */
    @Override
    public boolean isNonBlocking() {
        return true;
    }

    @Override
    public String toString() {
        return "SessionMessageStorage";
    }
}
