package dev.flashkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flashkit.FlashkitSetting.Group;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The settings tables in docs/sessions.md and docs/messages.md are the {@link FlashkitSetting} table, rendered:
 * each sits between {@code <!-- settings table: GROUP... -->} and {@code <!-- end settings table -->}. Run with
 * {@code -Dsettings.docs.update=true} to rewrite them after changing the table.
 */
class SettingsDocsTest {
    private static final Path DOCS = Path.of("..", "docs");
    private static final Pattern BLOCK =
            Pattern.compile("<!-- settings table: ([A-Z ]+) -->\n(.*?)<!-- end settings table -->", Pattern.DOTALL);

    @Test
    void docs_settingsTables_areTheSettingsTable() throws IOException {
        Set<Group> documented = EnumSet.noneOf(Group.class);
        for (String name : List.of("sessions.md", "messages.md")) {
            Path doc = DOCS.resolve(name);
            String text = Files.readString(doc);
            Matcher m = BLOCK.matcher(text);
            StringBuilder updated = new StringBuilder();
            int blocks = 0;
            while (m.find()) {
                blocks++;
                List<Group> groups = Arrays.stream(m.group(1).trim().split(" "))
                        .map(Group::valueOf)
                        .toList();
                documented.addAll(groups);
                String expected = render(groups);
                if (Boolean.getBoolean("settings.docs.update")) {
                    m.appendReplacement(
                            updated,
                            Matcher.quoteReplacement("<!-- settings table: " + m.group(1) + " -->\n" + expected
                                    + "<!-- end settings table -->"));
                } else {
                    assertThat(m.group(2))
                            .as("the settings table in %s (groups %s)", doc, groups)
                            .isEqualTo(expected);
                }
            }
            if (Boolean.getBoolean("settings.docs.update")) {
                m.appendTail(updated);
                Files.writeString(doc, updated.toString());
            }
            assertThat(blocks).as("settings tables in %s", doc).isPositive();
        }
        assertThat(documented).as("groups documented").containsExactlyInAnyOrder(Group.values());
    }

    /** The Markdown table of {@code groups}' rows, in table order. */
    static String render(List<Group> groups) {
        List<String> lines = new ArrayList<>();
        lines.add("| builder | variable / system property | Spring property | default | meaning |");
        lines.add("|---|---|---|---|---|");
        for (Group group : groups) {
            for (FlashkitSetting s : FlashkitSetting.of(group)) {
                lines.add("| " + code(s.builderMethod()) + " | " + code(s.variable()) + " | " + code(s.property())
                        + " | " + defaultValue(s) + " | " + s.doc() + " |");
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private static String defaultValue(FlashkitSetting s) {
        if (s.defaultValue() == null) {
            return "—";
        }
        return s.hasTextForm() ? code(s.defaultValue()) : s.defaultValue();
    }

    private static String code(String text) {
        return text == null ? "—" : "`" + text + "`";
    }
}
