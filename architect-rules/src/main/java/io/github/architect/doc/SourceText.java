package io.github.architect.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * The document's raw lines, 1-based, with which of them are inside code blocks. Several readers
 * scan lines directly because a reader of the document sees "GET /orders" the same way whether it
 * sits in a heading, a list item or a code block.
 */
final class SourceText {

    private final List<String> lines;
    private final boolean[] code;

    SourceText(String markdown) {
        this.lines = split(markdown);
        this.code = new boolean[lines.size() + 2];
    }

    private static List<String> split(String text) {
        List<String> result = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                result.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        result.add(text.substring(start));
        return result;
    }

    int lineCount() {
        return lines.size();
    }

    /** The line's text, or "" outside the document. */
    String line(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= lines.size() ? lines.get(lineNumber - 1) : "";
    }

    void markCode(int fromLine, int toLine) {
        for (int line = Math.max(1, fromLine); line <= Math.min(toLine, lines.size()); line++) {
            code[line] = true;
        }
    }

    boolean isCode(int lineNumber) {
        return lineNumber >= 1 && lineNumber <= lines.size() && code[lineNumber];
    }
}
