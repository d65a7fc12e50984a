package io.github.architect.model;

import java.util.List;
import java.util.Locale;

/**
 * A service declared in section 3 (or in the {@code yaml architect} block).
 *
 * @param name      the name as written, e.g. "Order Service"
 * @param id        an explicit backticked id or yaml key, or null
 * @param packages  ArchUnit package identifiers from the yaml block ({@code com.acme.orders..}), empty if none
 * @param modules   Maven artifactIds or directory names from the yaml block, empty if none
 * @param ownedTables table names this service owns, from "Owns data" entries or the yaml block
 */
public record Service(String name, String id, Position position,
                      List<String> packages, List<String> modules, List<String> ownedTables) {

    public Service {
        packages = List.copyOf(packages);
        modules = List.copyOf(modules);
        ownedTables = List.copyOf(ownedTables);
    }

    public Service(String name, Position position) {
        this(name, null, position, List.of(), List.of(), List.of());
    }

    /**
     * The name used to compare services: lower case, single spaces, without a trailing "service".
     * "Order Service", "order service", "OrderService", "order-service" and "Order" all share the key "order".
     */
    public String key() {
        return keyOf(name);
    }

    public static String keyOf(String serviceName) {
        // "OrderService" and "order-service" name what "Order Service" names. Written out rather than
        // as regular expressions because every lookup of a service by name computes a key.
        String spaced = splitAcronymEnds(splitCamelHumps(serviceName.trim()));
        String folded = collapseSeparators(spaced.toLowerCase(Locale.ROOT));
        String withoutSuffix = withoutServiceSuffix(folded).trim();
        return withoutSuffix.isEmpty() ? folded : withoutSuffix;
    }

    /** A space between a lower-case letter or digit and the upper-case letter after it: "orderService". */
    private static String splitCamelHumps(String text) {
        return spaceBefore(text, i -> isAsciiUpper(text.charAt(i))
                && (isAsciiLower(text.charAt(i - 1)) || isAsciiDigit(text.charAt(i - 1))));
    }

    /** A space before the last capital of an acronym followed by a word: "HTTPServer". */
    private static String splitAcronymEnds(String text) {
        return spaceBefore(text, i -> i + 1 < text.length() && isAsciiUpper(text.charAt(i - 1))
                && isAsciiUpper(text.charAt(i)) && isAsciiLower(text.charAt(i + 1)));
    }

    /** The text with a space inserted before each index from 1 on where {@code boundary} holds. */
    private static String spaceBefore(String text, java.util.function.IntPredicate boundary) {
        StringBuilder out = null;
        for (int i = 1; i < text.length(); i++) {
            if (boundary.test(i)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                out.append(' ');
            }
            if (out != null) {
                out.append(text.charAt(i));
            }
        }
        return out == null ? text : out.toString();
    }

    /** Each run of whitespace, '_' and '-' as one space. */
    private static String collapseSeparators(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSeparator(c)) {
                if (!inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                out.append(c);
                inRun = false;
            }
        }
        return out.toString();
    }

    /**
     * Without a trailing word "service" and the whitespace before it, as the pattern
     * {@code \s*\bservice$} removes it ({@code $} also matches before a final line terminator).
     */
    private static String withoutServiceSuffix(String text) {
        int end = text.length();
        if (end >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n') {
            end -= 2;
        } else if (end >= 1 && isLineTerminator(text.charAt(end - 1))) {
            end -= 1;
        }
        String suffix = "service";
        int start = end - suffix.length();
        if (start < 0 || !text.startsWith(suffix, start) || !wordBoundaryBefore(text, start)) {
            return text;
        }
        int from = start;
        while (from > 0 && isRegexSpace(text.charAt(from - 1))) {
            from--;
        }
        return text.substring(0, from) + text.substring(end);
    }

    /** As {@code \b} before a word character decides it: the character before is no word character. */
    private static boolean wordBoundaryBefore(String text, int index) {
        if (index == 0) {
            return true;
        }
        int before = text.codePointBefore(index);
        boolean word = before == '_' || Character.isLetterOrDigit(before)
                || Character.getType(before) == Character.NON_SPACING_MARK && hasBaseCharacter(text, index - 1);
        return !word;
    }

    /** A combining mark belongs to the word of the letter it follows. */
    private static boolean hasBaseCharacter(String text, int from) {
        for (int i = from; i >= 0; i--) {
            int c = text.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@code \s} of a Java pattern: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static boolean isSeparator(char c) {
        return isRegexSpace(c) || c == '_' || c == '-';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** True when {@code otherName} names this service, by name or id. */
    public boolean isNamed(String otherName) {
        return key().equals(keyOf(otherName)) || (id != null && id.equalsIgnoreCase(otherName.trim()));
    }
}
