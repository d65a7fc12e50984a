package io.github.architect.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads "Label: a, b" lines and bullets, bold or plain, and labels followed by a bullet list
 * (also a sub-heading named like the label), e.g. {@code **Depends on:** Inventory, Payment}.
 */
final class LabelledValues {

    static final String DEPENDENCIES = "dependencies|dependency|depends on|depends-on|calls|upstream|upstream services"
            + "|uses services|dependências|dependencias";
    static final String OWNED_DATA = "owns data|data owned|owned data|owns tables|owned tables|owns";

    private static final Pattern VALUE_LIST = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\+)\\s*");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s.:]+|[\\s.:!]+$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:>\\s*)?(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Set<String> NONE = Set.of("none", "-", "—", "–", "n/a", "na", "nothing", "no dependencies",
            "no", "nenhuma", "nenhum", "(none)", "none.", "not applicable");

    /** One named thing, with where it is written. */
    record Item(String text, int line, int column) {
    }

    private LabelledValues() {
    }

    /** The items listed under any of the labels (a regex alternation) between two lines, code excluded. */
    /** The patterns of one set of labels, compiled once: they are matched against every line of every service. */
    private record Labels(Pattern line, Pattern heading) {
        static Labels of(String labels) {
            return new Labels(Pattern.compile("^\\s*(?:>\\s*)?(?:(?:[-*+]|\\d+[.)])\\s+)?(?:\\*\\*|__|\\*|_)?\\s*(?:" + labels
                    + ")\\s*(?:(?:\\*\\*|__|\\*|_)\\s*:|:\\s*(?:\\*\\*|__|\\*|_)?)\\s*(.*)$", Pattern.CASE_INSENSITIVE),
                    Pattern.compile("(?:" + labels + ")", Pattern.CASE_INSENSITIVE));
        }
    }

    private static final Labels DEPENDENCY_LABELS = Labels.of(DEPENDENCIES);
    private static final Labels OWNED_DATA_LABELS = Labels.of(OWNED_DATA);

    static List<Item> read(MarkdownOutline outline, String labels, int fromLine, int toLine) {
        SourceText source = outline.source();
        Labels patterns = labels.equals(DEPENDENCIES) ? DEPENDENCY_LABELS
                : labels.equals(OWNED_DATA) ? OWNED_DATA_LABELS : Labels.of(labels);
        Pattern label = patterns.line();
        Pattern headingLabel = patterns.heading();
        List<Item> items = new ArrayList<>();
        for (int line = fromLine; line <= toLine; line++) {
            if (source.isCode(line)) {
                continue;
            }
            String text = source.line(line);
            // the indentation is skipped before matching: two runs of \s* around it cost its length squared
            int indent = 0;
            while (indent < text.length() && Character.isWhitespace(text.charAt(indent)) && text.charAt(indent) <= ' ') {
                indent++;
            }
            Matcher matcher = label.matcher(text).region(indent, text.length());
            if (matcher.matches()) {
                String value = matcher.group(1);
                if (value.isBlank()) {
                    line = readList(source, line + 1, toLine, items);
                } else {
                    split(value, line, matcher.start(1) + 1, items);
                }
                continue;
            }
            if (text.startsWith("#")) {
                String title = ServiceNames.clean(text.replaceFirst("^#+", "")).replaceAll("[:.]$", "").trim();
                if (headingLabel.matcher(title).matches()) {
                    line = readList(source, line + 1, toLine, items);
                }
            }
        }
        return items;
    }

    /** Reads the bullet list starting at or just after {@code line}; returns the last line read. */
    private static int readList(SourceText source, int line, int toLine, List<Item> items) {
        int current = line;
        boolean started = false;
        int blanks = 0;
        while (current <= toLine) {
            String text = source.line(current);
            if (text.isBlank()) {
                if (++blanks > 1 || started && !nextIsItem(source, current + 1, toLine)) {
                    break;
                }
                current++;
                continue;
            }
            blanks = 0;
            Matcher item = LIST_ITEM.matcher(text);
            if (item.matches() && !source.isCode(current)) {
                started = true;
                split(item.group(2), current, item.start(2) + 1, items);
            } else if (!started || !Character.isWhitespace(text.charAt(0))) {
                break;
            }
            current++;
        }
        return current - 1;
    }

    private static boolean nextIsItem(SourceText source, int line, int toLine) {
        return line <= toLine && LIST_ITEM.matcher(source.line(line)).matches();
    }

    private static void split(String value, int line, int column, List<Item> items) {
        String cleaned = describeless(value);
        if (isNone(cleaned)) {
            return;
        }
        int offset = 0;
        for (String part : VALUE_LIST.split(cleaned)) {
            String name = EDGE_PUNCTUATION.matcher(part).replaceAll("");
            if (name.isEmpty() || isNone(name)) {
                continue;
            }
            int at = value.indexOf(name, offset);
            if (at >= 0) {
                offset = at + name.length();
            }
            items.add(new Item(name, line, column + Math.max(at, 0)));
        }
    }

    // compiled once: every service, dependency and Mermaid node of a large document goes through describeless
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern DESCRIPTION = Pattern.compile("\\s+[-–—]\\s+|:\\s+|\\s+\\(");

    /** The names without markup, parentheticals and trailing descriptions. */
    static String describeless(String value) {
        String text = PARENTHETICAL.matcher(Markup.strip(value)).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = DESCRIPTION.split(text, 2)[0];
        return text.trim();
    }

    static boolean isNone(String text) {
        return NONE.contains(text.trim().toLowerCase(Locale.ROOT));
    }
}
