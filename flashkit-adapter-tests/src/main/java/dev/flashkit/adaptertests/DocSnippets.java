package dev.flashkit.adaptertests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps documentation honest: the code a page under {@code docs/} shows must be, character for character,
 * the region of a compiled and tested source file between a {@code tag::docs[]} and an {@code end::docs[]}
 * marker line (in any comment syntax), imports included.
 */
public final class DocSnippets {
    private DocSnippets() {}

    /**
     * The text between the marker lines of {@code source} (markers excluded), with a trailing newline. In a
     * Java source the region must hold the import lines, so that readers see where each type comes from.
     */
    public static String snippet(Path source) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = -1;
        int end = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("tag::docs[]")) {
                start = i + 1;
            } else if (lines.get(i).contains("end::docs[]")) {
                end = i;
            }
        }
        assertThat(start).as("tag::docs[] marker in " + source).isPositive();
        assertThat(end).as("end::docs[] marker in " + source).isGreaterThan(start);
        if (source.toString().endsWith(".java")) {
            List<String> importsLeftOut = new ArrayList<>(lines.subList(0, start));
            importsLeftOut.addAll(lines.subList(end, lines.size()));
            importsLeftOut.removeIf(line -> !line.startsWith("import "));
            assertThat(importsLeftOut)
                    .as(source + ": the docs must name the example's imports; put the tag::docs[] marker right"
                            + " after the package line")
                    .isEmpty();
        }
        return String.join("\n", lines.subList(start, end)) + "\n";
    }

    /** Asserts {@code doc} contains the marked region of every one of {@code sources}. */
    public static void assertDocShows(Path doc, Path... sources) throws IOException {
        String page = Files.readString(doc);
        for (Path source : sources) {
            assertThat(page)
                    .as(doc + " must quote the example " + source + " exactly (copy it again after editing)")
                    .contains(snippet(source));
        }
    }

    /**
     * Asserts the README section under {@code heading} (e.g. {@code "### Javalin"}, up to the next heading)
     * quotes the marked region of every one of {@code sources}, and that each of its {@code java} and
     * {@code html} code blocks is one of those regions: no code in that quick start escapes the compiled and
     * tested examples.
     */
    public static void assertReadmeSectionShows(Path readme, String heading, Path... sources) throws IOException {
        List<String> lines = sectionLines(readme, heading);
        String section = String.join("\n", lines) + "\n";
        List<String> snippets = new ArrayList<>();
        for (Path source : sources) {
            snippets.add(snippet(source));
            assertThat(section)
                    .as(readme + " '" + heading + "' must quote the example " + source + " exactly")
                    .contains(snippet(source));
        }
        for (String block : codeBlocks(lines)) {
            assertThat(snippets)
                    .as(readme + " '" + heading + "': this code block is not a tested example:\n" + block)
                    .contains(block);
        }
    }

    /** The text of the README section under {@code heading}, up to the next {@code ##} or {@code ###} heading. */
    public static String readmeSection(Path readme, String heading) throws IOException {
        return String.join("\n", sectionLines(readme, heading)) + "\n";
    }

    private static List<String> sectionLines(Path readme, String heading) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int start = lines.indexOf(heading);
        assertThat(start).as(readme + " has a section '" + heading + "'").isNotNegative();
        int end = start + 1;
        while (end < lines.size()
                && !lines.get(end).startsWith("## ")
                && !lines.get(end).startsWith("### ")) {
            end++;
        }
        return lines.subList(start, end);
    }

    private static List<String> codeBlocks(List<String> lines) {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines) {
            if (block == null && (line.trim().equals("```java") || line.trim().equals("```html"))) {
                block = new StringBuilder();
            } else if (block != null && line.trim().equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }
}
