package io.github.architect.engine;

import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The caches' records as tab-separated lines of escaped fields: read back by a JVM that has just
 * started without loading a JSON library, which costs more than an unchanged re-run's whole work.
 * Every string survives the round trip, null included.
 */
final class TextRecords {

    private static final String NULL = "\\0";

    private TextRecords() {
    }

    /** One line of fields: tabs, newlines and backslashes inside a field are escaped. */
    static String line(List<String> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            appendEscaped(line, fields.get(i));
        }
        return line.toString();
    }

    /** The fields of a line made by {@link #line}. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        int start = 0;
        while (true) {
            int tab = line.indexOf('\t', start);
            fields.add(unescape(tab < 0 ? line.substring(start) : line.substring(start, tab)));
            if (tab < 0) {
                return fields;
            }
            start = tab + 1;
        }
    }

    private static void appendEscaped(StringBuilder out, String value) {
        if (value == null) {
            out.append(NULL);
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static String unescape(String field) {
        if (field.equals(NULL)) {
            return null;
        }
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder out = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c != '\\' || i + 1 == field.length()) {
                out.append(c);
                continue;
            }
            char next = field.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    /** A finding as fields, every part of it kept. */
    static List<String> violation(Violation v) {
        List<String> fields = new ArrayList<>(List.of(v.ruleId(), v.severity().name(), v.location().file().toString(),
                String.valueOf(v.location().line()), String.valueOf(v.location().column())));
        fields.add(v.message());
        fields.add(v.hint());
        Location doc = v.documentLocation();
        fields.add(doc == null ? null : doc.file().toString());
        fields.add(doc == null ? "0" : String.valueOf(doc.line()));
        fields.add(doc == null ? "0" : String.valueOf(doc.column()));
        fields.add(v.service());
        fields.add(String.valueOf(v.subjects().size()));
        fields.addAll(v.subjects());
        return fields;
    }

    /** The finding of {@link #violation}'s fields starting at {@code from}; throws on a damaged line. */
    static Violation violation(List<String> fields, int from) {
        Location doc = fields.get(from + 7) == null ? null : Location.of(Path.of(fields.get(from + 7)),
                Integer.parseInt(fields.get(from + 8)), Integer.parseInt(fields.get(from + 9)));
        int subjects = Integer.parseInt(fields.get(from + 11));
        if (fields.size() != from + 12 + subjects) {
            throw new IllegalArgumentException("a finding of " + fields.size() + " fields");
        }
        return new Violation(fields.get(from), Severity.valueOf(fields.get(from + 1)),
                Location.of(Path.of(fields.get(from + 2)), Integer.parseInt(fields.get(from + 3)),
                        Integer.parseInt(fields.get(from + 4))),
                fields.get(from + 5), fields.get(from + 6), doc, fields.get(from + 10),
                List.copyOf(fields.subList(from + 12, from + 12 + subjects)));
    }
}
