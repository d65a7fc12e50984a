package io.github.architect.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a YAML parser's message says, on one line: SnakeYAML writes the context ("while parsing a
 * block mapping"), its place, a snippet and a caret, then the problem ("expected &lt;block end&gt;,
 * but found ...") and its place. The problem and its place are what a user needs.
 *
 * @param message     "expected ..., but found ... (in the block mapping that starts at line 12)"
 * @param line        the problem's 1-based line inside the parsed text, or 0 when the message gives none
 * @param column      the problem's 1-based column, or 0
 */
record YamlError(String message, int line, int column) {

    private static final Pattern MARK = Pattern.compile("^\\s*in '[^']*', line (\\d+), column (\\d+):?\\s*$");
    private static final Pattern CONTEXT = Pattern.compile("while (?:parsing|scanning) (?:an? )?(.+)");

    /** One piece of the message: its text lines and the place after them, if any. */
    private record Part(List<String> text, int line, int column) {
    }

    /**
     * @param original  the parser's message, several lines
     * @param lineShift added to every line number of the message (the text's first line in the document, minus one)
     */
    static YamlError of(String original, int lineShift) {
        if (original == null || original.isBlank()) {
            return new YamlError("invalid YAML", 0, 0);
        }
        List<Part> parts = parts(original.replace("\\t(TAB)", "TAB"));
        Part problem = parts.get(parts.size() - 1);
        List<String> problemText = new ArrayList<>(problem.text());
        String context = null;
        int contextLine = 0;
        if (parts.size() > 1) {
            Part first = parts.get(0);
            context = String.join(" ", first.text());
            contextLine = first.line();
        } else if (problemText.size() > 1 && problemText.get(0).startsWith("while ")) {
            context = problemText.remove(0);
        }
        String message = String.join(" ", problemText).trim();
        if (context != null) {
            Matcher what = CONTEXT.matcher(context.trim());
            if (what.matches() && !what.group(1).startsWith("for ")) {
                message += " (in the " + what.group(1)
                        + (contextLine > 0 && contextLine != problem.line() ? " that starts at line " + (contextLine + lineShift) : "")
                        + ")";
            }
        }
        if (message.isEmpty()) {
            message = "invalid YAML";
        }
        return new YamlError(message, problem.line() > 0 ? problem.line() + lineShift : 0, problem.column());
    }

    private static List<Part> parts(String original) {
        List<Part> parts = new ArrayList<>();
        List<String> text = new ArrayList<>();
        boolean afterMark = false;
        for (String line : original.split("\\R")) {
            Matcher mark = MARK.matcher(line);
            if (mark.matches()) {
                parts.add(new Part(List.copyOf(text), Integer.parseInt(mark.group(1)), Integer.parseInt(mark.group(2))));
                text.clear();
                afterMark = true;
            } else if (afterMark && (line.isBlank() || Character.isWhitespace(line.charAt(0)))) {
                // the snippet and the caret under it
                continue;
            } else if (!line.isBlank()) {
                afterMark = false;
                text.add(line.trim());
            }
        }
        if (!text.isEmpty() || parts.isEmpty()) {
            parts.add(new Part(List.copyOf(text), 0, 0));
        }
        if (parts.size() > 1 && parts.get(parts.size() - 1).line() == 0) {
            // a note after the problem's place belongs to the problem
            Part note = parts.remove(parts.size() - 1);
            Part problem = parts.remove(parts.size() - 1);
            List<String> joined = new ArrayList<>(problem.text());
            joined.addAll(note.text());
            parts.add(new Part(joined, problem.line(), problem.column()));
        }
        return parts;
    }
}
