package dev.flashkit.messages;

import dev.flashkit.internal.RandomIds;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One flash message, immutable; {@code equals} compares every field. Created by {@link Messages}
 * ({@code messages.success("Saved")}); storages persist every field.
 *
 * @param id unique id (random), used for consumption and {@code data-flashkit-id}
 * @param level the level
 * @param text plain text, i18n key or trusted HTML
 * @param extraTags space-separated extra tags ({@code ""} for none)
 * @param levelTag the level's tag (Django's {@code MESSAGE_TAGS}; default the level name)
 * @param title optional title shown before the text, or {@code null}
 * @param action optional action link, or {@code null}
 * @param createdAt when it was added
 * @param target path + query of the only request that may show it (set on redirects), or {@code null}
 * @param expiresAt when it is dropped unshown, or {@code null} for no expiry of its own
 */
public record Message(
        String id,
        Level level,
        MessageText text,
        String extraTags,
        String levelTag,
        String title,
        Action action,
        Instant createdAt,
        String target,
        Instant expiresAt) {

    /**
     * A link shown with the message, e.g. "Undo".
     *
     * @param label the link text (escaped)
     * @param href the link target: a relative URL or http(s)/mailto; {@code javascript:} and the like are refused
     */
    public record Action(String label, String href) {
        /** Validates both parts. */
        public Action {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("action label must not be blank");
            }
            if (href == null || href.isBlank()) {
                throw new IllegalArgumentException("action href must not be blank");
            }
            String scheme = href.trim().toLowerCase(Locale.ROOT);
            int colon = scheme.indexOf(':');
            int slash = scheme.indexOf('/');
            if (colon >= 0
                    && (slash < 0 || colon < slash)
                    && !(scheme.startsWith("http:") || scheme.startsWith("https:") || scheme.startsWith("mailto:"))) {
                throw new IllegalArgumentException("action href must be relative, http(s) or mailto, not " + href);
            }
        }
    }

    /** Validates: id, level, text and createdAt required; tags normalised to single spaces. */
    public Message {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("message id must not be blank");
        }
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        extraTags = normalizeTags(extraTags);
        levelTag = levelTag == null || levelTag.isBlank() ? level.name() : levelTag.trim();
        title = title == null || title.isEmpty() ? null : title;
    }

    /** A message with a new random id, created now, the default level tag and no title, action or target. */
    public static Message of(Level level, MessageText text, String extraTags, Instant now) {
        return new Message(newId(), level, text, extraTags, null, null, null, now, null, null);
    }

    /** A plain-text message created now (tests, custom code). */
    public static Message of(Level level, String text) {
        return of(level, MessageText.plain(text), "", Instant.now());
    }

    /** A new random message id (72 bits, 12 characters). */
    public static String newId() {
        return RandomIds.newId(9);
    }

    /** Extra tags, then the level tag, space separated: what goes into a CSS class or data attribute. */
    public String tags() {
        return extraTags.isEmpty() ? levelTag : extraTags + " " + levelTag;
    }

    /** Whether the message is reserved for one target path (it followed a redirect). */
    public boolean isTargeted() {
        return target != null;
    }

    /** The text as HTML: escaped, or trusted HTML as is (for template engines: print it unescaped). */
    public String textHtml() {
        return text.toHtml();
    }

    /** A copy with this id (Flashkit gives a changed stored message a new id). */
    public Message withId(String newId) {
        return new Message(newId, level, text, extraTags, levelTag, title, action, createdAt, target, expiresAt);
    }

    /** A copy with this level tag. */
    public Message withLevelTag(String tag) {
        return new Message(id, level, text, extraTags, tag, title, action, createdAt, target, expiresAt);
    }

    /** A copy with this text. */
    public Message withText(MessageText newText) {
        return new Message(id, level, newText, extraTags, levelTag, title, action, createdAt, target, expiresAt);
    }

    /** A copy with this title. */
    public Message withTitle(String newTitle) {
        return new Message(id, level, text, extraTags, levelTag, newTitle, action, createdAt, target, expiresAt);
    }

    /** A copy with this action. */
    public Message withAction(Action newAction) {
        return new Message(id, level, text, extraTags, levelTag, title, newAction, createdAt, target, expiresAt);
    }

    /** A copy reserved for {@code path} (path + query) until {@code expiry}. */
    public Message withTarget(String path, Instant expiry) {
        return new Message(id, level, text, extraTags, levelTag, title, action, createdAt, path, expiry);
    }

    /** A copy that expires at {@code expiry}. */
    public Message withExpiresAt(Instant expiry) {
        return new Message(id, level, text, extraTags, levelTag, title, action, createdAt, target, expiry);
    }

    /** Whether the message has expired at {@code now}. */
    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    static String normalizeTags(String tags) {
        if (tags == null || tags.isBlank()) {
            return "";
        }
        return String.join(" ", tags.trim().split("\\s+"));
    }

    static String joinTags(String... tags) {
        return tags == null || tags.length == 0 ? "" : normalizeTags(String.join(" ", tags));
    }

    /** Hides nothing secret, but keeps logs short. */
    @Override
    public String toString() {
        return "Message[" + level.name() + " " + text.kind() + " '" + text.value() + "'"
                + (extraTags.isEmpty() ? "" : " tags=" + extraTags) + (target == null ? "" : " target=" + target)
                + ", id=" + id + "]";
    }
}
