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
 * @param target path + query of the page it waits for (set on redirects; after {@code messageTargetMaxAge}
 *     from {@code createdAt}, or once that page was visited without showing it, any page may), or {@code null}
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

    /**
     * Validates: id, level, text and createdAt required; tags normalised to single spaces. Prefer
     * {@link #builder()}: this constructor is public only because a record's must be, and its argument list
     * grows with every new field.
     */
    public Message {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("message id must not be blank");
        }
        Objects.requireNonNull(level, "level must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        extraTags = Tags.normalize(extraTags);
        levelTag = levelTag == null ? "" : levelTag.trim(); // trim() also drops control characters: check after
        levelTag = levelTag.isBlank() ? level.name() : levelTag;
        title = title == null || title.isEmpty() ? null : title;
    }

    /** A builder for a new message: set at least level, text and createdAt; the id is random unless set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding every field of this message, to derive a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .level(level)
                .text(text)
                .extraTags(extraTags)
                .levelTag(levelTag)
                .title(title)
                .action(action)
                .createdAt(createdAt)
                .target(target)
                .expiresAt(expiresAt);
    }

    /** A message with a new random id, created now, the default level tag and no title, action or target. */
    public static Message of(Level level, MessageText text, String extraTags, Instant now) {
        return builder()
                .level(level)
                .text(text)
                .extraTags(extraTags)
                .createdAt(now)
                .build();
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

    /** Whether the message waits for one target path (it followed a redirect). */
    public boolean isTargeted() {
        return target != null;
    }

    /** The text as HTML: escaped, or trusted HTML as is (for template engines: print it unescaped). */
    public String textHtml() {
        return text.toHtml();
    }

    /** This message shaped for templates ({@link MessageView}): the alert's CSS class and role already worked out. */
    public MessageView view() {
        return MessageView.of(this);
    }

    /** A copy with this id (Flashkit gives a changed stored message a new id). */
    public Message withId(String newId) {
        return toBuilder().id(newId).build();
    }

    /** A copy with this level tag. */
    public Message withLevelTag(String tag) {
        return toBuilder().levelTag(tag).build();
    }

    /** A copy with this text. */
    public Message withText(MessageText newText) {
        return toBuilder().text(newText).build();
    }

    /** A copy with this title. */
    public Message withTitle(String newTitle) {
        return toBuilder().title(newTitle).build();
    }

    /** A copy with this action. */
    public Message withAction(Action newAction) {
        return toBuilder().action(newAction).build();
    }

    /** A copy that waits for {@code path} (path + query) and expires at {@code expiry}. */
    public Message withTarget(String path, Instant expiry) {
        return toBuilder().target(path).expiresAt(expiry).build();
    }

    /** A copy that expires at {@code expiry}. */
    public Message withExpiresAt(Instant expiry) {
        return toBuilder().expiresAt(expiry).build();
    }

    /** Whether the message has expired at {@code now}. */
    public boolean isExpired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Hides nothing secret, but keeps logs short. */
    @Override
    public String toString() {
        return "Message[" + level.name() + " " + text.kind() + " '" + text.value() + "'"
                + (extraTags.isEmpty() ? "" : " tags=" + extraTags) + (target == null ? "" : " target=" + target)
                + ", id=" + id + "]";
    }

    /**
     * Builds a {@link Message} field by field ({@link Message#builder()}, {@link Message#toBuilder()}). Not
     * thread-safe; {@link #build()} validates like the constructor and may be called again for another copy.
     */
    public static final class Builder {
        private String id;
        private Level level;
        private MessageText text;
        private String extraTags = "";
        private String levelTag;
        private String title;
        private Action action;
        private Instant createdAt;
        private String target;
        private Instant expiresAt;

        private Builder() {}

        /** The id (not blank); without one, {@link #build()} gives each message a new random id ({@link Message#newId()}). */
        public Builder id(String id) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException("message id must not be blank");
            }
            this.id = id;
            return this;
        }

        /** The level (required). */
        public Builder level(Level level) {
            this.level = Objects.requireNonNull(level, "level must not be null");
            return this;
        }

        /** The text: plain, an i18n key or trusted HTML (required). */
        public Builder text(MessageText text) {
            this.text = Objects.requireNonNull(text, "text must not be null");
            return this;
        }

        /** Space-separated extra tags shown before the level tag ({@code null} or {@code ""} for none). */
        public Builder extraTags(String extraTags) {
            this.extraTags = extraTags;
            return this;
        }

        /** The level's tag (Django's {@code MESSAGE_TAGS}); {@code null} for the level name. */
        public Builder levelTag(String levelTag) {
            this.levelTag = levelTag;
            return this;
        }

        /** A title shown before the text, or {@code null}. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** An action link, or {@code null}. */
        public Builder action(Action action) {
            this.action = action;
            return this;
        }

        /** When the message was added (required): the configuration's clock, e.g. {@code config.clock().instant()}. */
        public Builder createdAt(Instant createdAt) {
            this.createdAt = Objects.requireNonNull(createdAt, "createdAt must not be null");
            return this;
        }

        /** The path + query of the only request that may show it, or {@code null} for any request. */
        public Builder target(String target) {
            this.target = target;
            return this;
        }

        /** When it is dropped unshown, or {@code null} for no expiry of its own. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** The level set so far (Flashkit filters by it before building). */
        Level level() {
            return level;
        }

        /**
         * The message.
         *
         * @throws NullPointerException if level, text or createdAt was not set
         */
        public Message build() {
            return new Message(
                    id == null ? newId() : id,
                    level,
                    text,
                    extraTags,
                    levelTag,
                    title,
                    action,
                    createdAt,
                    target,
                    expiresAt);
        }
    }
}
