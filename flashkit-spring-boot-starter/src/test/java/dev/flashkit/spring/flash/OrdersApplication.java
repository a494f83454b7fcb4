package dev.flashkit.spring.flash;

// tag::docs[]
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@SpringBootApplication
public class OrdersApplication {
    public static void main(String[] args) {
        SpringApplication.run(OrdersApplication.class, args);
    }

    @Controller
    static class OrdersController {
        @PostMapping("/orders")
        String place(@RequestParam String item, RedirectAttributes redirect) {
            redirect.addFlashAttribute("placed", item);
            redirect.addFlashAttribute("quantity", 2);
            return "redirect:/orders";
        }

        @GetMapping("/orders")
        @ResponseBody
        String list(Model model) {
            if (!model.containsAttribute("placed")) {
                return "No new order.";
            }
            return "Ordered " + model.getAttribute("quantity") + " x " + model.getAttribute("placed") + ".";
        }
    }
}
// end::docs[]
