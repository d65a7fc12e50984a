package io.github.architect.schema.migration;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * What one migration statement does to the schema, read from that statement alone; replaying the
 * operations of all migrations in order gives the {@link MigratedSchema}. Names are as written
 * (possibly quoted or schema-qualified) and lines are those of the migration file.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "op")
@JsonSubTypes({
        @JsonSubTypes.Type(value = SchemaOperation.CreateTable.class, name = "create-table"),
        @JsonSubTypes.Type(value = SchemaOperation.AlterTable.class, name = "alter-table"),
        @JsonSubTypes.Type(value = SchemaOperation.DropTable.class, name = "drop-table"),
        @JsonSubTypes.Type(value = SchemaOperation.RenameTables.class, name = "rename-tables"),
        @JsonSubTypes.Type(value = SchemaOperation.Touch.class, name = "touch"),
        @JsonSubTypes.Type(value = SchemaOperation.Unparseable.class, name = "unparseable")
})
sealed interface SchemaOperation {

    /** The line the statement starts on. */
    int line();

    /** A column as a statement defines it. */
    record ColumnDefinition(String name, String type, int line) {
    }

    /** {@code CREATE TABLE}. */
    record CreateTable(String table, boolean ifNotExists, List<ColumnDefinition> columns, int line)
            implements SchemaOperation {
        public CreateTable {
            columns = List.copyOf(columns);
        }
    }

    /** {@code ALTER TABLE} with its clauses in order. */
    record AlterTable(String table, List<AlterStep> steps, int line) implements SchemaOperation {
        public AlterTable {
            steps = List.copyOf(steps);
        }
    }

    /**
     * One clause of an {@code ALTER TABLE}.
     *
     * @param newTable  the new name, for {@link Kind#RENAME_TABLE}
     * @param column    the dropped column, or the new name of a renamed one
     * @param oldColumn the old name of a renamed or changed ({@code CHANGE old new type}) column
     * @param columns   added or changed columns; a changed column's type is null when the clause keeps it
     */
    record AlterStep(Kind kind, String newTable, String column, String oldColumn, List<ColumnDefinition> columns,
                     int line) {

        public AlterStep {
            columns = List.copyOf(columns);
        }

        enum Kind {
            RENAME_TABLE, ADD_COLUMNS, DROP_COLUMN, RENAME_COLUMN, CHANGE_COLUMNS,
            /** Constraints, defaults and the like: only says that the table exists. */
            OTHER
        }
    }

    /** {@code DROP TABLE}. */
    record DropTable(String table, int line) implements SchemaOperation {
    }

    /** {@code RENAME TABLE a TO b, c TO d}. */
    record RenameTables(List<Rename> renames, int line) implements SchemaOperation {
        public RenameTables {
            renames = List.copyOf(renames);
        }
    }

    record Rename(String from, String to) {
    }

    /** A statement that uses tables without changing their shape: an index, DML. */
    record Touch(List<String> tables, String action, int line) implements SchemaOperation {
        public Touch {
            tables = List.copyOf(tables);
        }
    }

    /**
     * A statement JSqlParser could not read.
     *
     * @param changesTables whether it looked like table DDL
     * @param statement     its first line, for messages
     */
    record Unparseable(String message, boolean changesTables, String statement, int line) implements SchemaOperation {
    }
}
