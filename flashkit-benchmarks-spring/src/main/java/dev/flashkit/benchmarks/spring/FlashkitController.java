package dev.flashkit.benchmarks.spring;

import dev.flashkit.messages.Messages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The {@code flashkit} variant: the same pages with the Flashkit starter. {@code /add} flashes through the
 * {@code Messages} argument; {@code /show}'s template displays it with the starter's fragment, {@code /show-element}'s
 * with the dialect's element.
 */
@Controller
@ConditionalOnProperty(name = "benchmark.variant", havingValue = "flashkit")
class FlashkitController {
    @GetMapping("/add")
    RedirectView add(Messages messages) {
        messages.success(SpringBenchmarkApp.MESSAGE);
        return HelloController.seeShow();
    }

    /** Flashes for {@code /show-element}: messages wait for the page a redirect names. */
    @GetMapping("/add-element")
    RedirectView addElement(Messages messages) {
        messages.success(SpringBenchmarkApp.MESSAGE);
        return HelloController.see("/show-element");
    }

    /** The page with the starter's documented fragment, {@code th:replace="~{flashkit/messages :: messages}"}. */
    @GetMapping("/show")
    String show(Model model) {
        return HelloController.page(model, "Show", "fragment");
    }

    /** The page with the dialect's element, {@code <flashkit:messages/>}: no fragment to insert. */
    @GetMapping("/show-element")
    String showElement(Model model) {
        return HelloController.page(model, "Show", "element");
    }
}
