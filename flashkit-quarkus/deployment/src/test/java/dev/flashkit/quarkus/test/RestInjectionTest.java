package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.messages.Messages;
import dev.flashkit.session.Session;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Session and Messages injected into a Quarkus REST resource, over real HTTP. */
class RestInjectionTest {
    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Cart.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    @Path("/cart")
    public static class Cart {
        @Inject
        Session session;

        @Inject
        Messages messages;

        @POST
        public Response add(@QueryParam("item") String item) {
            session.put("cart", item);
            messages.success("Added " + item);
            return Response.seeOther(URI.create("/cart")).build();
        }

        @GET
        public String show() {
            return "cart=" + session.getString("cart") + " " + messages.html();
        }
    }

    @Test
    void restResource_postRedirectGet_keepsSessionAndShowsMessageOnce() {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        Browser browser = new Browser(URI.create("http://localhost:" + port));
        Browser.Page post = browser.post("/cart?item=tea");
        assertThat(post.status()).isEqualTo(303);
        Browser.Page page = browser.get("/cart");
        assertThat(page.body()).contains("cart=tea").contains("Added tea");
        assertThat(browser.get("/cart").body()).doesNotContain("Added tea");
    }
}
