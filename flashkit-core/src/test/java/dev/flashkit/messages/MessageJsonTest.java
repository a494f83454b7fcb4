package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageJsonTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void document_plainAndFullMessages_writesTheContractShape() {
        Message plain = new Message(
                "a1", Level.SUCCESS, MessageText.plain("Saved \"x\""), "undo", null, null, null, NOW, null, null);
        Message full = new Message(
                "b2",
                Level.ERROR,
                MessageText.plain("Failed"),
                "",
                null,
                "Oops",
                new Message.Action("Retry", "/retry"),
                NOW,
                null,
                null);

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
        Message m = new Message("c3", Level.INFO, MessageText.plain("Grüße"), "", null, null, null, NOW, null, null);

        String header = MessageJson.hxTrigger(List.of(m));

        assertThat(header).startsWith("{\"flashkit:messages\":{\"messages\":[{\"id\":\"c3\"");
        assertThat(header).contains("Gr\\u00FC\\u00DFe").endsWith("]}}");
        assertThat(header.chars().allMatch(c -> c < 128)).isTrue();
    }

    @Test
    void document_trustedHtml_isReducedToText() {
        Message m = new Message(
                "h",
                Level.INFO,
                MessageText.trustedHtml("Read <a href=\"/t\">the &amp; terms</a>"),
                "",
                null,
                null,
                null,
                NOW,
                null,
                null);

        assertThat(MessageJson.document(List.of(m))).contains("\"text\":\"Read the & terms\"");
    }
}
