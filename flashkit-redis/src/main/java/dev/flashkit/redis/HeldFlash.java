package dev.flashkit.redis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flash entries one request claimed while loading its session (removed from Redis, so no parallel
 * request shows them), and which of them it has not displayed yet. Displaying one takes it; at commit
 * the claimed ones the request keeps after all (not displayed, {@code keep()}, a 4xx page) go back to the
 * list at their places, and when the request fails all of them do. Thread-safe (a request may hand its
 * exchange to other threads).
 */
final class HeldFlash {
    private final String sessionId;
    private final List<String> order;
    private final Map<String, FlashEntry> claimed = new LinkedHashMap<>();
    private final Set<String> undisplayed = new HashSet<>();

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
                claimed.put(e.id(), e);
                undisplayed.add(e.id());
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

    /** Whether some claimed entry is not displayed yet. */
    synchronized boolean holdsUndisplayed() {
        return !undisplayed.isEmpty();
    }

    /** Whether the load claimed this entry (it is not in Redis now). */
    boolean wasClaimed(String id) {
        return claimed.containsKey(id);
    }

    /** Takes the entry for display. Whether the load claimed it for this request and it was not taken yet. */
    synchronized boolean take(String id) {
        return undisplayed.remove(id);
    }

    /** The claimed entries whose ids are in {@code ids}, in list order. */
    List<FlashEntry> among(Collection<String> ids) {
        return claimed.values().stream().filter(e -> ids.contains(e.id())).toList();
    }

    /** Every claimed entry, displayed or not, in list order: what goes back when the request fails. */
    List<FlashEntry> claimed() {
        return List.copyOf(claimed.values());
    }
}
