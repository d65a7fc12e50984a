package io.github.architect.model;

import java.util.List;
import java.util.Optional;

/**
 * A table declared in section 5.
 *
 * @param schema the schema as written, or null
 * @param name   the table name, unquoted
 * @param owner  the owning service's name, or null when the document does not say
 */
public record Table(String schema, String name, List<Column> columns, List<String> primaryKey,
                    List<ForeignKey> foreignKeys, List<Index> indexes, String owner, Position position) {

    public Table {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        foreignKeys = List.copyOf(foreignKeys);
        indexes = List.copyOf(indexes);
    }

    /** {@code schema.name}, or just the name. */
    public String qualifiedName() {
        return schema == null ? name : schema + "." + name;
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }
}
