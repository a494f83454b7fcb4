package dev.flashkit.spring.test;

import dev.flashkit.adaptertests.DocSnippets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/testing.md and the Testing section of docs/spring-boot.md show only tested code: each Java block is the
 * marked region of a test that runs (here, in flashkit-test, or in flashkit-javalin7), and this module's test
 * application is the documented Spring Boot example, unchanged.
 */
class DocsTest {
    private static final Path TESTING = Path.of("../docs/testing.md");
    private static final Path SPRING_BOOT = Path.of("../docs/spring-boot.md");
    private static final Path MOCK_MVC_EXAMPLE =
            Path.of("src/test/java/dev/flashkit/spring/test/example/ItemsControllerTest.java");
    private static final Path HTTP_EXAMPLE =
            Path.of("src/test/java/dev/flashkit/spring/test/example/ItemsHttpTest.java");

    @Test
    void testingPage_everySection_quotesOnlyTestedCode() throws Exception {
        DocSnippets.assertReadmeSectionShows(
                TESTING,
                "## In memory: `TestBrowser` and `FlashkitAssertions`",
                Path.of("../flashkit-test/src/test/java/dev/flashkit/test/CheckoutExampleTest.java"));
        DocSnippets.assertReadmeSectionShows(
                TESTING,
                "## Over real HTTP: `NextRequest`",
                Path.of("../flashkit-javalin7/src/test/java/dev/flashkit/javalin7/ItemsAppHttpTest.java"));
        DocSnippets.assertReadmeSectionShows(
                TESTING, "## Spring Boot: MockMvc and `TestRestTemplate`", MOCK_MVC_EXAMPLE, HTTP_EXAMPLE);
        DocSnippets.assertReadmeSectionShows(
                TESTING,
                "## Your own stores: contract suites",
                Path.of("../flashkit-test/src/test/java/dev/flashkit/test/MemorySessionStoreContractTest.java"),
                Path.of("../flashkit-test/src/test/java/dev/flashkit/test/CookieMessageStorageContractTest.java"));
    }

    @Test
    void springBootPage_testingSection_quotesOnlyTestedCode() throws Exception {
        DocSnippets.assertReadmeSectionShows(SPRING_BOOT, "## Testing", MOCK_MVC_EXAMPLE, HTTP_EXAMPLE);
    }

    @Test
    void springBootPage_example_isThisModulesTestApplication() throws Exception {
        DocSnippets.assertDocShows(
                SPRING_BOOT,
                Path.of("src/test/java/dev/flashkit/spring/test/example/ItemsApplication.java"),
                Path.of("src/test/resources/templates/items.html"));
    }
}
