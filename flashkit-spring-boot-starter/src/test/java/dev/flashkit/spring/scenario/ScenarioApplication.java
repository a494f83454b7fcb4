package dev.flashkit.spring.scenario;

import dev.flashkit.adaptertests.ScenarioCall;
import dev.flashkit.adaptertests.ScenarioRoutes;
import dev.flashkit.messages.Messages;
import dev.flashkit.servlet.FlashkitFilter;
import dev.flashkit.session.Session;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A Spring Boot app serving {@link ScenarioRoutes} from one controller. */
@SpringBootApplication
public class ScenarioApplication {

    /** Every path except Spring Boot's {@code /error}. */
    @RestController
    static class ScenarioController {
        @RequestMapping("/**")
        ResponseEntity<String> handle(HttpServletRequest request, HttpServletResponse response) {
            ResponseEntity<?>[] answer = new ResponseEntity<?>[1];
            ScenarioRoutes.handle(new ScenarioCall() {
                @Override
                public String method() {
                    return request.getMethod();
                }

                @Override
                public String path() {
                    return request.getRequestURI();
                }

                @Override
                public String param(String name) {
                    return request.getParameter(name);
                }

                @Override
                public Session session() {
                    return FlashkitFilter.session(request);
                }

                @Override
                public Messages messages() {
                    return FlashkitFilter.messages(request);
                }

                @Override
                public Messages messagesOrNoop() {
                    return FlashkitFilter.messagesOrNoop(request);
                }

                @Override
                public void addHeader(String name, String value) {
                    response.addHeader(name, value);
                }

                @Override
                public void header(String name, String value) {
                    response.setHeader(name, value);
                }

                @Override
                public void redirect(String location) {
                    answer[0] = ResponseEntity.status(HttpStatus.SEE_OTHER)
                            .location(URI.create(location))
                            .build();
                }

                @Override
                public void respond(int status, String body) {
                    answer[0] = ResponseEntity.status(status)
                            .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                            .body(body);
                }

                @Override
                public void flush() {
                    try {
                        response.flushBuffer();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            });
            @SuppressWarnings("unchecked")
            ResponseEntity<String> result = (ResponseEntity<String>) answer[0];
            return result;
        }
    }
}
