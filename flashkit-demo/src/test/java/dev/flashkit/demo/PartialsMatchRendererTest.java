package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Pebble, Thymeleaf, JTE and Mustache partials render exactly the markup of the contract (and of
 * the core HTML renderer) for the same messages: same elements, attributes in the same order, same
 * text — compared after normalising whitespace between tags and entity spelling.
 */
class PartialsMatchRendererTest {

    record Action(String label, String href) {}

    record View(String id, String level, String css, boolean assertive, String title, String text, Action action) {}

    static final List<View> MESSAGES = List.of(
            new View("m1", "success", "success", false, null, "Item 'Tea' added successfully!", null),
            new View("m2", "error", "danger", true, "Oops", "<img src=x onerror=alert(1)>", null),
            new View(
                    "m3",
                    "warning",
                    "warning",
                    true,
                    null,
                    "Check \"this\" & that",
                    new Action("<b>Fix</b>", "/fix?a=1&b=\"2\"")),
            new View("m4", "notice", "notice", false, null, "Custom level", null));

    static final String EXPECTED = """
            <div class="flashkit-messages" data-flashkit-messages>
              <div class="alert alert-success alert-dismissible flashkit-message" role="status" aria-live="polite" data-flashkit-level="success" data-flashkit-id="m1">
                <span class="flashkit-text">Item &#39;Tea&#39; added successfully!</span>
                <button type="button" class="btn-close" data-flashkit-dismiss aria-label="Close"></button>
              </div>
              <div class="alert alert-danger alert-dismissible flashkit-message" role="alert" data-flashkit-level="error" data-flashkit-id="m2">
                <strong class="flashkit-title">Oops</strong>
                <span class="flashkit-text">&lt;img src=x onerror=alert(1)&gt;</span>
                <button type="button" class="btn-close" data-flashkit-dismiss aria-label="Close"></button>
              </div>
              <div class="alert alert-warning alert-dismissible flashkit-message" role="alert" data-flashkit-level="warning" data-flashkit-id="m3">
                <span class="flashkit-text">Check &quot;this&quot; &amp; that</span>
                <a class="alert-link flashkit-action" href="/fix?a=1&amp;b=&quot;2&quot;">&lt;b&gt;Fix&lt;/b&gt;</a>
                <button type="button" class="btn-close" data-flashkit-dismiss aria-label="Close"></button>
              </div>
              <div class="alert alert-notice alert-dismissible flashkit-message" role="status" aria-live="polite" data-flashkit-level="notice" data-flashkit-id="m4">
                <span class="flashkit-text">Custom level</span>
                <button type="button" class="btn-close" data-flashkit-dismiss aria-label="Close"></button>
              </div>
            </div>
            """;

    static List<Arguments> engines() {
        return List.of(
                Arguments.of("pebble", (Function<List<?>, String>) PartialEngines::pebble),
                Arguments.of("thymeleaf", (Function<List<?>, String>) PartialEngines::thymeleaf),
                Arguments.of("mustache", (Function<List<?>, String>) PartialEngines::mustache));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void partial_sameMessages_rendersTheContractMarkup(String engine, Function<List<?>, String> render) {
        String html = render.apply(MESSAGES);

        assertThat(canonical(html)).isEqualTo(canonical(EXPECTED));
        assertThat(html).doesNotContain("<img", "<b>");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("engines")
    void partial_noMessages_rendersNothing(String engine, Function<List<?>, String> render) {
        assertThat(render.apply(List.of())).isBlank();
    }

    /** Whitespace between tags dropped, entities spelled one way, attribute order and text kept. */
    static String canonical(String html) {
        Document doc = Jsoup.parseBodyFragment(html.replaceAll(">\\s+<", "><").trim());
        doc.outputSettings().prettyPrint(false);
        return doc.body().html();
    }
}
