package dev.flashkit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.storetests.HttpVisitor;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.test.TestSecrets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Three instances of an application with one secret and one PostgreSQL, over real HTTP: a browser whose requests
 * a load balancer spreads over them keeps its session and sees each flash message once, wherever it lands.
 */
@ExtendWith(PostgresExtension.class)
class MultiNodeHttpTest {
    private TestStores stores;
    private final List<MiniApp> nodes = new ArrayList<>();

    @BeforeEach
    void start(PostgresTestServer server) {
        stores = new TestStores(server);
        String secret = TestSecrets.random();
        for (int i = 0; i < 3; i++) {
            JdbcSessionStore store = stores.store(TestStores.RELAXED);
            nodes.add(new MiniApp("node" + i, MiniApp.flashkit(secret, store, store.messageStorage())));
        }
    }

    @AfterEach
    void stop() {
        nodes.forEach(MiniApp::close);
        stores.close();
    }

    @Test
    void loginOnOneNode_sessionAndWelcomeOnAnother_messageShownOnce() throws Exception {
        HttpVisitor browser = new HttpVisitor();

        assertThat(browser.post(nodes.get(0).url("/login")).statusCode()).isEqualTo(302);

        assertThat(browser.get(nodes.get(1).url("/dashboard")).body())
                .isEqualTo("dashboard on node1; user=ada; messages=[Welcome back]");
        assertThat(browser.get(nodes.get(2).url("/dashboard")).body())
                .isEqualTo("dashboard on node2; user=ada; messages=[]");
    }

    @Test
    void logoutOnOneNode_oldCookieOnAnother_isLoggedOut() throws Exception {
        HttpVisitor browser = new HttpVisitor();
        browser.post(nodes.get(0).url("/login"));
        var stolen = browser.cookies();

        browser.post(nodes.get(1).url("/logout"));
        HttpVisitor thief = new HttpVisitor();
        stolen.forEach(thief::setCookie);

        assertThat(thief.get(nodes.get(2).url("/dashboard")).body()).contains("user=null");
    }

    @Test
    void failedRequestShowingMessages_messageComesBackOnTheNextPage() throws Exception {
        HttpVisitor browser = new HttpVisitor();
        browser.post(nodes.get(0).url("/login"));
        browser.get(nodes.get(0).url("/dashboard")); // the welcome is shown
        browser.post(nodes.get(1).url("/add?text=hello")); // untargeted: any page may show it

        assertThat(browser.get(nodes.get(2).url("/fail")).statusCode()).isEqualTo(500);

        assertThat(browser.get(nodes.get(0).url("/show")).body()).isEqualTo("hello");
        assertThat(browser.get(nodes.get(1).url("/show")).body()).isEmpty();
    }
}
