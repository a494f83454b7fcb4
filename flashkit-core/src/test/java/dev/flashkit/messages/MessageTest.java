package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Message message(String extraTags) {
        return Message.builder()
                .id("id1")
                .level(Level.SUCCESS)
                .text(MessageText.plain("Saved"))
                .extraTags(extraTags)
                .createdAt(NOW)
                .build();
    }

    @Test
    void tags_extraTagsGiven_comeBeforeTheLevelTag() {
        assertThat(message("undo  sticky ").tags()).isEqualTo("undo sticky success");
        assertThat(message("").tags()).isEqualTo("success");
    }

    @Test
    void tags_customLevelTag_replacesOnlyTheLevelPart() {
        assertThat(message("undo").withLevelTag("ok").tags()).isEqualTo("undo ok");
    }

    /**
     * Found by MessagesCookieFuzzTest: a level tag of control characters only is not blank but trims to empty, so a
     * message kept an empty level tag and came back from its cookie with the level name instead (not equal).
     */
    @Test
    void levelTag_controlCharactersOnly_isTheLevelName() {
        Message message = message("").withLevelTag("\u0000\t\u001f");

        assertThat(message.levelTag()).isEqualTo("success");
        assertThat(MessageCookieFormat.decode(
                        MessageCookieFormat.document(List.of(MessageCookieFormat.encode(message)), 1)))
                .containsExactly(message);
    }

    @Test
    void equals_sameOrOneFieldDifferent_comparesEveryField() {
        Message m = message("");

        assertThat(m).isEqualTo(message(""));
        assertThat(m).isNotEqualTo(message("x"));
        assertThat(m).isNotEqualTo(m.withTitle("Title"));
        assertThat(m).isNotEqualTo(m.withAction(new Message.Action("Undo", "/undo")));
        assertThat(m).isNotEqualTo(m.withTarget("/a", NOW));
        assertThat(m).isNotEqualTo(m.withExpiresAt(NOW));
        assertThat(m).isNotEqualTo(m.withLevelTag("ok"));
        assertThat(m).isNotEqualTo(m.withText(MessageText.trustedHtml("Saved")));
        assertThat(m)
                .isNotEqualTo(Message.builder()
                        .id("id1")
                        .level(Level.SUCCESS)
                        .text(MessageText.plain("Saved"))
                        .createdAt(NOW.plusMillis(1))
                        .build());
    }

    @Test
    void action_javascriptHref_isRefused() {
        assertThatThrownBy(() -> new Message.Action("Click", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative, http(s) or mailto");
        assertThatThrownBy(() -> new Message.Action("Click", " JavaScript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Message.Action("Open", "/items/3?a=b:c").href()).isEqualTo("/items/3?a=b:c");
        assertThat(new Message.Action("Open", "https://example.com/x").href()).isEqualTo("https://example.com/x");
    }

    @Test
    void isExpired_atOrAfterExpiry_isTrue() {
        Message m = message("").withExpiresAt(NOW);

        assertThat(m.isExpired(NOW.minusMillis(1))).isFalse();
        assertThat(m.isExpired(NOW)).isTrue();
        assertThat(message("").isExpired(NOW.plusSeconds(999_999))).isFalse();
    }

    @Test
    void key_scalarOrOtherArguments_acceptsOnlyScalars() {
        assertThat(MessageText.key("k", "a", 1, 2.5, true).args()).containsExactly("a", 1L, 2.5, true);
        assertThatThrownBy(() -> MessageText.key("k", new Object())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MessageText.key("k", java.util.List.of("a")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("String, Number or Boolean");
    }

    @Test
    void textHtml_plainOrTrustedHtml_escapesOnlyPlain() {
        assertThat(message("").withText(MessageText.plain("<b>&\"'")).textHtml())
                .isEqualTo("&lt;b&gt;&amp;&quot;&#39;");
        assertThat(message("").withText(MessageText.trustedHtml("<b>ok</b>")).textHtml())
                .isEqualTo("<b>ok</b>");
    }
}
