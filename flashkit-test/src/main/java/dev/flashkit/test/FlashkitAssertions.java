package dev.flashkit.test;

import dev.flashkit.Flashkit;
import dev.flashkit.RequestContext;
import dev.flashkit.messages.Message;
import java.util.List;

/**
 * AssertJ entry points for Flashkit (Django's {@code assertMessages}):
 *
 * <pre>{@code
 * TestExchange post = browser.post("/items", (ctx, ex) -> { ctx.messages().success("Saved"); ex.redirect("/items"); });
 * assertThat(post).hasMessages("Saved");                 // what the response left for later requests
 * browser.get("/items", ctx -> assertThat(ctx).hasMessages("Saved")); // what this request would display
 * }</pre>
 */
public final class FlashkitAssertions {
    private FlashkitAssertions() {}

    /**
     * The messages this request would display now (read without consuming, resolved for the reader).
     */
    public static MessagesAssert assertThat(RequestContext context) {
        return new MessagesAssert(context.messages().peek(), "request " + context.exchange());
    }

    /**
     * The messages stored after this committed exchange (for any later request, targeted or not), as
     * the next request of the same browser would load them. The exchange must come from a {@link TestBrowser}.
     */
    public static MessagesAssert assertThat(TestExchange exchange) {
        return new MessagesAssert(storedAfter(exchange), "response of " + exchange);
    }

    /** A message list, e.g. from {@code ctx.messages().consume()}. */
    public static MessagesAssert assertThat(List<Message> messages) {
        return new MessagesAssert(messages, "messages");
    }

    /**
     * The messages the next request would find stored after a real HTTP response ({@link NextRequest}),
     * targeted or not, without consuming them. Failures name the response's status when {@code next} knows it.
     */
    public static MessagesAssert assertThat(NextRequest next) {
        String where = next.response() == null
                ? "the next request"
                : "the next request (after a response with " + next.response() + ")";
        return new MessagesAssert(next.messages(), where);
    }

    static List<Message> storedAfter(TestExchange exchange) {
        Flashkit flashkit = exchange.flashkit();
        if (flashkit == null) {
            throw new IllegalArgumentException("send the exchange through a TestBrowser to assert on its messages");
        }
        return NextRequest.after(flashkit, exchange.requestCookies(), exchange.responseHeaders("Set-Cookie"))
                .messages();
    }
}
