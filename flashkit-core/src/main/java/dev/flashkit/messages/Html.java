package dev.flashkit.messages;

/** HTML escaping for text and attribute values: {@code & < > " '}. */
final class Html {
    private Html() {}

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        int first = firstSpecial(s);
        if (first < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendFrom(sb, s, first);
        return sb.toString();
    }

    /** Appends {@code s} escaped, without an intermediate string. */
    static void escape(StringBuilder out, String s) {
        if (s == null) {
            return;
        }
        int first = firstSpecial(s);
        if (first < 0) {
            out.append(s);
        } else {
            appendFrom(out, s, first);
        }
    }

    private static int firstSpecial(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isSpecial(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** One comparison for letters and digits: every special character is at most {@code '>'}. */
    private static boolean isSpecial(char c) {
        return c <= '>' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'');
    }

    /** Appends {@code s} with its specials replaced, copying the runs between them in one go each. */
    private static void appendFrom(StringBuilder out, String s, int first) {
        int run = 0;
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpecial(c)) {
                out.append(s, run, i).append(replacement(c));
                run = i + 1;
            }
        }
        out.append(s, run, s.length());
    }

    private static String replacement(char c) {
        return switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }
}
