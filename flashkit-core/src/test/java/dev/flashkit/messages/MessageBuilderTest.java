package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessageBuilderTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

    private static Message everyField() {
        return Message.builder()
                .id("m1")
                .level(Level.of(35, "notice"))
                .text(MessageText.key("item.saved", "Widget", 3L))
                .extraTags(" undo   sticky ")
                .levelTag("primary")
                .title("Done")
                .action(new Message.Action("Undo", "/items/3/restore"))
                .createdAt(NOW)
                .target("/items/3?tab=1")
                .expiresAt(NOW.plusSeconds(60))
                .build();
    }

    @Test
    void build_everyFieldSet_keepsEachNormalisedLikeTheConstructor() {
        Message m = everyField();

        assertThat(m.id()).isEqualTo("m1");
        assertThat(m.level()).isEqualTo(Level.of(35, "notice"));
        assertThat(m.text()).isEqualTo(MessageText.key("item.saved", "Widget", 3L));
        assertThat(m.extraTags()).isEqualTo("undo sticky");
        assertThat(m.levelTag()).isEqualTo("primary");
        assertThat(m.title()).isEqualTo("Done");
        assertThat(m.action()).isEqualTo(new Message.Action("Undo", "/items/3/restore"));
        assertThat(m.createdAt()).isEqualTo(NOW);
        assertThat(m.target()).isEqualTo("/items/3?tab=1");
        assertThat(m.expiresAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void build_onlyRequiredFields_defaultsTheRest() {
        Message m = Message.builder()
                .level(Level.SUCCESS)
                .text(MessageText.plain("Saved"))
                .createdAt(NOW)
                .build();

        assertThat(m.extraTags()).isEmpty();
        assertThat(m.levelTag()).isEqualTo("success");
        assertThat(m.title()).isNull();
        assertThat(m.action()).isNull();
        assertThat(m.target()).isNull();
        assertThat(m.expiresAt()).isNull();
    }

    @Test
    void build_noIdSet_givesEachMessageANewRandomId() {
        Message.Builder builder = Message.builder()
                .level(Level.INFO)
                .text(MessageText.plain("Hi"))
                .createdAt(NOW);

        Message first = builder.build();
        Message second = builder.build();

        assertThat(first.id()).hasSize(12);
        assertThat(second.id()).hasSize(12).isNotEqualTo(first.id());
    }

    @Test
    void toBuilder_nothingChanged_buildsAnEqualMessage() {
        Message m = everyField();

        assertThat(m.toBuilder().build()).isEqualTo(m);
    }

    @Test
    void toBuilder_oneFieldChanged_keepsEveryOtherField() {
        Message m = everyField();

        Message changed = m.toBuilder().title("Saved").build();

        assertThat(changed.title()).isEqualTo("Saved");
        assertThat(changed.toBuilder().title("Done").build()).isEqualTo(m);
    }

    @Test
    void build_requiredFieldMissing_isRefusedNamingTheField() {
        assertThatThrownBy(() -> Message.builder()
                        .level(Level.INFO)
                        .text(MessageText.plain("Hi"))
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("createdAt must not be null");
        assertThatThrownBy(() -> Message.builder()
                        .text(MessageText.plain("Hi"))
                        .createdAt(NOW)
                        .build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("level must not be null");
        assertThatThrownBy(
                        () -> Message.builder().level(Level.INFO).createdAt(NOW).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("text must not be null");
    }

    @Test
    void setters_nullRequiredOrBlankId_areRefusedAtOnce() {
        Message.Builder builder = Message.builder();

        assertThatThrownBy(() -> builder.level(null)).hasMessage("level must not be null");
        assertThatThrownBy(() -> builder.text(null)).hasMessage("text must not be null");
        assertThatThrownBy(() -> builder.createdAt(null)).hasMessage("createdAt must not be null");
        assertThatThrownBy(() -> builder.id(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("message id must not be blank");
    }
}
