package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The development key is per process and announced once: checked in a fresh JVM, since the warning is
 * process-wide state that other tests in this JVM may already have triggered.
 */
class DevelopmentKeyProcessTest {

    /** Runs in the child JVM: builds two development configs and prints their key ids. */
    public static void main(String[] args) {
        System.out.println("KEY " + FlashkitConfig.builder().build().keyIds().get(0));
        System.out.println("KEY " + FlashkitConfig.builder().build().keyIds().get(0));
    }

    private static List<String> run() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(
                        java.toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        DevelopmentKeyProcessTest.class.getName())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.lines().toList();
    }

    @Test
    void build_developmentWithoutSecret_warnsOnceAndKeyDiffersPerProcess() throws Exception {
        List<String> first = run();
        List<String> second = run();

        List<String> keys = first.stream().filter(l -> l.startsWith("KEY ")).toList();
        assertThat(keys).hasSize(2);
        assertThat(keys.get(0)).isEqualTo(keys.get(1));
        assertThat(second).filteredOn(l -> l.startsWith("KEY ")).doesNotContain(keys.get(0));
        String output = String.join("\n", first);
        assertThat(output.split("FLASHKIT_SECRET is not set", -1)).hasSize(2);
        assertThat(output).contains("random per-process development key").contains("openssl rand -base64 32");
    }
}
