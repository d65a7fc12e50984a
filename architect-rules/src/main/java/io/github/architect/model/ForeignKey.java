package io.github.architect.model;

import java.util.List;

/** A foreign key from columns of one table to columns of another. */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns, Position position) {

    public ForeignKey {
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
    }
}
