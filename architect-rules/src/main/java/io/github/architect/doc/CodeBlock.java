package io.github.architect.doc;

import java.util.Locale;

/**
 * A fenced or indented code block.
 *
 * @param info         the info string ("sql", "yaml architect", "" when untagged)
 * @param content      the literal content
 * @param firstLine    the document line of the content's first line
 * @param fenceLine    the line of the opening fence (the content line for indented blocks)
 */
record CodeBlock(String info, String content, int firstLine, int fenceLine) {

    /** The first word of the info string, lower case ("sql" for "sql title=x"). */
    String language() {
        String trimmed = info.trim();
        int space = trimmed.indexOf(' ');
        return (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
    }

    boolean infoHasWord(String word) {
        for (String part : info.trim().toLowerCase(Locale.ROOT).split("[\\s,{}]+")) {
            if (part.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
