package io.github.architect.doc;

import java.util.List;

/**
 * A Markdown heading as a reader sees it.
 *
 * @param level      1 to 6
 * @param text       plain text, emphasis removed, code spans kept as their content
 * @param codeSpans  the contents of backticked spans in the heading (candidate ids)
 * @param line       1-based line
 * @param column     1-based column of the first character
 */
record Heading(int level, String text, List<String> codeSpans, int line, int column) {

    Heading {
        codeSpans = List.copyOf(codeSpans);
    }
}
