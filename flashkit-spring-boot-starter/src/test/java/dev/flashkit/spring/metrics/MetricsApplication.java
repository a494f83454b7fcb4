package dev.flashkit.spring.metrics;

import dev.flashkit.adaptertests.FailingSessionStore;
import dev.flashkit.session.Session;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An application with Actuator whose session store can go down, for the Flashkit meters. */
@SpringBootApplication
public class MetricsApplication {

    /** The session store: an in-memory one that fails when told to, like an unreachable Redis. */
    @Bean
    FailingSessionStore failingSessionStore() {
        return new FailingSessionStore();
    }

    @RestController
    static class NoteController {
        @PostMapping("/note")
        String save(@RequestParam String text, Session session) {
            session.put("note", text);
            return "saved";
        }

        @PostMapping("/forget")
        String forget(Session session) {
            session.invalidate();
            return "forgotten";
        }

        @GetMapping("/note")
        String show(Session session) {
            return String.valueOf(session.get("note"));
        }
    }
}
