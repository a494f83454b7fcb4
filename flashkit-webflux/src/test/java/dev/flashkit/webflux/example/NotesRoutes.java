package dev.flashkit.webflux.example;

// tag::docs[]
import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.POST;

import dev.flashkit.messages.Messages;
import dev.flashkit.webflux.FlashkitWebFilter;
import java.net.URI;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/** Functional routes: the same session and messages through FlashkitWebFilter's accessors for a ServerRequest. */
@Configuration
public class NotesRoutes {
    @Bean
    public RouterFunction<ServerResponse> notes() {
        return RouterFunctions.route(GET("/notes"), request -> ServerResponse.ok()
                        .contentType(MediaType.TEXT_HTML)
                        .bodyValue(FlashkitWebFilter.messages(request).html() + "\n<p>Notes</p>"))
                .andRoute(POST("/notes"), request -> {
                    Messages messages = FlashkitWebFilter.messages(request);
                    FlashkitWebFilter.session(request).put("noted", true);
                    messages.info("Note saved");
                    return ServerResponse.seeOther(URI.create("/notes")).build();
                });
    }
}
// end::docs[]
