package dev.flashkit.demo;

// tag::docs[]
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;

/**
 * Django's test cookie for the demo's forms: a form page sets the small cookie {@value #COOKIE} until the browser
 * sends it back (not a session: an anonymous visit costs no store write), and every form
 * carries the hidden field {@value #FIELD}. A POST with that field but no {@code Cookie} header at all comes from
 * a browser that dropped the cookie: flash messages and logins cannot work there, so the demo answers with a hint
 * instead of a redirect whose message would be lost.
 */
final class CookieCheck {

    /** The hidden form field every demo form carries. */
    static final String FIELD = "cookie_check";
    /** The test cookie a form page sets when the request carried none. */
    static final String COOKIE = "cookie_check";

    private CookieCheck() {}

    /** On a page with a form: makes sure the browser holds a cookie it should send back with the form. */
    static void offer(Context ctx) {
        if (ctx.cookie(COOKIE) == null) {
            ctx.header("Set-Cookie", COOKIE + "=1; Path=/; Max-Age=86400; HttpOnly; SameSite=Lax");
        }
    }

    /**
     * Before handling a form POST: {@code true} (and the hint page, 400, rendered) when the form came from a demo
     * page but the browser sent no cookie back.
     */
    static boolean refused(Context ctx, Pages pages) {
        if (ctx.formParam(FIELD) != null && ctx.header("Cookie") == null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            pages.render(ctx, "cookies_disabled", Map.of());
            return true;
        }
        return false;
    }
}
// end::docs[]
