package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");
    private final MessageRenderer renderer = MessageRenderer.html();

    private static Message message(String id, Level level, MessageText text, String tags) {
        return Message.builder()
                .id(id)
                .level(level)
                .text(text)
                .extraTags(tags)
                .createdAt(NOW)
                .build();
    }

    @Test
    void render_noMessages_rendersNothing() {
        assertThat(renderer.render(List.of())).isEmpty();
    }

    @Test
    void render_successWithTitleAndAction_matchesTheMarkupContract() {
        Message m = message("m1", Level.SUCCESS, MessageText.plain("Item saved"), "undo")
                .withTitle("Done")
                .withAction(new Message.Action("View", "/items/3?a=1&b=2"));

        assertThat(renderer.render(List.of(m))).isEqualTo("""
                        <div class="flashkit-messages" data-flashkit-messages>
                          <div class="alert alert-success alert-dismissible flashkit-message" role="status" aria-live="polite" data-flashkit-level="success" data-flashkit-id="m1" data-flashkit-tags="undo success">
                            <strong class="flashkit-title">Done</strong>
                            <span class="flashkit-text">Item saved</span>
                            <a class="alert-link flashkit-action" href="/items/3?a=1&amp;b=2">View</a>
                            <button type="button" class="btn-close" data-flashkit-dismiss aria-label="Close"></button>
                          </div>
                        </div>
                        """);
    }

    @Test
    void render_errorAndWarning_areAlertsWithoutAriaLive() {
        String html = renderer.render(List.of(
                message("e", Level.ERROR, MessageText.plain("Failed"), ""),
                message("w", Level.WARNING, MessageText.plain("Careful"), "")));

        assertThat(html)
                .contains("<div class=\"alert alert-danger alert-dismissible flashkit-message\" role=\"alert\""
                        + " data-flashkit-level=\"error\" data-flashkit-id=\"e\" data-flashkit-tags=\"error\">")
                .contains("<div class=\"alert alert-warning alert-dismissible flashkit-message\" role=\"alert\""
                        + " data-flashkit-level=\"warning\"")
                .doesNotContain("aria-live");
    }

    @Test
    void render_debugInfoAndCustom_useSecondaryInfoAndTheirTag() {
        String html = renderer.render(List.of(
                message("d", Level.DEBUG, MessageText.plain("x"), ""),
                message("i", Level.INFO, MessageText.plain("x"), ""),
                message("n", Level.of(22, "notice"), MessageText.plain("x"), "")));

        assertThat(html)
                .contains(
                        "alert alert-secondary alert-dismissible flashkit-message\" role=\"status\" aria-live=\"polite\"")
                .contains("alert alert-info alert-dismissible")
                .contains("alert alert-notice alert-dismissible")
                .contains("data-flashkit-level=\"notice\"");
    }

    @Test
    void render_standardLevelWithRenamedTag_usesTheTagForCssButKeepsLevelAndRole() {
        // MESSAGE_TAGS-style overrides: the standard level keeps its name and role, the class follows the tag
        // (except error and debug, which always map to Bootstrap's danger and secondary)
        Message success = Message.builder()
                .id("s")
                .level(Level.SUCCESS)
                .text(MessageText.plain("x"))
                .levelTag("ok")
                .createdAt(NOW)
                .build();
        Message error = Message.builder()
                .id("e")
                .level(Level.ERROR)
                .text(MessageText.plain("x"))
                .levelTag("bad")
                .createdAt(NOW)
                .build();
        Message equalButNotTheConstant =
                message("i", new Level(Level.INFO.value(), "info"), MessageText.plain("x"), "");

        assertThat(renderer.render(List.of(success, error, equalButNotTheConstant)))
                .contains("<div class=\"alert alert-ok alert-dismissible flashkit-message\" role=\"status\""
                        + " aria-live=\"polite\" data-flashkit-level=\"success\" data-flashkit-id=\"s\""
                        + " data-flashkit-tags=\"ok\">")
                .contains("<div class=\"alert alert-danger alert-dismissible flashkit-message\" role=\"alert\""
                        + " data-flashkit-level=\"error\" data-flashkit-id=\"e\" data-flashkit-tags=\"bad\">")
                .contains("<div class=\"alert alert-info alert-dismissible flashkit-message\" role=\"status\""
                        + " aria-live=\"polite\" data-flashkit-level=\"info\" data-flashkit-id=\"i\""
                        + " data-flashkit-tags=\"info\">");
    }

    @Test
    void render_plainText_isEscapedEverywhere() {
        Message m = message("m\"1", Level.INFO, MessageText.plain("<script>alert('x')</script> & \"q\""), "a<b")
                .withTitle("<i>t</i>")
                .withAction(new Message.Action("<l>", "/x?\"><script>"));

        String html = renderer.render(List.of(m));

        assertThat(html)
                .doesNotContain("<script>")
                .doesNotContain("<i>")
                .doesNotContain("<l>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;")
                .contains("data-flashkit-id=\"m&quot;1\"")
                .contains("data-flashkit-tags=\"a&lt;b info\"")
                .contains("href=\"/x?&quot;&gt;&lt;script&gt;\"");
    }

    @Test
    void render_trustedHtml_isInsertedAsIs() {
        String html = renderer.render(List.of(
                message("h", Level.INFO, MessageText.trustedHtml("Read <a href=\"/terms\">the terms</a>"), "")));

        assertThat(html).contains("<span class=\"flashkit-text\">Read <a href=\"/terms\">the terms</a></span>");
    }
}
