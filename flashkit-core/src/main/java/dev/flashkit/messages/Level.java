package dev.flashkit.messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How important a message is: a numeric {@code value} (higher is more important) and a lower-case
 * {@code name} that is also its default tag. The five standard levels mirror Django's; custom levels
 * come from {@link #of(int, String)}.
 *
 * @param value the numeric level, compared against the minimum level
 * @param name the lower-case name, e.g. {@code success}
 */
public record Level(int value, String name) implements Comparable<Level> {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,31}");

    /** Development details, ignored unless the minimum level is lowered (value 10). */
    public static final Level DEBUG = new Level(10, "debug");

    /** Information (value 20), the default minimum level. */
    public static final Level INFO = new Level(20, "info");

    /** An action succeeded (value 25). */
    public static final Level SUCCESS = new Level(25, "success");

    /** Something needs attention (value 30). */
    public static final Level WARNING = new Level(30, "warning");

    /** An action failed (value 40). */
    public static final Level ERROR = new Level(40, "error");

    private static final Level[] STANDARD = {DEBUG, INFO, SUCCESS, WARNING, ERROR};

    /** Validates the name: lower-case letters, digits, {@code _} or {@code -}, starting with a letter. */
    public Level {
        Objects.requireNonNull(name, "level name must not be null");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("level name must be lower-case letters, digits, '_' or '-' (at most 32),"
                    + " starting with a letter, not '" + name + "'");
        }
    }

    /**
     * The level with this value and name (the name is lower-cased); returns the standard constant when
     * both match one, so {@code Level.of(25, "success") == Level.SUCCESS}.
     */
    public static Level of(int value, String name) {
        String lower =
                Objects.requireNonNull(name, "level name must not be null").toLowerCase(Locale.ROOT);
        for (Level standard : STANDARD) {
            if (standard.value == value && standard.name.equals(lower)) {
                return standard;
            }
        }
        return new Level(value, lower);
    }

    /**
     * A standard level by name ({@code "success"}, case-insensitive) or by value ({@code "25"}); for
     * configuration. IllegalArgumentException for anything else.
     */
    public static Level parse(String text) {
        String t = Objects.requireNonNull(text, "level must not be null").trim().toLowerCase(Locale.ROOT);
        for (Level standard : STANDARD) {
            if (standard.name.equals(t) || String.valueOf(standard.value).equals(t)) {
                return standard;
            }
        }
        if (t.matches("-?\\d{1,9}")) {
            return new Level(Integer.parseInt(t), "level" + t.replace('-', 'm'));
        }
        throw new IllegalArgumentException(
                "level must be debug, info, success, warning, error or a number, not '" + text + "'");
    }

    /** The five standard levels, lowest first. */
    public static Level[] standard() {
        return STANDARD.clone();
    }

    /**
     * Level constants for templates (Django's {@code DEFAULT_MESSAGE_LEVELS}): {@code DEBUG}, {@code INFO},
     * {@code SUCCESS}, {@code WARNING}, {@code ERROR}, then {@code custom} levels by value, each under its
     * {@link #constantName()}, mapped to its value; a custom level never replaces a standard name.
     */
    public static Map<String, Integer> constants(Collection<Level> custom) {
        Map<String, Integer> constants = new LinkedHashMap<>();
        for (Level standard : STANDARD) {
            constants.put(standard.constantName(), standard.value);
        }
        List<Level> sorted = new ArrayList<>(custom);
        Collections.sort(sorted);
        for (Level level : sorted) {
            constants.putIfAbsent(level.constantName(), level.value);
        }
        return Collections.unmodifiableMap(constants);
    }

    /** The name templates know this level by: upper case, {@code -} as {@code _} ({@code ERROR}, {@code MY_LEVEL}). */
    public String constantName() {
        return name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Whether this level is at least {@code minimum} (messages below the minimum are ignored). */
    public boolean isAtLeast(Level minimum) {
        return value >= minimum.value;
    }

    /** Orders by value, then name. */
    @Override
    public int compareTo(Level other) {
        int byValue = Integer.compare(value, other.value);
        return byValue != 0 ? byValue : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name + "(" + value + ")";
    }
}
