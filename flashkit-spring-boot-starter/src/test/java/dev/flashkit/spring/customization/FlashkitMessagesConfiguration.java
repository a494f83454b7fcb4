package dev.flashkit.spring.customization;

// tag::docs[]
import dev.flashkit.messages.Level;
import dev.flashkit.messages.MessageTextResolver;
import dev.flashkit.spring.FlashkitConfigCustomizer;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class FlashkitMessagesConfiguration {
    /** The flashkit.* properties still apply; this adds what they cannot express. */
    @Bean
    FlashkitConfigCustomizer flashkitMessages(MessageSource messageSource) {
        MessageTextResolver fromMessageSource = (key, args, locales) -> messageSource.getMessage(
                key, args.toArray(), null, locales.isEmpty() ? Locale.getDefault() : locales.get(0));
        return builder -> builder.messageTextResolver(fromMessageSource).messageLevel(Level.DEBUG);
    }
}
// end::docs[]
