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
            if (replacement(s.charAt(i)) != null) {
                return i;
            }
        }
        return -1;
    }

    private static void appendFrom(StringBuilder out, String s, int first) {
        out.append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = replacement(c);
            if (r != null) {
                out.append(r);
            } else {
                out.append(c);
            }
        }
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
