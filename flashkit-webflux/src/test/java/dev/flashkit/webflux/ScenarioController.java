package dev.flashkit.webflux;

import dev.flashkit.adaptertests.ScenarioCall;
import dev.flashkit.adaptertests.ScenarioRoutes;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@link ScenarioRoutes} as one annotated WebFlux controller, through {@link FlashkitWebFilter}'s accessors: every path
 * and method. Used by this module's {@link ScenarioWebApp} and, through the test jar, by the starter's reactive
 * scenario application.
 */
@RestController
public class ScenarioController {
    /** Answers any path and method as {@link ScenarioRoutes} does. */
    @RequestMapping("/**")
    public ResponseEntity<String> handle(ServerWebExchange exchange) {
        ResponseEntity<?>[] answer = new ResponseEntity<?>[1];
        ScenarioRoutes.handle(new ScenarioCall() {
            @Override
            public String method() {
                return exchange.getRequest().getMethod().name();
            }

            @Override
            public String path() {
                return exchange.getRequest().getPath().value();
            }

            @Override
            public String param(String name) {
                return exchange.getRequest().getQueryParams().getFirst(name);
            }

            @Override
            public Session session() {
                return FlashkitWebFilter.session(exchange);
            }

            @Override
            public Messages messages() {
                return FlashkitWebFilter.messages(exchange);
            }

            @Override
            public Messages messagesOrNoop() {
                return FlashkitWebFilter.messagesOrNoop(exchange);
            }

            @Override
            public void header(String name, String value) {
                exchange.getResponse().getHeaders().set(name, value);
            }

            @Override
            public void addHeader(String name, String value) {
                exchange.getResponse().getHeaders().add(name, value);
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
                        .contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                        .body(body);
            }

            @Override
            public void flush() {
                // WebFlux sends the response after the handler: a handler has no commit point
            }
        });
        @SuppressWarnings("unchecked")
        ResponseEntity<String> result = (ResponseEntity<String>) answer[0];
        return result;
    }
}
