package dev.flashkit.benchmarks.spring;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The {@code spring} variant: what a Spring MVC application writes today. {@code /add} puts the message into a
 * flash attribute (Spring's {@code SessionFlashMapManager} keeps it in the HttpSession for {@code /show});
 * {@code /show} finds it in the model.
 */
@Controller
@ConditionalOnProperty(name = "benchmark.variant", havingValue = "spring")
class SpringFlashController {
    @GetMapping({"/add", "/add-element"})
    RedirectView add(RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", SpringBenchmarkApp.MESSAGE);
        return HelloController.seeShow();
    }

    /** {@code /show-element} is the same page here: Spring has no second way to show a flash attribute. */
    @GetMapping({"/show", "/show-element"})
    String show(Model model) {
        return HelloController.page(model, "Show", "spring");
    }
}
