package dev.flashkit.spring.test;

import dev.flashkit.Flashkit;
import dev.flashkit.test.CookieHeaders;
import dev.flashkit.test.NextRequest;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * Opens the Flashkit cookies of a real HTTP response ({@code TestRestTemplate}, {@code RestClient}, or any
 * client that exposes {@link HttpHeaders}) with the application's {@code Flashkit} bean: the session values and
 * the flash messages the next request of the same browser would see, as a {@link NextRequest} to assert on
 * with {@code FlashkitAssertions}. Nothing is consumed. Opened from a {@link ResponseEntity}, assertion failures
 * name its status and redirect location, so a refused request (a 403 from a missing CSRF token) reads as such.
 */
public final class FlashkitResponses {
    private FlashkitResponses() {}

    /** After {@code response} to a request that sent no cookies. */
    public static NextRequest nextRequest(Flashkit flashkit, ResponseEntity<?> response) {
        return withStatus(nextRequest(flashkit, response.getHeaders()), response);
    }

    /**
     * After {@code response} to a request that sent {@code requestHeaders}: their {@code Cookie} header counts
     * where the response left a cookie alone.
     */
    public static NextRequest nextRequest(Flashkit flashkit, HttpHeaders requestHeaders, ResponseEntity<?> response) {
        return withStatus(nextRequest(flashkit, requestHeaders, response.getHeaders()), response);
    }

    /** After a response with these headers to a request that sent no cookies. */
    public static NextRequest nextRequest(Flashkit flashkit, HttpHeaders responseHeaders) {
        return NextRequest.after(flashkit, responseHeaders.getOrEmpty(HttpHeaders.SET_COOKIE));
    }

    /**
     * After a response to a request that sent {@code requestHeaders}: their {@code Cookie} header counts where
     * the response left a cookie alone.
     */
    public static NextRequest nextRequest(Flashkit flashkit, HttpHeaders requestHeaders, HttpHeaders responseHeaders) {
        return NextRequest.after(
                flashkit,
                CookieHeaders.parse(requestHeaders.getOrEmpty(HttpHeaders.COOKIE)),
                responseHeaders.getOrEmpty(HttpHeaders.SET_COOKIE));
    }

    private static NextRequest withStatus(NextRequest next, ResponseEntity<?> response) {
        URI location = response.getHeaders().getLocation();
        return next.withResponseStatus(response.getStatusCode().value(), location == null ? null : location.toString());
    }
}
