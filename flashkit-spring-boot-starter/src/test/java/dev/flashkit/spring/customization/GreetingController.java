package dev.flashkit.spring.customization;

import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageText;
import dev.flashkit.messages.Messages;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** Flashes an i18n key and a debug message, and shows them: what {@link FlashkitMessagesConfiguration} changes. */
@Controller
public class GreetingController {

    @PostMapping("/greet")
    String greet(Messages messages) {
        messages.add(Level.SUCCESS, MessageText.key("greeting", "Ada"));
        messages.debug("details for developers");
        return "redirect:/greetings";
    }

    @GetMapping("/greetings")
    @ResponseBody
    String greetings(Messages messages) {
        return messages.html();
    }
}
