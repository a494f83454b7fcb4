package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageJsonTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void document_plainAndFullMessages_writesTheContractShape() {
        Message plain = Message.builder()
                .id("a1")
                .level(Level.SUCCESS)
                .text(MessageText.plain("Saved \"x\""))
                .extraTags("undo")
                .createdAt(NOW)
                .build();
        Message full = Message.builder()
                .id("b2")
                .level(Level.ERROR)
                .text(MessageText.plain("Failed"))
                .title("Oops")
                .action(new Message.Action("Retry", "/retry"))
                .createdAt(NOW)
                .build();

        assertThat(MessageJson.document(List.of(plain, full)))
                .isEqualTo("{\"messages\":["
                        + "{\"id\":\"a1\",\"level\":\"success\",\"levelValue\":25,\"text\":\"Saved \\\"x\\\"\","
                        + "\"tags\":\"undo success\",\"css\":\"success\",\"title\":null,\"action\":null},"
                        + "{\"id\":\"b2\",\"level\":\"error\",\"levelValue\":40,\"text\":\"Failed\",\"tags\":\"error\","
                        + "\"css\":\"danger\",\"title\":\"Oops\",\"action\":{\"label\":\"Retry\",\"href\":\"/retry\"}}"
                        + "]}");
    }

    @Test
    void document_noMessages_isAnEmptyList() {
        assertThat(MessageJson.document(List.of())).isEqualTo("{\"messages\":[]}");
    }

    @Test
    void hxTrigger_nonAsciiText_isWrappedInTheEventAndEscaped() {
        Message m = Message.builder()
                .id("c3")
                .level(Level.INFO)
                .text(MessageText.plain("Grüße"))
                .createdAt(NOW)
                .build();

        String header = MessageJson.hxTrigger(List.of(m));

        assertThat(header).startsWith("{\"flashkit:messages\":{\"messages\":[{\"id\":\"c3\"");
        assertThat(header).contains("Gr\\u00FC\\u00DFe").endsWith("]}}");
        assertThat(header.chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void document_trustedHtml_isReducedToText() {
        Message m = Message.builder()
                .id("h")
                .level(Level.INFO)
                .text(MessageText.trustedHtml("Read <a href=\"/t\">the &amp; terms</a>"))
                .createdAt(NOW)
                .build();

        assertThat(MessageJson.document(List.of(m))).contains("\"text\":\"Read the & terms\"");
    }
}
