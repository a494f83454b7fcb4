package dev.flashkit;

import dev.flashkit.FlashkitConfig.Builder;
import java.time.Duration;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * How one {@link FlashkitSetting} turns text into a builder call: the parse step names the setting's source
 * in its error, the value type is what IDE metadata shows.
 *
 * @param type the value type as Spring's metadata names it
 * @param apply parses the value (second argument) from the source (third) onto the builder
 */
record SettingParser(String type, Applier apply) {
    /** Parses a text value and puts it on a builder; a bad value fails naming {@code source}. */
    @FunctionalInterface
    interface Applier {
        void apply(Builder builder, String value, String source);
    }

    static <T> SettingParser of(String type, BiFunction<String, String, T> parse, BiConsumer<Builder, T> set) {
        return new SettingParser(type, (b, value, source) -> set.accept(b, parse.apply(source, value)));
    }

    /** Text, trimmed. */
    static SettingParser text(BiConsumer<Builder, String> set) {
        return of("java.lang.String", (source, value) -> value.trim(), set);
    }

    /** Text exactly as given (a secret). */
    static SettingParser verbatim(BiConsumer<Builder, String> set) {
        return of("java.lang.String", (source, value) -> value, set);
    }

    /** Comma- or space-separated entries. */
    static SettingParser list(BiConsumer<Builder, List<String>> set) {
        return of("java.util.List<java.lang.String>", (source, value) -> SettingValues.list(value), set);
    }

    static SettingParser duration(BiConsumer<Builder, Duration> set) {
        return of("java.time.Duration", SettingValues::duration, set);
    }

    static SettingParser bool(BiConsumer<Builder, Boolean> set) {
        return of("java.lang.Boolean", SettingValues::bool, set);
    }

    static SettingParser integer(BiConsumer<Builder, Integer> set) {
        return of("java.lang.Integer", SettingValues::integer, set);
    }

    static <E extends Enum<E>> SettingParser enumOf(Class<E> type, BiConsumer<Builder, E> set) {
        return of(type.getName(), (source, value) -> SettingValues.enumValue(type, source, value), set);
    }
}
