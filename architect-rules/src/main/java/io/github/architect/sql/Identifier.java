package io.github.architect.sql;

import java.util.Locale;

/**
 * A table or column name as the code or a migration writes it. Quoted names ({@code "Order"},
 * {@code `Order`}, {@code [Order]}) compare exactly; unquoted ones case-insensitively, as databases do.
 *
 * @param text   the name without quotes
 * @param quoted whether it was quoted
 */
public record Identifier(String text, boolean quoted) {

    /** Reads a possibly quoted name, as in {@code @Table(name = "\"Order\"")} or SQL. */
    public static Identifier parse(String raw) {
        String name = raw.strip();
        if (name.length() >= 2) {
            char first = name.charAt(0);
            char last = name.charAt(name.length() - 1);
            if ((first == '"' && last == '"') || (first == '`' && last == '`') || (first == '[' && last == ']')) {
                return new Identifier(name.substring(1, name.length() - 1), true);
            }
        }
        return new Identifier(name, false);
    }

    /** The last part of a dotted SQL name, {@code sales.orders} giving {@code orders}. */
    public static Identifier lastPartOf(String qualified) {
        String name = qualified.strip();
        int dot = lastDotOutsideQuotes(name);
        return parse(dot < 0 ? name : name.substring(dot + 1));
    }

    /** The schema of a dotted SQL name, {@code sales.orders} giving {@code sales}; null without one. */
    public static Identifier schemaOf(String qualified) {
        String name = qualified.strip();
        int dot = lastDotOutsideQuotes(name);
        return dot < 0 ? null : lastPartOf(name.substring(0, dot));
    }

    /** Whether two schemas (null: the default, unsaid) can name the same table: either is unsaid, or they match. */
    public static boolean sameSchema(Identifier a, Identifier b) {
        return a == null || b == null || a.matches(b);
    }

    private static int lastDotOutsideQuotes(String name) {
        boolean inQuotes = false;
        for (int i = name.length() - 1; i >= 0; i--) {
            char c = name.charAt(i);
            if (c == '"' || c == '`' || c == ']' || c == '[') {
                inQuotes = !inQuotes;
            } else if (c == '.' && !inQuotes) {
                return i;
            }
        }
        return -1;
    }

    /** True when this name refers to the plain (document) name {@code other}. */
    public boolean matches(String other) {
        return quoted ? text.equals(other) : text.equalsIgnoreCase(other);
    }

    public boolean matches(Identifier other) {
        return quoted || other.quoted ? text.equals(other.text) : text.equalsIgnoreCase(other.text);
    }

    /** A key for maps: exact for quoted names, lower case otherwise. */
    public String key() {
        return quoted ? text : text.toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text;
    }
}
