package dev.flashkit.javalin;

import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;

/**
 * The routes a shared test registers, whichever Javalin major runs it: each major's {@code TestApps} adapts its
 * own routing API (Javalin 6's {@code config.router.mount}, Javalin 7's {@code config.routes}) to this.
 */
interface TestRoutes {
    /** A before-handler for {@code path}. */
    TestRoutes before(String path, Handler handler);

    /** A {@code GET} handler. */
    TestRoutes get(String path, Handler handler);

    /** A {@code POST} handler. */
    TestRoutes post(String path, Handler handler);

    /** A {@code HEAD} handler. */
    TestRoutes head(String path, Handler handler);

    /** An exception handler. */
    <E extends Exception> TestRoutes exception(Class<E> type, ExceptionHandler<? super E> handler);
}
