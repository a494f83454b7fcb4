package dev.flashkit.storetests;

import java.util.Locale;
import org.junit.jupiter.api.Assumptions;

/**
 * What a store test does when its real server cannot be started: with {@code CI=true} it fails, elsewhere it is
 * skipped with a loud message on stderr, so that a missing component never passes silently in CI.
 */
public final class MissingServer {
    private MissingServer() {}

    /**
     * Fails (with {@code CI=true}) or skips the test; never returns normally. {@code what} names the tests in the
     * skip banner (e.g. {@code REDIS}), {@code message} says what they need and how to get it.
     */
    public static RuntimeException failOrSkip(String what, String message, Exception cause) {
        if (isCi()) {
            throw new IllegalStateException(message, cause);
        }
        System.err.println("\n***** SKIPPING " + what + " TESTS: " + message + " *****\n");
        Assumptions.abort(message);
        throw new AssertionError("unreachable");
    }

    private static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && ci.trim().toLowerCase(Locale.ROOT).equals("true");
    }
}
