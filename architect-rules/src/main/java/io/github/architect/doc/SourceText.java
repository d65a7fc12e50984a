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
        int carriage = text.indexOf('\r');
        while (start <= length) {
            int newline = text.indexOf('\n', start);
            int end = newline < 0 ? length : newline;
            if (carriage >= 0 && carriage < start) {
                carriage = text.indexOf('\r', start);
            }
            if (carriage >= 0 && carriage < end) {
                // old Mac or Windows line ending
                result.add(text.substring(start, carriage));
                start = carriage + 1 < length && text.charAt(carriage + 1) == '\n' ? carriage + 2 : carriage + 1;
                continue;
            }
            result.add(text.substring(start, end));
            if (newline < 0) {
                break;
            }
            start = newline + 1;
        }
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
