package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageJsonReaderTest {
    private static final int MAX = 4096;
    private static final Instant NOW = Instant.parse("2026-11-21T23:00:00.123Z");

    private static Message message(
            Level level,
            MessageText text,
            String tags,
            String title,
            Message.Action action,
            String target,
            Instant expires) {
        return new Message("id" + level.value(), level, text, tags, null, title, action, NOW, target, expires);
    }

    private static byte[] json(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void fromJson_usualDocuments_decodeOnTheFastPathLikeTheGeneralPath() {
        List<List<Message>> documents = List.of(
                List.of(message(
                        Level.SUCCESS,
                        MessageText.plain("Item 'widget' added successfully!"),
                        "",
                        null,
                        null,
                        "/show",
                        NOW.plusSeconds(300))),
                List.of(
                        message(Level.INFO, MessageText.plain("a"), "x y", "Title", null, null, null),
                        message(Level.ERROR, MessageText.trustedHtml("<b>b</b>"), "", null, null, "/p?q=1", NOW),
                        message(new Level(33, "notice"), MessageText.key("k.e.y"), "", null, null, null, null)),
                List.of());

        for (List<Message> messages : documents) {
            byte[] json = MessageCodec.toJson(messages);

            assertThat(MessageJsonReader.read(json, MAX))
                    .as(new String(json, StandardCharsets.UTF_8))
                    .isEqualTo(MessageCodec.fromJsonGeneric(json, MAX).orElseThrow())
                    .isEqualTo(messages);
        }
    }

    @Test
    void fromJson_argumentsOrActionLinks_takeTheGeneralPathWithTheSameResult() {
        List<Message> messages = List.of(
                message(Level.INFO, MessageText.key("greeting", "Ada", 3L), "", null, null, null, null),
                message(
                        Level.SUCCESS,
                        MessageText.plain("Saved"),
                        "",
                        null,
                        new Message.Action("Undo", "/undo"),
                        null,
                        null));
        byte[] json = MessageCodec.toJson(messages);

        assertThat(MessageJsonReader.read(json, MAX)).isNull();
        assertThat(MessageCodec.fromJson(json, MAX)).contains(messages);
    }

    @Test
    void fromJson_unusualOrBrokenDocuments_giveWhatTheGeneralPathGives() {
        String ok = "{\"i\":\"a\",\"l\":25,\"n\":\"success\",\"k\":\"p\",\"t\":\"hi\",\"c\":1}";
        List<String> inputs = List.of(
                "{\"v\":1,\"m\":[" + ok + "]}",
                "{\"m\":[" + ok + "],\"v\":1}",
                "{\"v\":1,\"m\":[" + ok + "],\"z\":true}",
                "{\"v\":1,\"v\":1,\"m\":[" + ok + "]}",
                "{\"v\":2,\"m\":[" + ok + "]}",
                "{\"v\":1.0,\"m\":[" + ok + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"l\":25", "\"l\":\"25\"") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"l\":25", "\"l\":99999999999") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"l\":25", "\"l\":99999999999999999999999") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"c\":1", "\"c\":1,\"x\":\"soon\"") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"c\":1", "\"c\":1,\"c\":2") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"k\":\"p\"", "\"k\":\"q\"") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"i\":\"a\",", "") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"t\":\"hi\"", "\"t\":null") + "]}",
                "{\"v\":1,\"m\":[" + ok.replace("\"c\":1", "\"c\":1,\"g\":5") + "]}",
                "{\"v\":1,\"m\":[{}]}",
                "{\"v\":1,\"m\":null}",
                "{\"v\":1}",
                "{\"v\":1,\"m\":[" + ok + "]} trailing",
                "{\"v\":1,\"m\":[" + ok,
                "[1,2]",
                "",
                "garbage");

        for (String input : inputs) {
            byte[] json = json(input);

            assertThat(MessageCodec.fromJson(json, MAX)).as(input).isEqualTo(MessageCodec.fromJsonGeneric(json, MAX));
        }
        assertThat(MessageCodec.fromJson(json("{\"v\":1,\"m\":[" + ok + "]}"), 10))
                .isEmpty();
    }
}
