package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceBundleTextResolverTest {
    private final MessageTextResolver resolver =
            MessageTextResolver.resourceBundle("testmessages.labels", getClass().getClassLoader());

    @Test
    void resolve_readerLocale_usesItsBundle() {
        assertThat(resolver.resolve("item.saved", List.of("Widget"), List.of(Locale.GERMAN)))
                .isEqualTo("Widget wurde gespeichert");
    }

    @Test
    void resolve_unknownReaderLocale_fallsBackToTheBaseBundleNotTheServerDefault() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.GERMAN);
        try {
            assertThat(resolver.resolve("item.saved", List.of("Widget"), List.of(Locale.JAPANESE)))
                    .isEqualTo("Widget was saved");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void resolve_secondPreference_isUsedWhenTheFirstHasNoBundle() {
        assertThat(resolver.resolve("item.saved", List.of("W"), List.of(Locale.JAPANESE, Locale.GERMAN)))
                .isEqualTo("W wurde gespeichert");
    }

    @Test
    void resolve_unknownKey_isNull() {
        assertThat(resolver.resolve("nope", List.of(), List.of(Locale.GERMAN))).isNull();
    }

    @Test
    void resolve_flashkitKeys_fallBackToTheBuiltInTexts() {
        assertThat(resolver.resolve("flashkit.messages.more", List.of(7L), List.of(Locale.GERMAN)))
                .isEqualTo("+7 weitere Meldungen");
        assertThat(resolver.resolve("flashkit.messages.more", List.of(12L), List.of()))
                .isEqualTo("+12 more messages");
    }

    @Test
    void resolve_moreMessages_usesSingularForOneAndPluralOtherwiseInEveryBundledLocale() {
        Map<Locale, List<String>> expected = Map.of(
                Locale.ENGLISH,
                List.of("+1 more message", "+2 more messages", "+12 more messages"),
                Locale.GERMAN,
                List.of("+1 weitere Meldung", "+2 weitere Meldungen", "+12 weitere Meldungen"),
                Locale.FRENCH,
                List.of("+1 autre message", "+2 autres messages", "+12 autres messages"));

        expected.forEach((locale, texts) -> assertThat(List.of(1L, 2L, 12L).stream()
                        .map(n -> resolver.resolve("flashkit.messages.more", List.of(n), List.of(locale)))
                        .toList())
                .as(locale.toString())
                .isEqualTo(texts));
    }
}
