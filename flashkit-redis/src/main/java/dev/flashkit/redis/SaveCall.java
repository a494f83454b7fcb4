package dev.flashkit.redis;

import dev.flashkit.internal.Counters;
import dev.flashkit.session.SessionChanges;
import dev.flashkit.session.SessionData;
import dev.flashkit.spi.RequestScope;
import java.util.Optional;

/**
 * One save of a Redis session, as the blocking and the async path both run it: the script mode, the session as
 * stored, its delta and TTL, and the request's flash-list change (taken from its {@link FlashRequest}, so it is
 * written now or never); {@link #result} turns the script's status into the cookie value.
 */
record SaveCall(
        String mode,
        String oldId,
        StoredSession stored,
        SessionDelta delta,
        long ttlMillis,
        FlashDelta flash,
        Counters counters,
        SessionChanges changes) {

    /** The save of {@code session} for a request ({@code scope} may be null: a save outside a request). */
    static SaveCall of(SessionData session, SessionChanges changes, long ttlMillis, RequestScope scope) {
        FlashRequest request = scope == null ? null : scope.get(FlashRequest.KEY);
        FlashDelta flash = request == null ? null : request.pending;
        if (request != null) {
            request.pending = null; // written now, or never
        }
        StoredSession stored = new StoredSession(
                session.id(),
                session.generation(),
                session.createdAt().toEpochMilli(),
                session.lastAccessedAt().toEpochMilli(),
                session.attributes());
        String mode = changes.isNew() ? "create" : changes.previousId() != null ? "rotate" : "update";
        return new SaveCall(
                mode,
                changes.isNew() ? null : changes.previousId(),
                stored,
                new SessionDelta(changes.cleared(), changes.updated(), changes.removed()),
                Math.max(1, ttlMillis),
                flash,
                flash == null ? null : Counters.of(scope),
                changes);
    }

    /**
     * The cookie value after the script answered {@code status}. A save that only puts back flash messages the
     * request claimed with its load and did not display is no change of the session: when the session is gone
     * meanwhile, nothing was written and the cookie is left alone, as for a request that only read.
     */
    Optional<String> result(SessionCommands.Status status) {
        if (status == SessionCommands.Status.GONE && flash != null && flash.isRestoreOnly() && onlyMarker()) {
            return Optional.of(stored.id());
        }
        return status == SessionCommands.Status.OK ? Optional.of(stored.id()) : Optional.empty();
    }

    /** Whether the save changes nothing of the session but (at most) the marker. */
    private boolean onlyMarker() {
        return !changes.isNew()
                && changes.previousId() == null
                && !changes.cleared()
                && changes.removed().isEmpty()
                && changes.updated().keySet().stream().allMatch(RedisMessageStorage.MARKER::equals);
    }

    /**
     * In a cluster a session's keys and its rotated successor's must share a slot: the id must carry a
     * family, and a rotation must keep it. Only ids from {@link #newId} do; others would fail with
     * CROSSSLOT in Redis.
     */
    static void checkClusterIds(String id, String previousId) {
        String family = SessionIds.family(id);
        if (family == null || (previousId != null && !family.equals(SessionIds.family(previousId)))) {
            throw new IllegalArgumentException("in a Redis Cluster, session ids must come from"
                    + " RedisSessionStore.newId(previousId) (a rotated session keeps its family)");
        }
    }
}
