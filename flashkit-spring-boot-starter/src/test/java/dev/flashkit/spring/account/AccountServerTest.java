package dev.flashkit.spring.account;

import dev.flashkit.test.TestSecrets;
import java.net.URI;
import java.util.UUID;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the tests of the account sample ({@link AccountApplication}) on a real port share: a random Flashkit
 * secret and password of the user {@code ada}, and browsers on the server. Each test names its own
 * {@code @SpringBootTest} settings.
 */
abstract class AccountServerTest {
    /** The password of {@code ada}, random per test run. */
    static final String PASSWORD = UUID.randomUUID().toString();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void accountProperties(DynamicPropertyRegistry registry) {
        registry.add("flashkit.secret", TestSecrets::random);
        registry.add("account.password", () -> PASSWORD);
    }

    /** The server's address, e.g. {@code http://127.0.0.1:8080}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** A new browser with an empty cookie jar on the server. */
    SignInBrowser browser() {
        return new SignInBrowser(base());
    }
}
