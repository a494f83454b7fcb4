package dev.flashkit.javalin7;

import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ExceptionHandler;
import io.javalin.http.Handler;
import io.javalin.plugin.Plugin;
import java.util.function.Consumer;

/** How the shared tests ({@code src/shared-test/java}) start an app on Javalin 7. */
final class TestApps {
    private TestApps() {}

    /** Starts an app on a free port with {@code plugin} (none when {@code null}) and {@code routes}. */
    static Javalin start(Plugin<?> plugin, Consumer<TestRoutes> routes) {
        return Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.startup.showOldJavalinVersionWarning = false;
                    config.startup.startupWatcherEnabled = false;
                    if (plugin != null) {
                        config.registerPlugin(plugin);
                    }
                    RoutesConfig router = config.routes;
                    routes.accept(new TestRoutes() {
                        @Override
                        public TestRoutes before(String path, Handler handler) {
                            router.before(path, handler);
                            return this;
                        }

                        @Override
                        public TestRoutes get(String path, Handler handler) {
                            router.get(path, handler);
                            return this;
                        }

                        @Override
                        public TestRoutes post(String path, Handler handler) {
                            router.post(path, handler);
                            return this;
                        }

                        @Override
                        public TestRoutes head(String path, Handler handler) {
                            router.head(path, handler);
                            return this;
                        }

                        @Override
                        public <E extends Exception> TestRoutes exception(
                                Class<E> type, ExceptionHandler<? super E> handler) {
                            router.exception(type, handler);
                            return this;
                        }
                    });
                })
                .start("127.0.0.1", 0);
    }
}
