package io.github.architect.schema;

import java.nio.file.Path;
import java.util.List;

/**
 * A table the code maps, with the columns mapped into it from one class.
 *
 * @param className the entity class that maps it (the owning side for join and collection tables)
 * @param origin    how: "entity", "join table", "collection table", "secondary table"
 */
public record MappedTable(MappedName name, String className, String origin, Path file, int line, int column,
                          List<MappedColumn> columns) {

    public MappedTable {
        columns = List.copyOf(columns);
    }

    public String simpleClassName() {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? className : className.substring(dot + 1);
    }
}
