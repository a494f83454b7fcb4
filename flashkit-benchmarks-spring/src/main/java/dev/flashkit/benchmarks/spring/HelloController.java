package dev.flashkit.benchmarks.spring;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.view.RedirectView;

/** {@code GET /hello}, the page without any flash work (the baseline of both variants), and what the pages share. */
@Controller
class HelloController {
    private static final List<String> ITEMS = List.of("widget", "gadget", "gizmo");

    @GetMapping("/hello")
    String hello(Model model) {
        return page(model, "Hello", "none");
    }

    /**
     * Fills the model of the one page every endpoint renders ({@code templates/page.html}) and returns its view
     * name; {@code alerts} picks how the page shows messages: {@code none}, {@code spring} (the flash attribute),
     * {@code fragment} (Flashkit's fragment) or {@code element} ({@code <flashkit:messages/>}).
     */
    static String page(Model model, String title, String alerts) {
        model.addAttribute("title", title);
        model.addAttribute("text", "A small page.");
        model.addAttribute("items", ITEMS);
        model.addAttribute("alerts", alerts);
        return "page";
    }

    /** The 303 to {@code /show} both variants answer {@code /add} with. */
    static RedirectView seeShow() {
        return see("/show");
    }

    /** A 303 to {@code path}. */
    static RedirectView see(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(org.springframework.http.HttpStatus.SEE_OTHER);
        return view;
    }
}
