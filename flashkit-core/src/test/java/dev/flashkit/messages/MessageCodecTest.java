package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageCodecTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void toJson_thenFromJson_roundTripsEveryField() {
        List<Message> messages = List.of(
                Message.builder()
                        .id("a")
                        .level(Level.of(35, "notice"))
                        .text(MessageText.key("k", "x", 2L))
                        .extraTags("t1 t2")
                        .levelTag("nt")
                        .title("Title")
                        .action(new Message.Action("Undo", "/u"))
                        .createdAt(NOW)
                        .target("/a?b=1")
                        .expiresAt(NOW.plusSeconds(60))
                        .build(),
                Message.builder()
                        .id("b")
                        .level(Level.INFO)
                        .text(MessageText.plain("p"))
                        .createdAt(NOW)
                        .build());

        assertThat(MessageCodec.fromJson(MessageCodec.toJson(messages), 4096)).contains(messages);
    }

    @Test
    void fromJson_malformedOrForeign_isEmpty() {
        for (String bad : List.of(
                "",
                "{",
                "[]",
                "{\"v\":2,\"m\":[]}",
                "{\"v\":1,\"m\":[{\"i\":\"a\"}]}",
                "{\"v\":1,\"m\":[{\"i\":\"a\",\"l\":20,\"n\":\"info\",\"k\":\"z\",\"t\":\"x\",\"c\":1}]}",
                "{\"v\":1,\"m\":[{\"i\":\"a\",\"l\":20,\"n\":\"IN FO\",\"k\":\"p\",\"t\":\"x\",\"c\":1}]}",
                "{\"v\":1,\"m\":[{\"i\":\"a\",\"l\":99999999999,\"n\":\"info\",\"k\":\"p\",\"t\":\"x\",\"c\":1}]}",
                "{\"v\":1,\"m\":[{\"i\":\"a\",\"l\":20,\"n\":\"info\",\"k\":\"p\",\"t\":\"x\",\"c\":1,"
                        + "\"ac\":[\"x\",\"javascript:alert(1)\"]}]}")) {
            assertThat(MessageCodec.fromJson(bad.getBytes(StandardCharsets.UTF_8), 4096))
                    .as(bad)
                    .isEmpty();
        }
    }

    @Test
    void fromValue_notAMap_isEmpty() {
        assertThat(MessageCodec.fromValue("x")).isEmpty();
        assertThat(MessageCodec.fromValue(Map.of("i", 1L))).isEmpty();
        assertThat(MessageCodec.fromValues(Map.of())).isEmpty();
    }
}
