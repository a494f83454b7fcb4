package dev.flashkit.messages;

/** A message's space-separated extra tags, normalised to single spaces between non-blank tags. */
final class Tags {
    private Tags() {}

    /** {@code tags} trimmed, with runs of white space folded to one space; {@code ""} for null or blank. */
    static String normalize(String tags) {
        if (tags == null || tags.isBlank()) {
            return "";
        }
        return String.join(" ", tags.trim().split("\\s+"));
    }

    /** The tags joined with spaces and normalised; {@code ""} for none. */
    static String join(String... tags) {
        return tags == null || tags.length == 0 ? "" : normalize(String.join(" ", tags));
    }
}
