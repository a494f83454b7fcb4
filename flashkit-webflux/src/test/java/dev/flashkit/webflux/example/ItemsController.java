package dev.flashkit.webflux.example;

// tag::docs[]
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
public class ItemsController {
    @GetMapping(value = "/items", produces = MediaType.TEXT_HTML_VALUE)
    public String list(Session session, Messages messages) {
        return "<!DOCTYPE html><title>Items</title>\n"
                + messages.html() // shows pending messages once, escaped
                + "\n<p>" + session.getLong("count", 0) + " items added</p>"
                + "\n<form method=post action=/items><input name=name> <button>Add</button></form>";
    }

    @PostMapping("/items")
    public Mono<ResponseEntity<Void>> add(ServerWebExchange exchange, Session session, Messages messages) {
        return exchange.getFormData().map(form -> {
            String name = form.getFirst("name");
            if (name == null || name.isBlank()) {
                messages.error("Enter the name of the item to add");
            } else {
                session.put("count", session.getLong("count", 0) + 1);
                messages.success("Item '" + name + "' added");
            }
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/items"))
                    .build();
        });
    }
}
// end::docs[]
