package io.github.architect.sql;

/**
 * One SQL statement cut from a script, without its terminating delimiter.
 *
 * @param text     the statement, starting at its first significant character
 * @param line     the 1-based line of the script where the statement starts
 * @param offset   the character offset in the script where {@code text} starts, or -1 when unknown
 * @param comments the comments (and blank space) written between the previous statement and this one
 */
public record SqlStatement(String text, int line, int offset, String comments) {

    /** A statement whose offset and leading comments are not known. */
    public SqlStatement(String text, int line) {
        this(text, line, -1, "");
    }

    /** The 1-based script line of a character offset inside {@link #text()}. */
    public int lineOf(int offset) {
        int lines = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return line + lines;
    }
}
