package dev.flashkit.messages;

import dev.flashkit.internal.Counters;
import dev.flashkit.spi.Exchange;
import dev.flashkit.spi.RequestScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The messages state of one request: what storage held (loaded lazily, expired ones dropped), what this
 * request added, and which were consumed (claimed). Computes what remains to be stored at commit.
 */
final class MessageQueue {
    private record Local(Message message, boolean transientOnly) {}

    private final MessageStorage storage;
    private final Exchange exchange;
    private final RequestScope scope;
    private List<Message> stored;
    private boolean storedChanged;
    private boolean claimedFromStorage;
    private final List<Local> local = new ArrayList<>(2);
    private final Set<String> consumed = new HashSet<>();
    private Set<String> preclaimed; // the non-blocking path: stored messages this request owns since it prepared
    private boolean putBack; // ... taken out of storage by that claim: store back what is not displayed

    MessageQueue(MessageStorage storage, Exchange exchange, RequestScope scope) {
        this.storage = storage;
        this.exchange = exchange;
        this.scope = scope;
    }

    /** Whether storage was read or messages were added (else commit has nothing to do). */
    boolean isTouched() {
        return stored != null || !local.isEmpty();
    }

    void add(Message message, boolean transientOnly) {
        local.add(new Local(message, transientOnly));
    }

    void load(Instant now) {
        if (stored != null) {
            return;
        }
        accept(storage.load(scope), now);
    }

    /** Takes what storage held (loaded by {@code loadAsync} on the non-blocking path), dropping expired ones. */
    void accept(List<Message> loaded, Instant now) {
        if (stored != null) {
            return;
        }
        List<Message> live = new ArrayList<>(loaded.size());
        for (Message m : loaded) {
            if (m.isExpired(now)) {
                storedChanged = true;
                Expiry.undelivered(m, Counters.of(scope));
            } else {
                live.add(m);
            }
        }
        stored = live;
    }

    /**
     * Stored messages for this request, then this request's own. A stored message reaches this request when
     * it is untargeted, targeted here or at the page this sub-request came from ({@link Delivery#sourcePage}),
     * or older than its targeted wait ({@link Expiry#waitIsOver}).
     */
    List<Message> deliverable(boolean unconsumedOnly) {
        String here = null;
        String source = null;
        Instant now = null;
        List<Message> out = new ArrayList<>(stored.size() + local.size());
        for (Message m : stored) {
            if (m.target() != null) {
                if (here == null) {
                    here = Delivery.here(exchange);
                    source = Delivery.sourcePage(exchange);
                    now = scope.config().clock().instant();
                }
                if (!m.target().equals(here)
                        && !m.target().equals(source)
                        && !Expiry.waitIsOver(m, now, scope.config().messages().targetMaxAge())) {
                    continue;
                }
            }
            if (!unconsumedOnly || !consumed.contains(m.id())) {
                out.add(m);
            }
        }
        for (Local l : local) {
            if (!unconsumedOnly || !consumed.contains(l.message().id())) {
                out.add(l.message());
            }
        }
        return out;
    }

    /**
     * Marks {@code messages} consumed and returns those this request owns: its own, and the stored ones
     * the storage let it claim. Stored messages claimed by another request are forgotten here.
     */
    List<Message> claim(List<Message> messages) {
        List<Message> owned = new ArrayList<>(messages.size());
        List<Message> fromStorage = new ArrayList<>();
        for (Message m : messages) {
            if (consumed.contains(m.id())) {
                owned.add(m);
            } else if (preclaimed != null && preclaimed.contains(m.id())) {
                consumed.add(m.id());
                owned.add(m);
                claimedFromStorage = true;
            } else if (isLocal(m)) {
                consumed.add(m.id());
                owned.add(m);
            } else {
                fromStorage.add(m);
            }
        }
        if (fromStorage.isEmpty()) {
            return owned;
        }
        claimedFromStorage = true;
        List<Message> claimed = storage.claim(scope, fromStorage);
        if (claimed.size() == fromStorage.size()) { // a storage returns a subset: here, all of them
            for (Message m : fromStorage) {
                consumed.add(m.id());
            }
            owned.addAll(fromStorage);
            return owned;
        }
        Set<String> claimedIds = new HashSet<>();
        for (Message m : claimed) {
            claimedIds.add(m.id());
        }
        consumed.addAll(claimedIds);
        for (Message m : fromStorage) {
            if (claimedIds.contains(m.id())) {
                owned.add(m);
            } else {
                stored.remove(m); // another request displays it: never show or store it again here
            }
        }
        return owned;
    }

    /**
     * The non-blocking path claimed {@code candidates} ahead of display and owns {@code owned} of them: claiming
     * those later costs no storage call, and the others (claimed by another request) are forgotten here. When
     * the claim took them out of storage ({@code taken}), the undisplayed ones are stored back at commit.
     */
    void preclaimed(List<Message> candidates, List<Message> owned, boolean taken) {
        Set<String> ids = new HashSet<>();
        for (Message m : owned) {
            ids.add(m.id());
        }
        for (Message m : candidates) {
            if (!ids.contains(m.id())) {
                stored.remove(m);
            }
        }
        preclaimed = ids;
        putBack = taken && !ids.isEmpty();
    }

    private boolean isLocal(Message m) {
        for (Local l : local) {
            if (l.message() == m) {
                return true;
            }
        }
        return false;
    }

    /** Whether the non-blocking path's claim took messages out of storage that the commit must store back. */
    boolean putsBack() {
        return putBack;
    }

    void unconsume(List<Message> messages) {
        messages.forEach(m -> consumed.remove(m.id()));
    }

    void unconsumeAll() {
        consumed.clear();
    }

    /** Keeps stored messages for a later page; this request's own displayed messages stay consumed. */
    void unconsumeStored() {
        for (Message m : stored) {
            consumed.remove(m.id());
        }
    }

    /**
     * This request visited its page ({@link Delivery#isVisit}) without showing the stored messages targeted
     * at it: claims them and keeps them as new untargeted messages (new ids, so storages that diff by id
     * replace them), deliverable to the next page that displays messages.
     */
    void releaseTargetedHere() {
        String here = Delivery.here(exchange);
        List<Message> waiting = new ArrayList<>();
        for (Message m : stored) {
            if (here.equals(m.target()) && !consumed.contains(m.id())) {
                waiting.add(m);
            }
        }
        if (waiting.isEmpty()) {
            return;
        }
        for (Message m : claim(waiting)) {
            local.add(new Local(m.toBuilder().id(Message.newId()).target(null).build(), false));
        }
    }

    /**
     * What must be stored after this request — unconsumed, unexpired stored messages, then the ones added
     * here, stamped for {@code target} when not null — or {@code null} when storage needs no change.
     */
    List<Message> remaining(Instant now, String target) {
        boolean changed = storedChanged || claimedFromStorage || scope.holdsMessages() || putBack;
        List<Message> remaining = new ArrayList<>(stored.size() + local.size());
        String here = target == null ? null : Delivery.here(exchange);
        for (Message m : stored) {
            if (consumed.contains(m.id())) {
                changed = true;
            } else if (m.isExpired(now)) {
                changed = true;
                Expiry.undelivered(m, Counters.of(scope));
            } else if (here != null && here.equals(m.target()) && !target.equals(here)) {
                // its target page redirected on (e.g. to add a trailing slash): follow it
                Message moved = m.withTarget(target, m.expiresAt());
                remaining.add(moved.withId(Message.newId())); // changed: new id (storages may diff by id)
                changed = true;
            } else {
                remaining.add(m);
            }
        }
        for (Local l : local) {
            Message m = l.message();
            if (l.transientOnly() || consumed.contains(m.id())) {
                continue;
            }
            if (target != null && m.target() == null) {
                m = m.withTarget(target, m.expiresAt()); // waits targetMaxAge for it, then any page (Expiry)
            }
            remaining.add(m);
            changed = true;
        }
        return changed ? remaining : null;
    }

    @Override
    public String toString() {
        return "stored=" + (stored == null ? "not loaded" : stored.size()) + ", added=" + local.size() + ", consumed="
                + consumed.size();
    }
}
