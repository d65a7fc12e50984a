package io.github.architect.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an SQL script into statements at {@code ;}, keeping line numbers. Semicolons inside
 * quoted strings and identifiers, {@code --} and {@code /* *}{@code /} comments and PostgreSQL
 * dollar-quoted bodies ({@code $$ ... $$}, {@code $fn$ ... $fn$}) do not end a statement. A line
 * holding only {@code GO} (SQL Server) or {@code /} (Oracle) also ends one. A {@code #} (MySQL) comment is
 * recognised only before a statement's first significant character, where it cannot be an operator.
 * Comments inside a statement stay in its text so that offsets still map to lines; comments before it
 * are reported apart ({@link SqlStatement#comments()}), and a chunk holding only comments is dropped.
 * A dollar quote that is never closed is read as plain text and reported ({@link Script#unterminated()}).
 */
public final class SqlStatementSplitter {

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");
    private static final Pattern SEPARATOR_LINE = Pattern.compile("(?i)[ \\t]*(GO|/)[ \\t]*(\\r?\\n|$)");

    private SqlStatementSplitter() {
    }

    /**
     * A script cut into statements.
     *
     * @param text         the script
     * @param statements   its statements
     * @param unterminated dollar quotes never closed; each was read as plain text so that it does not
     *                     swallow the rest of the script
     */
    public record Script(String text, List<SqlStatement> statements, List<DollarQuote> unterminated) {

        public Script {
            statements = List.copyOf(statements);
            unterminated = List.copyOf(unterminated);
        }
    }

    /** A dollar quote ({@code $$} or {@code $tag$}) at a 1-based line and a character offset of the script. */
    public record DollarQuote(String tag, int line, int offset) {
    }

    public static List<SqlStatement> split(String script) {
        return read(script).statements();
    }

    public static Script read(String script) {
        List<SqlStatement> statements = new ArrayList<>();
        List<DollarQuote> unterminated = new ArrayList<>();
        int length = script.length();
        int start = 0;
        int startLine = 1;
        int line = 1;
        int i = 0;
        boolean significant = false;
        while (i < length) {
            char c = script.charAt(i);
            char next = i + 1 < length ? script.charAt(i + 1) : '\0';
            if (c == '\n') {
                line++;
                i++;
                if (atSeparatorLine(script, i)) {
                    add(statements, script, start, i, startLine);
                    Matcher m = SEPARATOR_LINE.matcher(script).region(i, length);
                    m.lookingAt();
                    i = m.end();
                    if (script.charAt(i - 1) == '\n') {
                        line++;
                    }
                    start = i;
                    startLine = line;
                    significant = false;
                }
            } else if (c == '-' && next == '-' || c == '#' && !significant) {
                int end = script.indexOf('\n', i);
                i = end < 0 ? length : end;
            } else if (c == '/' && next == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? length : end + 2;
                line += count(script, i, stop);
                i = stop;
            } else if (c == '\'' || c == '"' || c == '`') {
                significant = true;
                int stop = closingQuote(script, i, c);
                line += count(script, i, stop);
                i = stop;
            } else if (c == '[' && isIdentifierStart(next)) {
                significant = true;
                int end = script.indexOf(']', i);
                int stop = end < 0 ? length : end + 1;
                line += count(script, i, stop);
                i = stop;
            } else if (c == '$' && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1)))) {
                Matcher tag = DOLLAR_TAG.matcher(script).region(i, length);
                significant = true;
                if (tag.lookingAt()) {
                    int end = script.indexOf(tag.group(), tag.end());
                    if (end < 0) {
                        unterminated.add(new DollarQuote(tag.group(), line, i));
                        i = tag.end();
                        continue;
                    }
                    int stop = end + tag.group().length();
                    line += count(script, i, stop);
                    i = stop;
                } else {
                    i++;
                }
            } else if (c == ';') {
                add(statements, script, start, i, startLine);
                i++;
                start = i;
                startLine = line;
                significant = false;
            } else {
                significant |= !Character.isWhitespace(c);
                i++;
            }
        }
        add(statements, script, start, length, startLine);
        return new Script(script, statements, unterminated);
    }

    private static boolean atSeparatorLine(String script, int i) {
        if (i >= script.length()) {
            return false;
        }
        Matcher m = SEPARATOR_LINE.matcher(script).region(i, script.length());
        return m.lookingAt();
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** The offset just after the quote closing the one at {@code open}; doubled quotes escape. */
    private static int closingQuote(String script, int open, char quote) {
        int i = open + 1;
        while (i < script.length()) {
            char c = script.charAt(i);
            if (c == '\\' && quote == '\'' && i + 1 < script.length()) {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return script.length();
    }

    private static int count(String script, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            if (script.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    /** Adds the chunk trimmed to its first significant character, skipping chunks of only comments. */
    private static void add(List<SqlStatement> statements, String script, int from, int to, int fromLine) {
        int i = from;
        int line = fromLine;
        while (i < to) {
            char c = script.charAt(i);
            if (c == '\n') {
                line++;
                i++;
            } else if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < to && script.charAt(i + 1) == '-' || c == '#') {
                int end = script.indexOf('\n', i);
                i = end < 0 || end > to ? to : end;
            } else if (c == '/' && i + 1 < to && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 || end + 2 > to ? to : end + 2;
                line += count(script, i, stop);
                i = stop;
            } else {
                break;
            }
        }
        if (i < to) {
            String text = script.substring(i, to).strip();
            if (!text.isEmpty()) {
                statements.add(new SqlStatement(text, line, i, script.substring(from, i)));
            }
        }
    }
}
