package dev.flashkit.quarkus.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A store that may block is never called on the event loop, though a {@code @NonBlocking} Quarkus REST resource runs there. */
class BlockingRestStoreTest {
    @RegisterExtension
    static final QuarkusUnitTest APP = TestApps.serving(
            ScenarioResource.class, NonBlockingScenarioResource.class, RestCall.class, ThreadRecordingStore.class);

    @Test
    void blockingStore_loadAndSave_runOnWorkerThreadsOnly() {
        ThreadRecordingStore.CALLS.clear();
        Browser browser = new Browser(TestApps.uri());

        browser.post("/session?key=cart&value=3"); // saves at the commit
        Browser.Page page = browser.get("/session"); // loads before the handler
        browser.post("/logout"); // deletes

        assertThat(page.body()).contains("cart=3");
        assertThat(ThreadRecordingStore.CALLS)
                .anyMatch(call -> call.startsWith("load"))
                .anyMatch(call -> call.startsWith("save"))
                .anyMatch(call -> call.startsWith("delete"))
                .noneMatch(call -> call.endsWith("(EVENT LOOP)"));
    }
}
