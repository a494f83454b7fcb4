package dev.flashkit.demo;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** A message as a page shows it: its level attribute and its text, parsed from the HTML. */
record Shown(String level, String text) {

    /** The messages rendered in an HTML page, in order. */
    static List<Shown> in(String html) {
        return Jsoup.parse(html).select(".flashkit-messages .flashkit-message").stream()
                .map(Shown::of)
                .toList();
    }

    private static Shown of(Element message) {
        return new Shown(
                message.attr("data-flashkit-level"),
                message.selectFirst(".flashkit-text").text());
    }
}
