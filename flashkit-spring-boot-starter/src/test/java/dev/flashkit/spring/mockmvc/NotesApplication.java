package dev.flashkit.spring.mockmvc;

import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The application of the MockMvc tests: a note is saved in the session and flashed on POST — right away or
 * in a {@link Callable}, both redirecting, or through a {@link DeferredResult} answering 204 — and the {@code
 * notes} Thymeleaf view shows the messages (Flashkit's fragment) and the last note.
 */
@SpringBootApplication
public class NotesApplication {

    @Controller
    static class NotesController {
        @GetMapping("/notes")
        String show(Model model, Session session) {
            model.addAttribute("lastNote", session.getString("lastNote"));
            return "notes";
        }

        @PostMapping("/notes")
        String add(@RequestParam String text, Messages messages, Session session) {
            session.put("lastNote", text);
            messages.success("Saved note: " + text);
            return "redirect:/notes";
        }

        @PostMapping("/notes/callable")
        Callable<String> addInCallable(@RequestParam String text, Messages messages) {
            return () -> {
                messages.success("Saved later: " + text);
                return "redirect:/notes";
            };
        }

        /** For {@code fetch}/htmx callers: no redirect, no body; the message shows on the next page. */
        @PostMapping("/notes/deferred")
        DeferredResult<ResponseEntity<Void>> addDeferred(@RequestParam String text, Messages messages) {
            DeferredResult<ResponseEntity<Void>> result = new DeferredResult<>();
            CompletableFuture.runAsync(() -> {
                messages.success("Saved deferred: " + text);
                result.setResult(ResponseEntity.noContent().build());
            });
            return result;
        }
    }
}
