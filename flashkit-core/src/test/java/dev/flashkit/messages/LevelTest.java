package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelTest {

    @Test
    void value_standardConstants_matchDjango() {
        assertThat(Level.DEBUG.value()).isEqualTo(10);
        assertThat(Level.INFO.value()).isEqualTo(20);
        assertThat(Level.SUCCESS.value()).isEqualTo(25);
        assertThat(Level.WARNING.value()).isEqualTo(30);
        assertThat(Level.ERROR.value()).isEqualTo(40);
    }

    @Test
    void of_standardValueAndName_returnsTheConstant() {
        assertThat(Level.of(25, "SUCCESS")).isSameAs(Level.SUCCESS);
    }

    @Test
    void of_customLevel_isAValueWithItsOwnName() {
        Level notice = Level.of(35, "Notice");

        assertThat(notice.name()).isEqualTo("notice");
        assertThat(notice).isEqualTo(new Level(35, "notice")).isNotEqualTo(Level.WARNING);
        assertThat(notice.isAtLeast(Level.WARNING)).isTrue();
        assertThat(notice.isAtLeast(Level.ERROR)).isFalse();
    }

    @Test
    void of_badName_isRefusedWithTheRule() {
        assertThatThrownBy(() -> Level.of(35, "no tice"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("level name must be lower-case letters");
        assertThatThrownBy(() -> Level.of(35, "<b>")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void parse_nameOrValue_returnsStandardLevel() {
        assertThat(Level.parse(" Warning ")).isSameAs(Level.WARNING);
        assertThat(Level.parse("10")).isSameAs(Level.DEBUG);
        assertThat(Level.parse("5").value()).isEqualTo(5);
        assertThatThrownBy(() -> Level.parse("loud"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 'loud'");
    }

    @Test
    void compareTo_standardLevels_ordersByValue() {
        assertThat(Level.ERROR).isGreaterThan(Level.WARNING);
        assertThat(Level.DEBUG).isLessThan(Level.INFO);
    }

    @Test
    void constants_standardAndCustomLevels_mapTemplateNamesToValuesInOrder() {
        Map<String, Integer> constants =
                Level.constants(List.of(Level.of(35, "needs-review"), Level.of(22, "notice"), Level.of(31, "error")));

        assertThat(constants)
                .containsExactly(
                        Map.entry("DEBUG", 10),
                        Map.entry("INFO", 20),
                        Map.entry("SUCCESS", 25),
                        Map.entry("WARNING", 30),
                        Map.entry("ERROR", 40),
                        Map.entry("NOTICE", 22),
                        Map.entry("NEEDS_REVIEW", 35));
    }
}
