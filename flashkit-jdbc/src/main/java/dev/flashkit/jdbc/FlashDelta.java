package dev.flashkit.jdbc;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One request's change of its session's flash messages, written with the session save: the ids to remove
 * (shown or dropped) and the rows to append (new messages, and claimed ones put back at their places).
 * {@code replace} removes every stored message not appended (for a store without an earlier load).
 */
record FlashDelta(boolean replace, Set<String> remove, List<StoredMessage> append) {
    static final FlashDelta NONE = new FlashDelta(false, Set.of(), List.of());

    FlashDelta {
        remove = Set.copyOf(remove);
        append = List.copyOf(append);
    }

    /** This change followed by {@code next} (a later store of the same request), as one change. */
    FlashDelta then(FlashDelta next) {
        if (next.replace) {
            return next;
        }
        Set<String> removed = new LinkedHashSet<>(remove);
        List<StoredMessage> appended = new ArrayList<>();
        for (StoredMessage m : append) {
            if (!next.remove.contains(m.id())) {
                appended.add(m);
            }
        }
        for (String id : next.remove) {
            if (append.stream().noneMatch(m -> m.id().equals(id))) {
                removed.add(id);
            }
        }
        appended.addAll(next.append);
        return new FlashDelta(replace, removed, appended);
    }

    /** The ids of the appended rows. */
    String[] appendIds() {
        return append.stream().map(StoredMessage::id).toArray(String[]::new);
    }
}
