package io.github.architect.sql;

/**
 * One SQL statement cut from a script, without its terminating delimiter.
 *
 * @param text the statement, starting at its first significant character
 * @param line the 1-based line of the script where the statement starts
 */
public record SqlStatement(String text, int line) {

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
