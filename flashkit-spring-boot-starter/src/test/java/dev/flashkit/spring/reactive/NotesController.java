package dev.flashkit.spring.reactive;

// tag::docs[]
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

@Controller
public class NotesController {
    @PostMapping("/reactive/notes")
    public String add(@RequestParam String text, Session session, Messages messages) {
        session.put("notes", session.getLong("notes", 0) + 1);
        messages.success("Note '" + text + "' saved");
        return "redirect:/reactive/notes"; // WebFlux redirects with 303 See Other
    }

    @GetMapping("/reactive/notes")
    public String show() {
        return "reactive/notes"; // templates/reactive/notes.html shows the messages and the count
    }

    @GetMapping("/reactive/html")
    @ResponseBody
    public String html(Messages messages) {
        return "<main>" + messages.html() + "</main>"; // without a template engine
    }
}
// end::docs[]
