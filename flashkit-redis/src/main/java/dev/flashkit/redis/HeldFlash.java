package dev.flashkit.redis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The flash entries one request claimed while loading its session (removed from Redis, so no parallel
 * request shows them) and has not displayed yet. Displaying one takes it; at commit, or when the request
 * fails, the rest go back to the list at their places. Thread-safe (a request may hand its exchange to
 * other threads).
 */
final class HeldFlash {
    private final String sessionId;
    private final List<String> order;
    private final List<FlashEntry> claimed = new ArrayList<>();
    private final Map<String, FlashEntry> held = new LinkedHashMap<>();

    /**
     * @param sessionId the session whose list they came from
     * @param loaded the list's live entries as the load read them, in order
     * @param claimedIds ids of the entries the load claimed
     */
    HeldFlash(String sessionId, List<FlashEntry> loaded, Collection<String> claimedIds) {
        this.sessionId = sessionId;
        List<String> ids = new ArrayList<>(loaded.size());
        for (FlashEntry e : loaded) {
            ids.add(e.id());
            if (claimedIds.contains(e.id())) {
                claimed.add(e);
                held.put(e.id(), e);
            }
        }
        this.order = List.copyOf(ids);
    }

    String sessionId() {
        return sessionId;
    }

    /** The ids the list held at load, in order: where put-back entries belong. */
    List<String> order() {
        return order;
    }

    synchronized boolean isEmpty() {
        return held.isEmpty();
    }

    synchronized boolean contains(String id) {
        return held.containsKey(id);
    }

    /** Takes the entry for display: it will not go back. Whether this request held it. */
    synchronized boolean take(String id) {
        return held.remove(id) != null;
    }

    /** The held entries whose ids are in {@code ids}, in list order. */
    synchronized List<FlashEntry> among(Collection<String> ids) {
        return held.values().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /**
     * Every entry the load claimed, displayed or not, in list order: what goes back when the request
     * fails (a failed page does not count as shown).
     */
    List<FlashEntry> claimed() {
        return List.copyOf(claimed);
    }
}
