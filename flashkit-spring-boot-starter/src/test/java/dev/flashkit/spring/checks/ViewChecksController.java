package dev.flashkit.spring.checks;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageText;
import dev.flashkit.messages.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Extra pages for the starter's view tests: every kind of message, and Spring's own flash attributes. */
@Controller
public class ViewChecksController {

    @GetMapping("/checks/fragment")
    String fragment(Messages messages) {
        messages.setLevel(Level.DEBUG);
        messages.now(Level.DEBUG, "debug details");
        messages.now(Level.INFO, "plain <b>not bold</b> & \"quoted\" 'single'", "extra");
        messages.compose(Level.SUCCESS, "Saved")
                .title("Done")
                .action("Undo", "/undo?id=1&x=2")
                .now();
        messages.compose(Level.WARNING, MessageText.trustedHtml("<em>trusted</em> markup"))
                .now();
        messages.now(Level.ERROR, "failed", "urgent", "inline");
        messages.now(Level.of(35, "notice"), "custom level");
        return "checks/fragment";
    }

    @GetMapping("/checks/empty")
    String empty() {
        return "checks/fragment";
    }

    @GetMapping("/checks/levels")
    String levels(Messages messages) {
        messages.now(Level.ERROR, "failed");
        messages.now(Level.WARNING, "careful");
        messages.now(Level.INFO, "fyi");
        return "checks/levels";
    }

    @PostMapping("/checks/both")
    String both(Messages messages, RedirectAttributes redirect) {
        messages.success("Flashkit message");
        redirect.addFlashAttribute("springFlash", "Spring flash attribute");
        return "redirect:/checks/both";
    }

    @GetMapping("/checks/both")
    String bothPage() {
        return "checks/both";
    }
}
