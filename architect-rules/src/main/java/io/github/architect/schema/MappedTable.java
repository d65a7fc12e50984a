package io.github.architect.schema;

import io.github.architect.sql.Identifier;
import java.nio.file.Path;
import java.util.List;

/**
 * A table the code maps, with the columns mapped into it from one class.
 *
 * @param className the entity class that maps it (the owning side for join and collection tables)
 * @param origin    how: "entity", "join table", "collection table", "secondary table"
 * @param schema    the schema the mapping names ({@code @Table(schema = ...)}), or null for the default one
 */
public record MappedTable(MappedName name, String className, String origin, Path file, int line, int column,
                          List<MappedColumn> columns, Identifier schema) {

    public MappedTable {
        columns = List.copyOf(columns);
    }

    /** A table in the default schema. */
    public MappedTable(MappedName name, String className, String origin, Path file, int line, int column,
                       List<MappedColumn> columns) {
        this(name, className, origin, file, line, column, columns, null);
    }

    /** {@code schema.name} as messages show it, or just the name. */
    public String qualifiedName() {
        return schema == null ? name.toString() : schema.text() + "." + name;
    }

    public String simpleClassName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
