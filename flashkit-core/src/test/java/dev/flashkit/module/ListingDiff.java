package dev.flashkit.module;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The difference between two API listings, as the lines only one side has. */
final class ListingDiff {
    private ListingDiff() {}

    /** The lines only one side has, in order, each member with the type it belongs to. */
    static String of(List<String> committed, List<String> actual) {
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
