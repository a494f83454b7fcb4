package dev.flashkit.spring.config;

import dev.flashkit.messages.Messages;
import java.net.URI;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring Boot application run as a process of its own, with the real process environment (what {@code
 * EnvironmentProcessTest} sets): flashes a debug and an info message on {@code /add}, shows them on {@code /show},
 * and prints its port as {@value #PORT_LINE}{@code <port>}.
 */
@Configuration(proxyBeanMethods = false)
public class EnvironmentApplication {
    /** The start of the line that announces the port. */
    public static final String PORT_LINE = "environment-application-port=";

    /** Runs the application on a free loopback port. */
    public static void main(String[] args) {
        new SpringApplicationBuilder(ConfigApplication.class, EnvironmentApplication.class, NotesController.class)
                .properties("server.port=0", "server.address=127.0.0.1", "spring.main.banner-mode=off")
                .run(args);
    }

    /** Prints the port once Tomcat listens. */
    @Bean
    ApplicationListener<WebServerInitializedEvent> portAnnouncer() {
        return event -> System.out.println(PORT_LINE + event.getWebServer().getPort());
    }

    /** Flashes a debug and an info message, then shows them after the redirect. */
    @RestController
    static class NotesController {
        @GetMapping("/add")
        ResponseEntity<Void> add(Messages messages) {
            messages.debug("Debugging note");
            messages.info("Information note");
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(URI.create("/show"))
                    .build();
        }

        @GetMapping(value = "/show", produces = MediaType.TEXT_HTML_VALUE)
        String show(Messages messages) {
            return messages.html();
        }
    }
}
