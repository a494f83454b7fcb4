package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoalescerTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private static Message m(String id, Level level, int second) {
        return Message.builder()
                .id(id)
                .level(level)
                .text(MessageText.plain(id))
                .createdAt(T0.plusSeconds(second))
                .build();
    }

    @Test
    void coalesce_overBacklog_mergesOldestLowestLevelFirstAndCountsThem() {
        List<Message> list = List.of(
                m("e1", Level.ERROR, 0),
                m("i1", Level.INFO, 1),
                m("s1", Level.SUCCESS, 2),
                m("i2", Level.INFO, 3),
                m("i3", Level.INFO, 4));
        long[] merged = new long[1];

        List<Message> out = Coalescer.coalesce(list, 2, T0, merged);

        assertThat(out).hasSize(3);
        assertThat(out.get(0).id()).isEqualTo("e1");
        assertThat(Coalescer.isSummary(out.get(1))).isTrue();
        assertThat(Coalescer.count(out.get(1))).isEqualTo(3);
        assertThat(out.get(1).level()).isEqualTo(Level.INFO);
        assertThat(out.get(2).id()).isEqualTo("s1");
        assertThat(merged[0]).isEqualTo(3);
    }

    @Test
    void coalesce_again_growsTheExistingSummary() {
        List<Message> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            list.add(m("i" + i, Level.INFO, i));
        }
        long[] merged = new long[1];
        List<Message> once = Coalescer.coalesce(list, 2, T0, merged);
        List<Message> twice = Coalescer.coalesce(once, 2, T0, merged);

        assertThat(twice).hasSize(2);
        assertThat(twice.stream()
                        .filter(Coalescer::isSummary)
                        .mapToLong(Coalescer::count)
                        .sum())
                .isEqualTo(5);
        assertThat(twice.get(1).id()).isEqualTo("i5");
    }

    @Test
    void coalesce_summaryLevel_isTheHighestMerged() {
        List<Message> list = List.of(m("w", Level.WARNING, 0), m("w2", Level.WARNING, 1), m("e", Level.ERROR, 2));

        List<Message> out = Coalescer.coalesce(list, 1, T0, new long[1]);

        assertThat(out).hasSize(2);
        assertThat(out.get(0).level()).isEqualTo(Level.WARNING);
        assertThat(out.get(1).id()).isEqualTo("e");
    }

    @Test
    void summary_built_isASummaryThatCountsWhatItStandsFor() {
        Message more = Coalescer.summary(Level.WARNING, 7)
                .createdAt(T0)
                .target("/items")
                .build();

        assertThat(Coalescer.isSummary(more)).isTrue();
        assertThat(Coalescer.count(more)).isEqualTo(7);
        assertThat(more.tags()).isEqualTo("flashkit-more warning");
        assertThat(more.target()).isEqualTo("/items");
        assertThat(Coalescer.count(m("i1", Level.INFO, 0))).isEqualTo(1);
    }
}
