package dev.flashkit.spring.flash;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Flash maps with a target (path and parameters), with nested values, and with a value JSON cannot hold. */
@Controller
class FlashChecksController {
    @PostMapping("/checks/targeted")
    String targeted(RedirectAttributes redirect) {
        redirect.addAttribute("tab", "b");
        redirect.addFlashAttribute("note", "for tab b");
        return "redirect:/checks/page";
    }

    @PostMapping("/checks/nested")
    String nested(RedirectAttributes redirect) {
        redirect.addFlashAttribute("order", Map.of("items", List.of("tea", "cake"), "paid", true, "total", 7.5));
        return "redirect:/checks/page";
    }

    @PostMapping("/checks/instant")
    String instant(RedirectAttributes redirect) {
        redirect.addFlashAttribute("placedAt", Instant.EPOCH);
        return "redirect:/checks/page";
    }

    @GetMapping("/checks/page")
    @ResponseBody
    String page(Model model) {
        return "note=" + model.getAttribute("note") + " order=" + model.getAttribute("order");
    }
}
