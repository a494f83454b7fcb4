package dev.flashkit.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormTemplateTest {

    @Test
    void fill_namedPlaceholders_takeFormValues() {
        assertThat(FormTemplate.fill("{title} was created by { user }", Map.of("title", "Widget", "user", "ada")))
                .isEqualTo("Widget was created by ada");
    }

    @Test
    void fill_servletStyleArraysAndLists_useTheFirstValue() {
        assertThat(FormTemplate.fill(
                        "{a}/{b}/{c}", Map.of("a", new String[] {"x", "y"}, "b", List.of(3, 4), "c", new String[0])))
                .isEqualTo("x/3/");
    }

    @Test
    void fill_doubledBraces_areLiteral() {
        assertThat(FormTemplate.fill("{{literal}} {n}", Map.of("n", 1))).isEqualTo("{literal} 1");
    }

    @Test
    void fill_missingValue_namesThePlaceholder() {
        assertThatThrownBy(() -> FormTemplate.fill("{title} saved", Map.of("name", "x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{title}")
                .hasMessageContaining("[name]");
        assertThatThrownBy(() -> FormTemplate.fill("{title saved", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unclosed");
    }

    @Test
    void fill_valuesWithMarkup_stayPlainText() {
        String text = FormTemplate.fill("{title} saved", Map.of("title", "<script>x</script>"));

        assertThat(MessageText.plain(text).toHtml()).isEqualTo("&lt;script&gt;x&lt;/script&gt; saved");
    }
}
