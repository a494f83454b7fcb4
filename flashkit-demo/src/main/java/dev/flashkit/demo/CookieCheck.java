package dev.flashkit.demo;

// tag::docs[]
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Django's test cookie for the demo's forms: a form page whose session is new (no session cookie came with the
 * request) puts a marker into the session, so its response sets the session cookie, and every form carries the
 * hidden field {@value #FIELD}. A POST with that field but no {@code Cookie} header at all comes from a browser
 * that dropped the cookie: flash messages and logins cannot work there, so the demo answers with a hint instead
 * of a redirect whose message would be lost.
 */
final class CookieCheck {

    /** The hidden form field every demo form carries. */
    static final String FIELD = "cookie_check";
    /** The session key of the marker a form page puts when its session is new. */
    static final String MARKER = "_cookie_check";

    private CookieCheck() {}

    /** On a page with a form: makes sure the browser holds a session cookie it should send back. */
    static void offer(Context ctx) {
        if (Flash.session(ctx).isNew()) {
            Flash.session(ctx).put(MARKER, true);
        }
    }

    /**
     * Before handling a form POST: {@code true} (and the hint page, 400, rendered) when the form came from a demo
     * page but the browser sent no cookie back; otherwise removes the marker, which has done its job.
     */
    static boolean refused(Context ctx, Pages pages) {
        if (ctx.formParam(FIELD) != null && ctx.header("Cookie") == null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            pages.render(ctx, "cookies_disabled", Map.of());
            return true;
        }
        if (Flash.session(ctx).contains(MARKER)) {
            Flash.session(ctx).remove(MARKER);
        }
        return false;
    }
}
// end::docs[]
