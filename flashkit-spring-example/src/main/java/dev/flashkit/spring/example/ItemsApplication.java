package dev.flashkit.spring.example;

// tag::docs[]
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@SpringBootApplication
public class ItemsApplication {
    public static void main(String[] args) {
        SpringApplication.run(ItemsApplication.class, args);
    }

    @Controller
    static class ItemsController {
        private final List<String> items = new CopyOnWriteArrayList<>();

        @GetMapping("/items")
        String list(Model model, Session session) {
            model.addAttribute("items", items);
            model.addAttribute("lastItem", session.getString("lastItem"));
            return "items";
        }

        @PostMapping("/items")
        String add(@RequestParam String name, Messages messages, Session session) {
            items.add(name);
            session.put("lastItem", name);
            messages.success("Item '" + name + "' added");
            return "redirect:/items";
        }
    }
}
// end::docs[]
