package dev.flashkit.redis;

import java.util.ArrayList;
import java.util.List;

/**
 * A request's pending change to its session's flash list, carried from the message storage to the
 * session save in the request's {@link FlashRequest}, so that the commit writes session and flash
 * list in one script (one round trip).
 *
 * @param replace drop the whole list first (the request never loaded it)
 * @param removeIds ids of entries to remove (shown or dropped by this request)
 * @param restoreIds ids of the entries to put back, parallel to {@code restoreEntries}
 * @param restoreEntries encoded entries this request claimed while loading and did not show, in list
 *     order: they go back at their places
 * @param order ids the list held when this request loaded it, in order (places of the put-back ones)
 * @param appendIds ids of the entries to append, parallel to {@code appendEntries}
 * @param appendEntries encoded entries to append, oldest first
 * @param listExpiry latest expiry (epoch ms) among the appended and put-back entries
 */
record FlashDelta(
        boolean replace,
        List<String> removeIds,
        List<String> restoreIds,
        List<String> restoreEntries,
        List<String> order,
        List<String> appendIds,
        List<String> appendEntries,
        long listExpiry) {
    FlashDelta {
        removeIds = List.copyOf(removeIds);
        restoreIds = List.copyOf(restoreIds);
        restoreEntries = List.copyOf(restoreEntries);
        order = List.copyOf(order);
        appendIds = List.copyOf(appendIds);
        appendEntries = List.copyOf(appendEntries);
    }

    /** Whether it only puts back claimed entries (the request changed nothing else in the list). */
    boolean isRestoreOnly() {
        return !replace && removeIds.isEmpty() && appendIds.isEmpty() && !restoreIds.isEmpty();
    }

    /** {@code next} applied after this one (a request that stores twice before its commit). */
    FlashDelta then(FlashDelta next) {
        if (next.replace) {
            return next;
        }
        List<String> ids = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < appendIds.size(); i++) {
            if (!next.removeIds.contains(appendIds.get(i))) { // appended then removed: never written
                ids.add(appendIds.get(i));
                entries.add(appendEntries.get(i));
            }
        }
        List<String> restoreIds = new ArrayList<>();
        List<String> restore = new ArrayList<>();
        for (int i = 0; i < this.restoreIds.size(); i++) {
            if (!next.removeIds.contains(this.restoreIds.get(i))) { // put back then removed: stays out
                restoreIds.add(this.restoreIds.get(i));
                restore.add(restoreEntries.get(i));
            }
        }
        restoreIds.addAll(next.restoreIds);
        restore.addAll(next.restoreEntries);
        List<String> remove = new ArrayList<>(removeIds);
        for (String id : next.removeIds) {
            boolean pending = appendIds.contains(id) || this.restoreIds.contains(id);
            if (!replace && !pending && !remove.contains(id)) { // a replace drops all anyway
                remove.add(id);
            }
        }
        ids.addAll(next.appendIds);
        entries.addAll(next.appendEntries);
        return new FlashDelta(
                replace,
                remove,
                restoreIds,
                restore,
                order.isEmpty() ? next.order : order,
                ids,
                entries,
                Math.max(listExpiry, next.listExpiry));
    }
}
