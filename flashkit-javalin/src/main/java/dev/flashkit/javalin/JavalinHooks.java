package dev.flashkit.javalin;

import dev.flashkit.session.SessionStoreException;
import io.javalin.config.JavalinConfig;
import io.javalin.plugin.Plugin;

/**
 * What differs on Javalin 6: the signatures of the plugin hooks, which register Flashkit's app data, Jetty
 * setting, exception handler and after-handler. The rest of {@link FlashkitPlugin} is one source shared with
 * Javalin 7 ({@code src/shared/java}).
 */
abstract class JavalinHooks extends Plugin<FlashkitPlugin.Config> {
    @Override
    public void onInitialize(JavalinConfig config) {
        config.appData(FlashkitPlugin.KEY, pluginConfig.flashkitOrDefault());
        config.jetty.modifyHttpConfiguration(FlashkitPlugin::raiseHeaderLimit);
    }

    @Override
    public void onStart(JavalinConfig config) {
        config.router.mount(router -> router.exception(
                        SessionStoreException.class, (e, ctx) -> FlashkitPlugin.answer(ctx, pluginConfig, e))
                .after(ctx -> FlashkitPlugin.afterRequest(ctx, pluginConfig)));
    }
}
