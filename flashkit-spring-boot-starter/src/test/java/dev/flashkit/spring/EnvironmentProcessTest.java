package dev.flashkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.spring.config.EnvironmentApplication;
import dev.flashkit.test.TestSecrets;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code FLASHKIT_*} variables in the real environment of a Spring Boot process reach Flashkit, names that differ
 * from their property's included ({@code FLASHKIT_COOKIE_SAMESITE} for {@code flashkit.cookie.same-site}): the
 * application runs as a child JVM with that environment, and is asked over HTTP.
 */
class EnvironmentProcessTest {

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES) // a guard against a child that never starts, not a speed check
    void processEnvironment_flashkitVariables_shapeCookiesAndLevel() throws Exception {
        Map<String, String> variables = Map.of(
                "FLASHKIT_SECRET", TestSecrets.random(),
                "FLASHKIT_MESSAGES_LEVEL", "debug",
                "FLASHKIT_MESSAGES_COOKIE_NAME", "flash",
                "FLASHKIT_COOKIE_SAMESITE", "strict",
                "FLASHKIT_COOKIE_HOST_PREFIX", "false",
                "FLASHKIT_MESSAGES_TARGET_MAX_AGE", "60");
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        EnvironmentApplication.class.getName())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("FLASHKIT_"));
        builder.environment().putAll(variables);
        Process process = builder.start();
        try {
            URI base = URI.create("http://127.0.0.1:" + port(process) + "/");
            HttpClient client =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

            HttpResponse<String> added = client.send(
                    HttpRequest.newBuilder(base.resolve("add")).build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> shown = client.send(
                    HttpRequest.newBuilder(base.resolve("show")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(added.headers().allValues("Set-Cookie"))
                    .anyMatch(c -> c.startsWith("flash=") && c.contains("SameSite=Strict"));
            assertThat(shown.body()).contains("Debugging note").contains("Information note");
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    /** Reads the child's output up to the line with its port; fails with that output when the child stops first. */
    private static int port(Process process) throws Exception {
        StringBuilder output = new StringBuilder();
        BufferedReader lines =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (line.startsWith(EnvironmentApplication.PORT_LINE)) {
                Thread drain = new Thread(() -> lines.lines().forEach(l -> {}));
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(line.substring(EnvironmentApplication.PORT_LINE.length()));
            }
            output.append(line).append('\n');
        }
        throw new AssertionError("the application stopped before listening:\n" + output);
    }
}
