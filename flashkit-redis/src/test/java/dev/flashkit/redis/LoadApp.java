package dev.flashkit.redis;

import dev.flashkit.Flashkit;
import dev.flashkit.FlashkitConfig;
import dev.flashkit.storetests.MiniApp;
import dev.flashkit.test.TestSecrets;

/**
 * The application {@code flashkit-redis/load/run.sh} puts under HTTP load: one {@link MiniApp} node
 * with the cookie store ({@code cookie}) or the Redis store and Redis messages (a Redis URI). Prints
 * {@code PORT=<n>} when it listens, then serves until killed. Not a test.
 */
public final class LoadApp {
    private LoadApp() {}

    /** Starts the node; {@code args[0]} is {@code cookie} or a Redis URI. */
    public static void main(String[] args) throws Exception {
        FlashkitConfig.Builder config = FlashkitConfig.builder().secret(TestSecrets.random());
        if (!args[0].equals("cookie")) {
            RedisSessionStore store = RedisSessionStore.builder(args[0]).build();
            config.sessionStore(store).messageStorage(store.messageStorage());
        }
        MiniApp app = new MiniApp("load", Flashkit.create(config.build()), UnavailablePage::register);
        String url = app.url("/");
        System.out.println("PORT=" + url.substring(url.lastIndexOf(':') + 1, url.length() - 1));
        System.out.flush();
        Thread.currentThread().join();
    }
}
