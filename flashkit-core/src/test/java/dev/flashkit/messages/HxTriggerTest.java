package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HxTriggerTest {
    private static final List<Message> ONE = List.of(Message.builder()
            .id("x")
            .level(Level.INFO)
            .text(MessageText.plain("Hi"))
            .createdAt(Instant.EPOCH)
            .build());

    @Test
    void merge_noExistingHeader_isOurEventAlone() {
        assertThat(HxTrigger.merge(null, ONE)).contains(MessageJson.hxTrigger(ONE));
    }

    @Test
    void merge_existingJsonObject_keepsItsEvents() {
        assertThat(HxTrigger.merge("{\"itemSaved\":{\"id\":3},\"other\":\"v\"}", ONE)
                        .orElseThrow())
                .startsWith("{\"itemSaved\":{\"id\":3},\"other\":\"v\",\"flashkit:messages\":{\"messages\":[");
    }

    @Test
    void merge_existingEventList_becomesAnObject() {
        assertThat(HxTrigger.merge("refresh, closeModal", ONE).orElseThrow())
                .startsWith("{\"refresh\":{},\"closeModal\":{},\"flashkit:messages\":{");
    }

    @Test
    void merge_unparseableJson_isRefused() {
        assertThat(HxTrigger.merge("{broken", ONE)).isEmpty();
    }
}
