package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code DemoApp.main} as a real process: what a user sees when starting the demo. */
@Timeout(90)
class DemoStartupTest {

    private static final Pattern URL = Pattern.compile("(http://localhost:\\d+/)");

    @Test
    void main_defaults_printsUrlAndServesTheHomePage() throws Exception {
        Process demo = launch(Map.of("PORT", "0"));
        try {
            String url = awaitUrl(demo);
            HttpResponse<String> home = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("name=\"item_name\"");
        } finally {
            demo.destroy();
            demo.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void main_productionWithoutSecret_exitsNonZeroNamingTheVariable() throws Exception {
        Result result = run(Map.of("PORT", "0", "FLASHKIT_ENV", "production"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("FLASHKIT_SECRET");
    }

    @Test
    void main_productionWithWeakSecret_exitsNonZeroNamingTheVariable() throws Exception {
        Result result = run(Map.of("PORT", "0", "FLASHKIT_ENV", "production", "FLASHKIT_SECRET", "secret"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("FLASHKIT_SECRET");
    }

    @Test
    void main_productionWithStrongSecret_starts() throws Exception {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        Process demo = launch(Map.of(
                "PORT", "0",
                "FLASHKIT_ENV", "production",
                "FLASHKIT_SECRET", Base64.getEncoder().encodeToString(secret)));
        try {
            assertThat(awaitUrl(demo)).startsWith("http://localhost:");
        } finally {
            demo.destroy();
            demo.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void main_unknownStore_exitsNonZeroNamingTheVariable() throws Exception {
        Result result = run(Map.of("PORT", "0", "FLASHKIT_STORE", "floppy"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("FLASHKIT_STORE");
    }

    @Test
    void main_badPort_exitsNonZeroNamingTheVariable() throws Exception {
        Result result = run(Map.of("PORT", "eighty"));

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.stderr()).contains("PORT");
    }

    @Test
    void main_portTaken_exitsNonZeroSayingSo() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0)) {
            Result result = run(Map.of("PORT", Integer.toString(taken.getLocalPort())));

            assertThat(result.exitCode()).isNotZero();
            assertThat(result.stderr()).contains("cannot start").containsIgnoringCase("port");
        }
    }

    private record Result(int exitCode, String stderr) {}

    private static Result run(Map<String, String> env) throws Exception {
        Path stderr = Files.createTempFile("demo-stderr", ".txt");
        Process process = launch(env, ProcessBuilder.Redirect.to(stderr.toFile()));
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the demo did not exit");
        }
        return new Result(process.exitValue(), Files.readString(stderr));
    }

    private static Process launch(Map<String, String> env) throws IOException {
        return launch(env, ProcessBuilder.Redirect.DISCARD);
    }

    private static Process launch(Map<String, String> env, ProcessBuilder.Redirect stderr) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(
                List.of(java, "-cp", System.getProperty("java.class.path"), DemoApp.class.getName()));
        builder.environment().keySet().removeIf(name -> name.startsWith("FLASHKIT_") || name.equals("PORT"));
        builder.environment().putAll(env);
        builder.redirectError(stderr);
        return builder.start();
    }

    /** Reads stdout until the demo prints its URL. */
    private static String awaitUrl(Process demo) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(demo.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            Matcher matcher = URL.matcher(line);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("the demo exited without printing its URL");
    }
}
