package dev.flashkit.benchmarks.webflux;

import dev.flashkit.benchmarks.http.AllocationCounter;
import dev.flashkit.benchmarks.http.BenchmarkApp;
import dev.flashkit.benchmarks.http.Floor;
import dev.flashkit.benchmarks.http.Pages;
import dev.flashkit.messages.Messages;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WebFlux variant's endpoints, the same as the other variants' (see {@link BenchmarkApp}): {@code /hello}
 * never touches Flashkit, {@code /add} flashes the benchmark's message and answers 303 to {@code /show}, which
 * renders it; {@code /mimic}, {@code /floor-add} and {@code /floor-show} are the reference rows without Flashkit.
 * Nothing here blocks: {@code Messages} arrives already loaded.
 */
@RestController
class BenchmarkController {
    private final Pages pages;
    private final Floor floor;

    BenchmarkController(Pages pages, Floor floor) {
        this.pages = pages;
        this.floor = floor;
    }

    /** The page without Flashkit: the baseline. */
    @GetMapping(path = "/hello", produces = MediaType.TEXT_HTML_VALUE)
    String hello() {
        return pages.render("Hello", "");
    }

    /** Flashes the success message and redirects to {@code /show}. */
    @GetMapping("/add")
    ResponseEntity<Void> add(Messages messages) {
        messages.success(BenchmarkApp.MESSAGE);
        return seeOther("/show").build();
    }

    /** The page with the pending messages, which are consumed. */
    @GetMapping(path = "/show", produces = MediaType.TEXT_HTML_VALUE)
    String show(Messages messages) {
        return pages.render("Show", messages.html());
    }

    /** {@code /show}'s response without Flashkit's work. */
    @GetMapping(path = "/mimic", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> mimic() {
        return withHeaders(ResponseEntity.ok(), pages.mimicHeaders()).body(pages.mimicPage());
    }

    /** One raw AES-GCM seal and a 303 to {@code /floor-show}, no Flashkit (see {@link Floor}). */
    @GetMapping("/floor-add")
    ResponseEntity<Void> floorAdd() {
        return withHeaders(seeOther("/floor-show"), floor.addHeaders()).build();
    }

    /** One raw AES-GCM open, then {@code /mimic}'s response (see {@link Floor}). */
    @GetMapping(path = "/floor-show", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> floorShow(@RequestHeader(name = HttpHeaders.COOKIE, required = false) String cookie) {
        String page = floor.opens(cookie) ? pages.mimicPage() : pages.render("Show", "");
        return withHeaders(ResponseEntity.ok(), floor.showHeaders()).body(page);
    }

    /** The bytes this JVM's threads have allocated so far. */
    @GetMapping(path = "/_allocated", produces = MediaType.TEXT_PLAIN_VALUE)
    String allocated() {
        return AllocationCounter.allocatedBytes();
    }

    /** A 303 whose {@code Location} is the path as given (relative), as the other variants send it. */
    private static ResponseEntity.BodyBuilder seeOther(String path) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, path);
    }

    private static ResponseEntity.BodyBuilder withHeaders(
            ResponseEntity.BodyBuilder response, List<Map.Entry<String, String>> headers) {
        for (Map.Entry<String, String> header : headers) {
            response.header(header.getKey(), header.getValue());
        }
        return response;
    }
}
