package dev.flashkit.messages;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Makes room without losing anything: the oldest lowest-level messages are merged into one
 * "+N more messages" entry (i18n key {@code flashkit.messages.more}, extra tag {@code flashkit-more}), whose
 * level is the highest merged. The one owner of that entry's shape: storages that merge on their own (Redis)
 * build and count it here too.
 */
public final class Coalescer {
    static final String MORE_KEY = "flashkit.messages.more";
    static final String MORE_TAG = "flashkit-more";

    private Coalescer() {}

    /**
     * A "+N more messages" entry standing for {@code count} messages at {@code level}; set at least its
     * {@code createdAt} (and target and expiry as the merged messages had them) and build it.
     */
    public static Message.Builder summary(Level level, long count) {
        return Message.builder()
                .level(level)
                .text(MessageText.key(MORE_KEY, count))
                .extraTags(MORE_TAG);
    }

    /** Whether {@code m} is a "+N more" summary. */
    static boolean isSummary(Message m) {
        return m.text().kind() == MessageText.Kind.KEY && m.text().value().equals(MORE_KEY);
    }

    /** How many messages {@code m} stands for: N for a "+N more messages" entry (as stored), else 1. */
    public static long count(Message m) {
        if (!isSummary(m)) {
            return 1;
        }
        return m.text().args().isEmpty() || !(m.text().args().get(0) instanceof Number n) ? 1 : n.longValue();
    }

    /**
     * A copy of {@code messages} at least {@code reduceBy} entries shorter (or down to a single summary),
     * and the number of messages newly merged via {@code merged[0]}.
     */
    static List<Message> coalesce(List<Message> messages, int reduceBy, Instant now, long[] merged) {
        Message summary =
                messages.stream().filter(Coalescer::isSummary).findFirst().orElse(null);
        List<Message> candidates = messages.stream()
                .filter(m -> m != summary)
                .sorted(Comparator.comparingInt((Message m) -> m.level().value())
                        .thenComparing(Message::createdAt))
                .toList();
        int take = Math.min(candidates.size(), summary == null ? reduceBy + 1 : reduceBy);
        if (summary == null && take < 2) {
            take = Math.min(candidates.size(), 2);
        }
        if (take == 0 || (summary == null && take < 2)) {
            merged[0] = 0;
            return messages;
        }
        List<Message> victims = candidates.subList(0, take);
        Set<String> victimIds = victims.stream().map(Message::id).collect(Collectors.toSet());
        long count = summary == null ? 0 : count(summary);
        Level level = summary == null ? victims.get(0).level() : summary.level();
        Instant expiry = summary == null ? null : summary.expiresAt();
        String target = summary == null ? victims.get(0).target() : summary.target();
        boolean sameTarget = true;
        for (Message v : victims) {
            count += count(v);
            if (v.level().value() > level.value()) {
                level = v.level();
            }
            if (v.expiresAt() != null && (expiry == null || v.expiresAt().isAfter(expiry))) {
                expiry = v.expiresAt();
            }
            if (target != null && !target.equals(v.target())) {
                sameTarget = false;
            }
        }
        merged[0] = victims.size();
        Message more = summary(level, count)
                .createdAt(now)
                .target(sameTarget ? target : null)
                .expiresAt(expiry)
                .build();
        List<Message> out = new ArrayList<>(messages.size() - victims.size() + 1);
        boolean placed = false;
        for (Message m : messages) {
            if (m == summary || victimIds.contains(m.id())) {
                if (!placed) {
                    out.add(more);
                    placed = true;
                }
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
