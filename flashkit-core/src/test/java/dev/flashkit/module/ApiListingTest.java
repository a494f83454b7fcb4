package dev.flashkit.module;

import static org.assertj.core.api.Assertions.fail;

import dev.flashkit.Flashkit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Compares core's public API with the committed listing {@code api/flashkit-core.api}, so that every change
 * to an exported signature shows up in review. Run with {@code -Dapi.update=true} to rewrite the listing.
 */
class ApiListingTest {
    private static final Path LISTING = Path.of("api", "flashkit-core.api");
    private static final String UPDATE = "mvn -B -ntp test -pl flashkit-core -Dtest=ApiListingTest -Dapi.update=true";

    @Test
    void apiListing_compiledClasses_matchCommittedListing() throws Exception {
        Path classes = Path.of(Flashkit.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> actual = ApiListing.of(classes);
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(LISTING.getParent());
            Files.write(LISTING, actual, StandardCharsets.UTF_8);
            return;
        }
        List<String> committed =
                Files.exists(LISTING) ? Files.readAllLines(LISTING, StandardCharsets.UTF_8) : List.of();
        if (!committed.equals(actual)) {
            fail(
                    "The public API of flashkit-core changed (- committed, + compiled):%n%s%n"
                            + "If the change is intended, regenerate the listing and commit it with the change:%n  %s",
                    diff(committed, actual), UPDATE);
        }
    }

    /** The lines only one side has, in order, each member with the type it belongs to. */
    private static String diff(List<String> committed, List<String> actual) {
        Set<String> after = new HashSet<>(withTypes(actual));
        Set<String> before = new HashSet<>(withTypes(committed));
        List<String> out = new ArrayList<>();
        withTypes(committed).stream().filter(line -> !after.contains(line)).forEach(l -> out.add("- " + l));
        withTypes(actual).stream().filter(line -> !before.contains(line)).forEach(l -> out.add("+ " + l));
        return out.isEmpty() ? "  (only the order or blank lines differ)" : String.join(System.lineSeparator(), out);
    }

    /** Type lines as they are, member lines as "type name: member", blank lines dropped. */
    private static List<String> withTypes(List<String> listing) {
        List<String> lines = new ArrayList<>();
        String type = "";
        for (String line : listing) {
            if (line.startsWith("  ")) {
                lines.add(type + ": " + line.strip());
            } else if (!line.isBlank()) {
                type = line.split(" (extends|implements|permits) ")[0].replaceAll(".* ", "");
                lines.add(line);
            }
        }
        return lines;
    }
}
