package dev.flashkit;

/**
 * Raised when code uses the session or the messages of a request that no Flashkit adapter opened:
 * the Java twin of Starlette's "SessionMiddleware must be installed to access request.session".
 */
public final class FlashkitNotInstalledException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * How to install Flashkit in each supported framework: the advice of {@link #FlashkitNotInstalledException(String)},
     * which an adapter may append to advice of its own.
     */
    public static final String INSTALL_HINT = "Install the adapter for your framework: "
            + "Jakarta Servlet: register dev.flashkit.servlet.FlashkitFilter for all requests (\"/*\") before your servlets; "
            + "Javalin: Javalin.create(config -> config.registerPlugin(new dev.flashkit.javalin.FlashkitPlugin())) (Javalin 7: dev.flashkit.javalin7.FlashkitPlugin); "
            + "Spring Boot: add the dependency dev.flashkit:flashkit-spring-boot-starter. "
            + "In plain code or tests, open a context with Flashkit.open(exchange).";

    /** Creates the exception for a use of {@code what} ("session", "messages") outside a Flashkit request. */
    public FlashkitNotInstalledException(String what) {
        this(what, INSTALL_HINT);
    }

    /**
     * Creates the exception with an adapter's own advice: an adapter that knows what is missing (the plugin
     * of the framework major on the class path, a filter turned off in a test) says so in {@code advice}.
     */
    public FlashkitNotInstalledException(String what, String advice) {
        super("Flashkit must be installed to access the " + what + " of a request, but no Flashkit request context "
                + "was opened for this request. " + advice);
    }
}
