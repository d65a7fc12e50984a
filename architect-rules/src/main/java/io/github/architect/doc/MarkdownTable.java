package io.github.architect.doc;

import java.util.List;
import java.util.Locale;

/**
 * A GFM table: its header cells and body rows as plain text, each row with its line.
 */
record MarkdownTable(List<String> header, List<Row> rows, int line) {

    MarkdownTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** One body row with its line. */
    record Row(List<String> cells, int line) {
        Row {
            cells = List.copyOf(cells);
        }

        String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }
    }

    /** The index of the first header cell whose text matches the regex (lower case), or -1. */
    int column(String regex) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).trim().toLowerCase(Locale.ROOT).matches(regex)) {
                return i;
            }
        }
        return -1;
    }
}
