package dev.flashkit.test.example;

// tag::docs[]
import static dev.flashkit.test.FlashkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.messages.Level;
import dev.flashkit.test.TestBrowser;
import dev.flashkit.test.TestExchange;
import dev.flashkit.test.TestSecrets;
import org.junit.jupiter.api.Test;

class CheckoutExampleTest {
    private final Flashkit flashkit = Flashkit.create(
            FlashkitConfig.builder().secret(TestSecrets.random()).build());
    private final TestBrowser browser = new TestBrowser(flashkit);

    @Test
    void checkout_placedOrder_flashesOnceOnTheRedirectTarget() {
        TestExchange post = browser.post("/checkout", (ctx, exchange) -> {
            ctx.session().put("orders", ctx.session().getLong("orders", 0) + 1);
            ctx.messages().success("Order placed");
            exchange.redirect("/orders");
        });

        assertThat(post).hasMessages("Order placed").allTargeting("/orders"); // what the response left
        browser.get("/orders", ctx -> {
            assertThat(ctx).hasMessage(Level.SUCCESS, "Order placed"); // what this page would display
            assertThat(ctx.messages().consume()).hasSize(1);
            assertThat(ctx.session().getLong("orders", 0)).isEqualTo(1);
        });
        browser.get("/orders", ctx -> assertThat(ctx).hasNoMessages()); // shown once
    }
}
// end::docs[]
