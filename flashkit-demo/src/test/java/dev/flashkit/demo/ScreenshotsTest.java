package dev.flashkit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Screenshots stay under target/ unless the docs copy is asked for. */
class ScreenshotsTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @Test
    void write_withoutCopyDir_writesOnlyUnderTarget() throws Exception {
        List<Path> written = Screenshots.write(PNG, "screenshots-test", null);

        assertThat(written).containsExactly(Screenshots.TARGET.resolve("screenshots-test.png"));
        assertThat(Files.readAllBytes(written.get(0))).isEqualTo(PNG);
    }

    @Test
    void write_withCopyDir_alsoCopiesThere() throws Exception {
        Path copyDir = Path.of("target", "screenshots-copy").toAbsolutePath();

        List<Path> written = Screenshots.write(PNG, "screenshots-test", copyDir.toString());

        assertThat(written).hasSize(2).endsWith(copyDir.resolve("screenshots-test.png"));
        assertThat(Files.readAllBytes(copyDir.resolve("screenshots-test.png"))).isEqualTo(PNG);
    }
}
