package dev.flashkit.spring.account;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.adaptertests.Browser;
import dev.flashkit.test.NextRequest;
import dev.flashkit.test.SetCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Browser} that submits forms as rendered (with their hidden {@code _csrf} field) and remembers the name of
 * every cookie the server set, so a test can say that no {@code JSESSIONID} was ever set.
 */
final class SignInBrowser {
    private static final Pattern CSRF =
            Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private final Browser browser;
    private final List<String> cookiesSet = new ArrayList<>();

    SignInBrowser(URI base) {
        this.browser = new Browser(base);
    }

    /** A GET as a browser navigating to a page sends it (asking for HTML). */
    Browser.Page get(String target) {
        return seen(browser.send("GET", target, "Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
    }

    /** A GET asking for {@code accept}, as a script would. */
    Browser.Page get(String target, String accept) {
        return seen(browser.send("GET", target, "Accept", accept));
    }

    /** GETs {@code page}, then POSTs {@code fields} (name, value pairs) with the page's CSRF token to {@code action}. */
    Browser.Page submit(String page, String action, String... fields) {
        Browser.Page form = get(page);
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).as("a _csrf field in %s", form).isTrue();
        StringBuilder body =
                new StringBuilder("_csrf=" + encode(token.group(1) != null ? token.group(1) : token.group(2)));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return seen(browser.postForm(action, body.toString()));
    }

    /** Signs in through the login page ({@code /login}). */
    Browser.Page signIn(String user, String password) {
        return submit("/login", "/login", "username", user, "password", password);
    }

    /** Every cookie name a response set so far, in order. */
    List<String> cookiesSet() {
        return cookiesSet;
    }

    String cookie(String name) {
        return browser.cookie(name);
    }

    /** What the next request would carry: the session and pending messages in the jar's Flashkit cookies. */
    NextRequest next(Flashkit flashkit) {
        Map<String, String> jar = new java.util.LinkedHashMap<>();
        for (String name : List.of("flashkit_session", "flashkit_messages")) {
            if (browser.cookie(name) != null) {
                jar.put(name, browser.cookie(name));
            }
        }
        return NextRequest.after(flashkit, jar, List.of());
    }

    private Browser.Page seen(Browser.Page page) {
        page.setCookies().stream().map(SetCookie::name).forEach(cookiesSet::add);
        return page;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
