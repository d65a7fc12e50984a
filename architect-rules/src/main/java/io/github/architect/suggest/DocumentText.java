package io.github.architect.suggest;

import io.github.architect.model.Position;
import io.github.architect.model.Section;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document as lines (1-based), with its headings and fenced code blocks: what an edit needs to
 * find the end of a subsection, a table or a {@code CREATE TABLE} statement.
 */
final class DocumentText {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:>\\s*)?(?:[-*+]|\\d+[.)])\\s+.*");

    record Heading(int line, int level, String text) {
    }

    record Fence(int open, int close, String info) {
        boolean contains(int line) {
            return line > open && line < close;
        }
    }

    /** Lines {@code from} to {@code to}, both included. */
    record Range(int from, int to) {
        boolean contains(int line) {
            return line >= from && line <= to;
        }
    }

    private final List<String> lines;
    private final List<Heading> headings = new ArrayList<>();
    private final List<Fence> fences = new ArrayList<>();

    private DocumentText(List<String> lines) {
        this.lines = List.copyOf(lines);
        String marker = null;
        int openLine = 0;
        String info = "";
        for (int n = 1; n <= this.lines.size(); n++) {
            String text = line(n);
            Matcher fence = FENCE.matcher(text);
            if (marker == null && fence.matches()) {
                marker = fence.group(1);
                openLine = n;
                info = fence.group(2).trim();
                continue;
            }
            if (marker != null) {
                String stripped = text.strip();
                char fenceChar = marker.charAt(0);
                if (stripped.startsWith(marker) && stripped.chars().allMatch(c -> c == fenceChar)) {
                    fences.add(new Fence(openLine, n, info));
                    marker = null;
                }
                continue;
            }
            Matcher heading = HEADING.matcher(text);
            if (heading.matches()) {
                headings.add(new Heading(n, heading.group(1).length(), heading.group(2).trim()));
            }
        }
        if (marker != null) {
            fences.add(new Fence(openLine, this.lines.size() + 1, info));
        }
    }

    /** The lines of the text, without their terminators. */
    static DocumentText of(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r?\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return new DocumentText(lines);
    }

    int lineCount() {
        return lines.size();
    }

    String line(int n) {
        return n >= 1 && n <= lines.size() ? lines.get(n - 1) : "";
    }

    List<String> lines() {
        return lines;
    }

    boolean isBlank(int n) {
        return line(n).isBlank();
    }

    static boolean isTableRow(String text) {
        return text.stripLeading().startsWith("|");
    }

    static boolean isListItem(String text) {
        return LIST_ITEM.matcher(text).matches();
    }

    Optional<Heading> headingAt(int line) {
        return headings.stream().filter(h -> h.line() == line).findFirst();
    }

    Optional<Fence> fenceAround(int line) {
        return fences.stream().filter(f -> f.contains(line)).findFirst();
    }

    List<Fence> fencesIn(Range range) {
        return fences.stream().filter(f -> range.contains(f.open())).toList();
    }

    /** From a heading to the line before the next heading of the same or a higher level. */
    Range block(int headingLine) {
        int level = headingAt(headingLine).map(Heading::level).orElse(1);
        int end = lines.size();
        for (Heading h : headings) {
            if (h.line() > headingLine && h.level() <= level) {
                end = h.line() - 1;
                break;
            }
        }
        return new Range(headingLine, end);
    }

    /** The section's lines, from its heading. */
    Optional<Range> section(List<Section> sections, SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind && s.position().isKnown()).findFirst()
                .map(s -> block(s.position().line()));
    }

    int headingLevel(int line) {
        return headingAt(line).map(Heading::level).orElse(2);
    }

    /** The first heading inside the range (its own heading excluded) that names the service, and what it encloses. */
    Optional<Range> subsection(Range range, Service service) {
        for (Heading h : headings) {
            if (h.line() > range.from() && h.line() <= range.to() && names(h.text(), service)) {
                Range block = block(h.line());
                return Optional.of(new Range(block.from(), Math.min(block.to(), range.to())));
            }
        }
        return Optional.empty();
    }

    private static boolean names(String heading, Service service) {
        String plain = heading.replaceAll("[`*_]", "").replaceAll("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[A-Za-z][.)])\\s+", "")
                .replaceAll("\\s*\\(.*\\)\\s*$", "").trim();
        return !plain.isEmpty() && (service.isNamed(plain)
                || Service.keyOf(plain).equals(service.key())
                || plain.toLowerCase(Locale.ROOT).equals(service.name().toLowerCase(Locale.ROOT)));
    }

    /** The last line of the range that is not blank, or the range's first line. */
    int lastNonBlank(Range range) {
        for (int n = range.to(); n > range.from(); n--) {
            if (!isBlank(n)) {
                return n;
            }
        }
        return range.from();
    }

    /** The last line of the Markdown table the row belongs to. */
    int tableEnd(int row) {
        int n = row;
        while (n < lines.size() && isTableRow(line(n + 1))) {
            n++;
        }
        return n;
    }

    /** The lines after a list item or paragraph line that continue it (indented, not blank, no new item at its indent). */
    int continuationEnd(int line) {
        int indent = indent(line(line));
        int n = line;
        while (n < lines.size()) {
            String next = line(n + 1);
            if (next.isBlank() || indent(next) <= indent || isTableRow(next)) {
                break;
            }
            n++;
        }
        return n;
    }

    static int indent(String text) {
        int i = 0;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Start and end of each cell's content between the pipes of a table row. */
    static List<int[]> cells(String row) {
        List<int[]> cells = new ArrayList<>();
        int first = row.indexOf('|');
        int start = first + 1;
        for (int i = start; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '|') {
                cells.add(new int[]{start, i});
                start = i + 1;
            }
        }
        if (start < row.length() && !row.substring(start).isBlank()) {
            cells.add(new int[]{start, row.length()});
        }
        return cells;
    }

    static boolean isKnown(Position position) {
        return position != null && position.isKnown();
    }
}
