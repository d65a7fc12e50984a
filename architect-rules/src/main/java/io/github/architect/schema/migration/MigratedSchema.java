package io.github.architect.schema.migration;

import io.github.architect.sql.Identifier;
import java.nio.file.Path;
import java.util.List;

/**
 * The schema a module's migrations leave behind, and what they touched on the way.
 *
 * @param tables   tables existing after replaying every migration, each with its columns
 * @param touches  every table a statement creates, alters, drops or reads or writes
 * @param problems statements that could not be parsed
 */
public record MigratedSchema(List<Table> tables, List<Touch> touches, List<Problem> problems, List<MigrationScript> scripts) {

    public MigratedSchema {
        tables = List.copyOf(tables);
        touches = List.copyOf(touches);
        problems = List.copyOf(problems);
        scripts = List.copyOf(scripts);
    }

    /**
     * A table as migrations created it; file and line are those of the statement creating (or renaming) it.
     *
     * @param schema the schema the statement names ({@code CREATE TABLE sales.orders}), or null
     */
    public record Table(Identifier name, Path file, int line, List<Column> columns, Identifier schema) {
        public Table {
            columns = List.copyOf(columns);
        }

        public Table(Identifier name, Path file, int line, List<Column> columns) {
            this(name, file, line, columns, null);
        }

        /** {@code schema.name} as messages show it, or just the name. */
        public String qualifiedName() {
            return schema == null ? name.text() : schema.text() + "." + name.text();
        }
    }

    /** A column; file and line are those of the statement adding it. */
    public record Column(Identifier name, String type, Path file, int line) {
    }

    /** A statement's use of a table; {@code schema} as the statement names it, or null. */
    public record Touch(Identifier table, String action, Path file, int line, Identifier schema) {

        public Touch(Identifier table, String action, Path file, int line) {
            this(table, action, file, line, null);
        }
    }

    /**
     * A statement JSqlParser could not read.
     *
     * @param changesTables whether it looked like table DDL (CREATE/ALTER/DROP TABLE), which the replay then misses
     */
    public record Problem(Path file, int line, String message, boolean changesTables, String statement) {
    }
}
