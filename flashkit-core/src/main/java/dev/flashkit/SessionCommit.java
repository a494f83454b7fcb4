package dev.flashkit;

import dev.flashkit.FlashkitMetrics.StoreOperation;
import dev.flashkit.internal.Counters;
import dev.flashkit.internal.Stages;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.session.SessionStoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The commit of a {@link DefaultSession}: which stored sessions to delete, whether and what to save, and which
 * cookie that leaves — run through the store's blocking methods ({@link #commit}) or its async ones ({@link
 * #commitAsync}, the non-blocking path), with the same decisions.
 */
final class SessionCommit {
    private SessionCommit() {}

    /** What a save hands the store, and the cookie's max age. */
    private record Save(SessionData data, SessionChanges changes, Duration ttl, Duration remaining) {}

    static DefaultSession.Outcome commit(DefaultSession s, boolean saveRequested) {
        if (!begin(s)) {
            return new DefaultSession.Unchanged();
        }
        for (String deleted : idsToDelete(s)) {
            try {
                s.store.delete(deleted, s.scope);
            } catch (SessionStoreException e) {
                failed(s, StoreOperation.DELETE);
                throw e;
            }
        }
        if (s.attributes.isEmpty()) {
            return emptied(s);
        }
        Save save = save(s, saveRequested);
        if (save == null) {
            return new DefaultSession.Unchanged();
        }
        Optional<String> value;
        try {
            value = s.store.save(save.data(), save.changes(), save.ttl(), s.scope);
        } catch (SessionStoreException e) {
            failed(s, StoreOperation.SAVE);
            throw e;
        }
        return saved(s, value, save);
    }

    static CompletionStage<DefaultSession.Outcome> commitAsync(DefaultSession s, boolean saveRequested) {
        if (!begin(s)) {
            return CompletableFuture.completedFuture(new DefaultSession.Unchanged());
        }
        CompletionStage<Void> deletes = Stages.done();
        for (String deleted : idsToDelete(s)) {
            deletes = deletes.thenCompose(
                    done -> counted(s, StoreOperation.DELETE, s.store.deleteAsync(deleted, s.scope)));
        }
        if (s.attributes.isEmpty()) {
            return deletes.thenApply(done -> emptied(s));
        }
        Save save = save(s, saveRequested);
        if (save == null) {
            return deletes.thenApply(done -> new DefaultSession.Unchanged());
        }
        return deletes.thenCompose(done -> counted(
                        s, StoreOperation.SAVE, s.store.saveAsync(save.data(), save.changes(), save.ttl(), s.scope)))
                .thenApply(value -> saved(s, value, save));
    }

    /** Counts a store failure of {@code operation} in the instance's metrics. */
    private static void failed(DefaultSession s, StoreOperation operation) {
        Counters.of(s.scope).storeFailure(operation);
    }

    /** {@code stage}, counting its failure as one of {@code operation} when the store failed. */
    private static <T> CompletionStage<T> counted(
            DefaultSession s, StoreOperation operation, CompletionStage<T> stage) {
        return stage.whenComplete((value, failure) -> {
            if (failure != null && Stages.unwrap(failure) instanceof SessionStoreException) {
                failed(s, operation);
            }
        });
    }

    private static boolean begin(DefaultSession s) {
        boolean first = s.loaded && !s.committed;
        s.committed = true;
        return first;
    }

    /** The ids whose stored sessions the commit deletes: replaced ones, and this one when it was emptied. */
    private static List<String> idsToDelete(DefaultSession s) {
        if (!s.attributes.isEmpty() || s.isNew) {
            return s.deletedIds;
        }
        List<String> ids = new ArrayList<>(s.deletedIds);
        ids.add(s.id);
        if (s.previousId != null) {
            ids.add(s.previousId);
        }
        return ids;
    }

    private static DefaultSession.Outcome emptied(DefaultSession s) {
        return s.cookieValue != null ? new DefaultSession.Delete() : new DefaultSession.Unchanged();
    }

    /** The save this commit needs, or {@code null} when nothing changed and nothing is due. */
    private static Save save(DefaultSession s, boolean saveRequested) {
        FlashkitConfig config = s.config;
        Instant now = config.clock().instant();
        boolean changed = s.isNew || s.previousId != null || s.cleared || !s.updated.isEmpty() || !s.removed.isEmpty();
        if (!changed && !saveRequested && !s.needsRewrite && !SessionTimes.touchDue(config, s.lastAccessedAt, now)) {
            return null;
        }
        Duration remaining = Duration.between(now, s.createdAt.plus(config.sessionMaxAge()));
        return new Save(
                new SessionData(s.id, s.generation, s.createdAt, now, s.attributes, false),
                new SessionChanges(s.isNew, s.previousId, s.cleared, s.updated, s.removed),
                SessionTimes.timeToLive(config, remaining),
                remaining);
    }

    private static DefaultSession.Outcome saved(DefaultSession s, Optional<String> value, Save save) {
        if (value.isEmpty()) {
            return new DefaultSession.Delete();
        }
        if (!s.isNew && s.previousId == null && value.get().equals(s.cookieValue)) {
            return new DefaultSession.Unchanged();
        }
        return new DefaultSession.Write(value.get(), save.remaining());
    }
}
