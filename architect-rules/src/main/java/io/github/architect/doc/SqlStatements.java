package io.github.architect.doc;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits SQL text into statements at semicolons that are code: not inside quotes, comments or
 * PostgreSQL dollar-quoted bodies ({@code $$ ... $$}, {@code $fn$ ... $fn$}).
 */
final class SqlStatements {

    /**
     * One statement.
     *
     * @param text      the statement without the trailing semicolon, starting at its first keyword
     * @param offset    where {@code text} starts in the input
     * @param comments  the comments written between the previous statement and this one
     */
    record Statement(String text, int offset, String comments) {
    }

    private SqlStatements() {
    }

    static List<Statement> split(String sql) {
        List<Statement> statements = new ArrayList<>();
        StringBuilder comments = new StringBuilder();
        int start = -1;
        int length = sql.length();
        int i = 0;
        while (i < length) {
            char c = sql.charAt(i);
            char next = i + 1 < length ? sql.charAt(i + 1) : '\0';
            if (c == '-' && next == '-' || c == '#' && start < 0) {
                int end = lineEnd(sql, i);
                if (start < 0) {
                    comments.append(sql, i, end).append('\n');
                }
                i = end;
            } else if (c == '/' && next == '*') {
                int end = sql.indexOf("*/", i + 2);
                end = end < 0 ? length : end + 2;
                if (start < 0) {
                    comments.append(sql, i, end).append('\n');
                }
                i = end;
            } else if (c == '\'' || c == '"' || c == '`') {
                start = start < 0 ? i : start;
                i = quoted(sql, i, c);
            } else if (c == '$' && dollarTag(sql, i) != null) {
                start = start < 0 ? i : start;
                String tag = dollarTag(sql, i);
                int end = sql.indexOf(tag, i + tag.length());
                i = end < 0 ? length : end + tag.length();
            } else if (c == ';') {
                if (start >= 0) {
                    statements.add(new Statement(sql.substring(start, i).trim(), start, comments.toString()));
                }
                start = -1;
                comments.setLength(0);
                i++;
            } else {
                if (start < 0 && !Character.isWhitespace(c)) {
                    start = i;
                }
                i++;
            }
        }
        if (start >= 0 && !sql.substring(start).isBlank()) {
            statements.add(new Statement(sql.substring(start).trim(), start, comments.toString()));
        }
        return statements;
    }

    private static int lineEnd(String sql, int from) {
        int end = sql.indexOf('\n', from);
        return end < 0 ? sql.length() : end;
    }

    private static int quoted(String sql, int from, char quote) {
        int i = from + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\\' && quote == '\'') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return sql.length();
    }

    /** "$$" or "$body$" when a dollar quote starts here, else null. */
    private static String dollarTag(String sql, int from) {
        int i = from + 1;
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        if (i < sql.length() && sql.charAt(i) == '$') {
            String tag = sql.substring(from, i + 1);
            // "$1" is a parameter, not a tag
            return tag.length() > 2 && Character.isDigit(tag.charAt(1)) ? null : tag;
        }
        return null;
    }
}
