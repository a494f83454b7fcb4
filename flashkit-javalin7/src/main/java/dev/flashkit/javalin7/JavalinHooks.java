package dev.flashkit.javalin7;

import dev.flashkit.session.SessionStoreException;
import io.javalin.config.JavalinState;
import io.javalin.plugin.Plugin;

/**
 * What differs on Javalin 7: the signatures of the plugin hooks, which register Flashkit's app data, Jetty
 * setting, exception handler and after-handler. The rest of {@link FlashkitPlugin} is one source shared with
 * Javalin 6 ({@code flashkit-javalin/src/shared/java}, compiled here in this package).
 */
abstract class JavalinHooks extends Plugin<FlashkitPlugin.Config> {
    @Override
    public void onInitialize(JavalinState state) {
        state.appDataManager.register(FlashkitPlugin.KEY, pluginConfig.flashkitOrDefault());
        state.jetty.modifyHttpConfiguration(FlashkitPlugin::raiseHeaderLimit);
    }

    @Override
    public void onStart(JavalinState state) {
        state.routes.exception(SessionStoreException.class, (e, ctx) -> FlashkitPlugin.answer(ctx, pluginConfig, e));
        state.routes.after(ctx -> FlashkitPlugin.afterRequest(ctx, pluginConfig));
    }
}
