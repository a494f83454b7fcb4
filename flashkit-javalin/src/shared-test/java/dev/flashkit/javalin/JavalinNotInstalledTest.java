package dev.flashkit.javalin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.adaptertests.Browser;
import io.javalin.Javalin;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Without the plugin, the accessors' {@code FlashkitNotInstalledException} names the plugin of the Javalin
 * major in use ({@code dev.flashkit.javalin} on 6, {@code dev.flashkit.javalin7} on 7) and its registration line
 * before any other adapter.
 */
class JavalinNotInstalledTest {
    private static final Pattern FLASHKIT_CLASS = Pattern.compile("dev\\.flashkit(\\.[a-z0-9]+)*\\.[A-Z]\\w*");
    private static Javalin bare;
    private static Browser browser;

    @BeforeAll
    static void start() {
        bare = ScenarioApp.start(null);
        browser = new Browser(URI.create("http://127.0.0.1:" + bare.port()));
    }

    @AfterAll
    static void stop() {
        bare.stop();
    }

    @Test
    void session_pluginNotRegistered_namesThisMajorsPluginFirst() {
        String message = browser.get("/not-installed").body();

        assertThat(firstFlashkitClass(message)).isEqualTo(FlashkitPlugin.class.getName());
        assertThat(message)
                .contains("Javalin.create(config -> config.registerPlugin(new " + FlashkitPlugin.class.getName()
                        + "()))");
    }

    @Test
    void messages_pluginNotRegistered_namesThisMajorsPluginFirst() {
        String message = browser.get("/messages-not-installed").body();

        assertThat(message).startsWith("not installed: Flashkit must be installed to access the messages");
        assertThat(firstFlashkitClass(message)).isEqualTo(FlashkitPlugin.class.getName());
    }

    private static String firstFlashkitClass(String message) {
        Matcher matcher = FLASHKIT_CLASS.matcher(message);
        assertThat(matcher.find()).as("a Flashkit class named in: " + message).isTrue();
        return matcher.group();
    }
}
