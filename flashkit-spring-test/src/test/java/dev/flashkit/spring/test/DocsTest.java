package dev.flashkit.spring.test;

import dev.flashkit.adaptertests.DocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/testing.md, docs/troubleshooting.md, the Testing section of docs/spring-boot.md and the custom storage
 * example of docs/messages.md show only tested code: each Java block is the marked region of a test or source
 * that runs (here, in flashkit-test, flashkit-javalin7 or flashkit-demo), imports included. The tests here run
 * the documented Spring Boot example itself (flashkit-spring-example), not a copy.
 */
class DocsTest {
    private static final Path TESTING = Path.of("../docs/testing.md");
    private static final Path SPRING_BOOT = Path.of("../docs/spring-boot.md");
    private static final Path MOCK_MVC_EXAMPLE =
            Path.of("src/test/java/dev/flashkit/spring/example/ItemsControllerTest.java");
    private static final Path HTTP_EXAMPLE = Path.of("src/test/java/dev/flashkit/spring/example/ItemsHttpTest.java");

    @Test
    void testingPage_everySection_quotesOnlyTestedCode() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                TESTING,
                "## In memory: `TestBrowser` and `FlashkitAssertions`",
                Path.of("../flashkit-test/src/test/java/dev/flashkit/test/example/CheckoutExampleTest.java"));
        DocSnippets.assertReadmeSectionShows(
                TESTING,
                "## Over real HTTP: `NextRequest`",
                Path.of("../flashkit-javalin7/src/test/java/dev/flashkit/javalin7/ItemsAppHttpTest.java"));
        DocSnippets.assertReadmeSectionShows(
                TESTING, "## Spring Boot: MockMvc and `TestRestTemplate`", MOCK_MVC_EXAMPLE, HTTP_EXAMPLE);
        DocSnippets.assertReadmeSectionShows(
                TESTING,
                "## Your own stores: contract suites",
                Path.of("../flashkit-test/src/test/java/dev/flashkit/test/example/MemorySessionStoreContractTest.java"),
                Path.of(
                        "../flashkit-test/src/test/java/dev/flashkit/test/example/CookieMessageStorageContractTest.java"));
    }

    @Test
    void messagesPage_customStorageExample_quotesOnlyTestedCode() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                Path.of("../docs/messages.md"),
                "### A worked example: messages in a table",
                Path.of("../flashkit-test/src/test/java/dev/flashkit/test/example/TableMessageStorage.java"),
                Path.of(
                        "../flashkit-test/src/test/java/dev/flashkit/test/example/TableMessageStorageContractTest.java"));
    }

    @Test
    void troubleshootingPage_everySection_quotesOnlyTestedCode() throws Exception {
        Path page = Path.of("../docs/troubleshooting.md");
        Path examples = Path.of("../flashkit-test/src/test/java/dev/flashkit/test/example");
        DocSnippets.assertReadmeSectionShows(
                page, "## Secret key problems", examples.resolve("SecretRotationExampleTest.java"));
        DocSnippets.assertReadmeSectionShows(
                page, "## Environment variables not read", examples.resolve("EnvironmentExampleTest.java"));
        DocSnippets.assertReadmeSectionShows(
                page,
                "## Cookies disabled",
                Path.of("../flashkit-demo/src/main/java/dev/flashkit/demo/CookieCheck.java"));
        DocSnippets.assertReadmeSectionShows(page, "## Debugging with `/debug/session`");
        DocSnippets.assertReadmeSectionShows(page, "## Middleware order per adapter");
    }

    @Test
    void springBootPage_testingSection_quotesOnlyTestedCode() throws Exception {
        DocSnippets.assertReadmeSectionShows(SPRING_BOOT, "## Testing", MOCK_MVC_EXAMPLE, HTTP_EXAMPLE);
    }
}
