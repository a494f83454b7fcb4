package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import dev.flashkit.messages.Messages;
import io.quarkus.qute.Template;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Qute's {@code {flashkit:messages}} renders the request's messages in Flashkit's markup, once. */
class QuteTagTest {
    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(Items.class, TestApps.class)
                    .addAsResource(
                            new StringAsset("<main>{flashkit:messages}<h1>Items</h1></main>"), "templates/items.html"))
            .overrideConfigKey("quarkus.http.test-port", "0");

    @Path("/items")
    public static class Items {
        @Inject
        Messages messages;

        @Inject
        Template items;

        @POST
        public Response add(@QueryParam("name") String name) {
            messages.success("Added <" + name + ">");
            return Response.seeOther(URI.create("/items")).build();
        }

        @GET
        @Produces(MediaType.TEXT_HTML)
        public String page() {
            return items.render();
        }
    }

    @Test
    void flashkitMessagesTag_afterRedirect_rendersFlashkitMarkupOnce() {
        Browser browser = new Browser(TestApps.uri());
        browser.post("/items?name=tea");

        String page = browser.get("/items").body();
        String again = browser.get("/items").body();

        assertThat(page)
                .startsWith("<main><div class=\"flashkit-messages\" data-flashkit-messages>")
                .contains("Added &lt;tea&gt;") // the text escaped once, by Flashkit; the markup not escaped by Qute
                .endsWith("</div>\n<h1>Items</h1></main>");
        assertThat(again).isEqualTo("<main><h1>Items</h1></main>");
    }
}
