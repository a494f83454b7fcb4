package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageViewTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Message message(Level level, String levelTag) {
        return Message.builder()
                .id("m1")
                .level(level)
                .text(MessageText.plain("<b>Hi</b>"))
                .levelTag(levelTag)
                .createdAt(NOW)
                .build();
    }

    @Test
    void view_standardLevels_carryTheRenderersClassAndRole() {
        assertThat(message(Level.ERROR, null).view())
                .extracting(MessageView::css, MessageView::assertive, MessageView::level)
                .containsExactly("danger", true, "error");
        assertThat(message(Level.DEBUG, null).view())
                .extracting(MessageView::css, MessageView::assertive)
                .containsExactly("secondary", false);
        assertThat(message(Level.WARNING, null).view())
                .extracting(MessageView::css, MessageView::assertive)
                .containsExactly("warning", true);
        assertThat(message(Level.SUCCESS, null).view())
                .extracting(MessageView::css, MessageView::assertive)
                .containsExactly("success", false);
    }

    @Test
    void view_customLevelTag_isTheClassLowerCasedButNotTheLevel() {
        MessageView view = message(Level.of(22, "notice"), "Primary").view();

        assertThat(view.css()).isEqualTo("primary");
        assertThat(view.level()).isEqualTo("notice");
        assertThat(view.tags()).isEqualTo("Primary");
        assertThat(view.html()).isEqualTo("&lt;b&gt;Hi&lt;/b&gt;");
    }

    @Test
    void view_sameMessage_isWhatMessageViewOfGives() {
        Message m = message(Level.INFO, null).withTitle("Note");

        assertThat(m.view()).isEqualTo(MessageView.of(m));
    }

    @Test
    void is_forLogicLessTemplates_namesOnlyTheMessagesOwnLevel() {
        assertThat(message(Level.ERROR, null).view().is()).containsExactly(java.util.Map.entry("ERROR", true));
        assertThat(message(Level.of(35, "needs-review"), "primary").view().is()).containsOnlyKeys("NEEDS_REVIEW");
    }
}
