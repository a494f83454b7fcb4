package dev.flashkit;

import dev.flashkit.messages.CookieMessageStorage;
import dev.flashkit.messages.FallbackMessageStorage;
import dev.flashkit.messages.MessageStorage;
import dev.flashkit.messages.SessionMessageStorage;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses settings' text values; a bad one fails naming its {@code source} (a variable or a property). */
final class SettingValues {
    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

    private SettingValues() {}

    /** {@code development} or {@code production} (also {@code dev}, {@code test}, {@code prod}). */
    static boolean production(String source, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "production", "prod" -> true;
            case "development", "dev", "test" -> false;
            default ->
                throw new IllegalArgumentException(
                        source + " must be 'development' or 'production', not '" + value + "'");
        };
    }

    /** Seconds ({@code 1800}), ISO-8601 ({@code PT30M}) or a number with a unit ({@code 30m}, {@code 14d}). */
    static Duration duration(String source, String value) {
        String v = value.trim();
        Matcher simple = SIMPLE_DURATION.matcher(v);
        try {
            if (v.chars().allMatch(Character::isDigit)) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            if (simple.matches()) {
                long n = Long.parseLong(simple.group(1));
                return switch (simple.group(2).toLowerCase(Locale.ROOT)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            }
            return Duration.parse(v);
        } catch (DateTimeParseException | NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(source
                    + " must be seconds or an ISO-8601 duration such as PT30M (or 30m, 8h, 14d), not '" + value + "'");
        }
    }

    static boolean bool(String source, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> true;
            case "false", "no", "0", "off" -> false;
            default -> throw new IllegalArgumentException(source + " must be true or false, not '" + value + "'");
        };
    }

    static int integer(String source, String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a number, not '" + value + "'");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String source, String value) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    source + " must be one of " + Arrays.toString(type.getEnumConstants()) + ", not '" + value + "'");
        }
    }

    /** Comma- or space-separated entries, blanks dropped. */
    static List<String> list(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    static MessageStorage messageStorage(String source, String value) {
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "cookie" -> CookieMessageStorage.create();
            case "session" -> SessionMessageStorage.create();
            case "fallback" -> FallbackMessageStorage.create();
            default ->
                throw new IllegalArgumentException(
                        source + " must be cookie, session or fallback, not '" + value + "'");
        };
    }
}
