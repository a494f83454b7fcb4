package dev.flashkit.spring.example;

import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Sign-in and sign-out beside the documented {@link ItemsApplication}: a session that ends (logout). */
@Controller
class AccountController {

    @PostMapping("/login")
    String login(@RequestParam String user, Session session, Messages messages) {
        session.rotate();
        session.put("user", user);
        messages.info("Signed in as " + user);
        return "redirect:/items";
    }

    @PostMapping("/logout")
    String logout(Session session, Messages messages) {
        session.invalidate();
        messages.info("Signed out");
        return "redirect:/items";
    }
}
