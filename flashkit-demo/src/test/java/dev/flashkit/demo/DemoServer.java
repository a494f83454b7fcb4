package dev.flashkit.demo;

import io.javalin.Javalin;
import java.util.HashMap;
import java.util.Map;

/** The real demo application on a free port of 127.0.0.1, configured from a test's environment map. */
final class DemoServer implements AutoCloseable {

    private final Javalin app;

    private DemoServer(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("PORT", "0");
        app = DemoApp.create(DemoSettings.fromEnvironment(all), all);
        app.start("127.0.0.1", 0);
    }

    /** The demo in development mode with default settings plus the given variables. */
    static DemoServer start(String... keyValues) {
        Map<String, String> env = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            env.put(keyValues[i], keyValues[i + 1]);
        }
        return new DemoServer(env);
    }

    /** The absolute URL of a path on this server. */
    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    @Override
    public void close() {
        app.stop();
    }
}
