package dev.flashkit.servlet;

import dev.flashkit.RequestContext;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStore;
import dev.flashkit.spi.RequestScope;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Runs a test's calls of a {@link SessionStore} inside real requests: the store {@link #through(Browser)}
 * returns sends one HTTP request with that browser per call, and this servlet runs the call on the request
 * thread, behind {@link FlashkitFilter} — where {@link HttpSessionStore} works on the container session the
 * browser's {@code JSESSIONID} cookie names, through the request's scope (as Flashkit calls it). The calls
 * themselves are handed over in memory, by id.
 */
final class StoreCallServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SessionStore store;
    private final transient Map<String, Call> pending = new ConcurrentHashMap<>();

    private record Call(BiFunction<SessionStore, RequestScope, ?> action, CompletableFuture<Object> result) {}

    /** Runs calls of {@code store}, the store the filter's Flashkit is configured with. */
    StoreCallServlet(SessionStore store) {
        this.store = store;
    }

    /** A store whose every call is one request of {@code browser} to this servlet. */
    SessionStore through(Browser browser) {
        return new SessionStore() {
            @Override
            public Optional<SessionData> load(String cookieValue) {
                return call(browser, (s, scope) -> s.load(cookieValue, scope));
            }

            @Override
            public Optional<String> save(SessionData session, SessionChanges changes, Duration timeToLive) {
                return call(browser, (s, scope) -> s.save(session, changes, timeToLive, scope));
            }

            @Override
            public void delete(String id) {
                call(browser, (s, scope) -> {
                    s.delete(id, scope);
                    return null;
                });
            }

            @Override
            public String newId(String previousId) {
                return call(browser, (s, scope) -> s.newId(previousId));
            }
        };
    }

    @SuppressWarnings("unchecked")
    private <T> T call(Browser browser, BiFunction<SessionStore, RequestScope, T> call) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<Object> result = new CompletableFuture<>();
        pending.put(id, new Call(call, result));
        try {
            Browser.Page page = browser.get("/call?id=" + id);
            if (!result.isDone()) {
                throw new AssertionError("the store call did not run in the request: " + page);
            }
            return (T) result.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        } finally {
            pending.remove(id);
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        String id = request.getParameter("id");
        Call call = id == null ? null : pending.remove(id);
        if (call == null) {
            response.setStatus(404);
            return;
        }
        try {
            RequestScope scope = RequestContext.require(request.getAttribute(RequestContext.ATTRIBUTE), "store calls")
                    .scope();
            call.result().complete(call.action().apply(store, scope));
        } catch (RuntimeException e) {
            call.result().completeExceptionally(e);
        }
        response.setStatus(204);
    }
}
