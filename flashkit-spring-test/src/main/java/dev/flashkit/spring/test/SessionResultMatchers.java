package dev.flashkit.spring.test;

import static org.springframework.test.util.AssertionErrors.fail;

import dev.flashkit.test.NextRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Matchers on the Flashkit session the next request of the same browser would carry after a MockMvc
 * response (the request's session cookie, or the one the response wrote), opened with the application's
 * {@code Flashkit} bean: {@code flashkit().session()}. Failures show the keys or value that were there and name
 * the response's status (and redirect).
 */
public final class SessionResultMatchers {
    SessionResultMatchers() {}

    /**
     * The session holds {@code expected} under {@code key}, compared as the session reads values back: an
     * {@code int} matches the stored {@code Long}, a {@code float} the stored {@code Double}.
     */
    public ResultMatcher value(String key, Object expected) {
        return result -> {
            Map<String, Object> session = MockMvcFlashkit.nextRequest(result).session();
            if (!session.containsKey(key)) {
                fail(MockMvcFlashkit.after("Flashkit session", result) + "expected '" + key + "' = " + expected
                        + " but the session has no '" + key + "' (keys: " + session.keySet() + ")");
            }
            Object actual = session.get(key);
            if (!Objects.equals(normalize(expected), actual)) {
                fail(MockMvcFlashkit.after("Flashkit session", result) + "expected '" + key + "' = " + expected
                        + " but was " + actual);
            }
        };
    }

    /** The session holds every one of these keys. */
    public ResultMatcher exists(String... keys) {
        return result -> {
            Map<String, Object> session = MockMvcFlashkit.nextRequest(result).session();
            for (String key : keys) {
                if (!session.containsKey(key)) {
                    fail(MockMvcFlashkit.after("Flashkit session", result) + "expected '" + key
                            + "' but the session has keys " + session.keySet());
                }
            }
        };
    }

    /** The session holds none of these keys (or there is no session). */
    public ResultMatcher doesNotExist(String... keys) {
        return result -> {
            Map<String, Object> session = MockMvcFlashkit.nextRequest(result).session();
            for (String key : keys) {
                if (session.containsKey(key)) {
                    fail(MockMvcFlashkit.after("Flashkit session", result) + "expected no '" + key + "' but it is "
                            + session.get(key));
                }
            }
        };
    }

    /** The response deleted the session cookie: the handler called {@code Session.invalidate()} (logout). */
    public ResultMatcher invalidated() {
        return result -> {
            NextRequest next = MockMvcFlashkit.nextRequest(result);
            if (!next.sessionDeleted()) {
                fail(MockMvcFlashkit.after("Flashkit session", result)
                        + "expected the response to delete the session cookie (Session.invalidate())"
                        + " but the next request carries "
                        + (next.session().isEmpty()
                                ? "no session values"
                                : "keys " + next.session().keySet()));
            }
        };
    }

    /** {@code expected} as the session would read it back: integral numbers as Long, floating ones as Double. */
    private static Object normalize(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float f) {
            return f.doubleValue();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(SessionResultMatchers::normalize).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, normalize(v)));
            return copy;
        }
        return value;
    }
}
