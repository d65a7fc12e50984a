package io.github.architect.schema.migration;

import io.github.architect.code.TextFiles;
import io.github.architect.schema.migration.SchemaOperation.AlterStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one Liquibase XML, YAML or JSON changelog into the {@link SchemaOperation}s its changeSets
 * perform, the same operations the SQL reader gives, so the replay and every rule treat both alike.
 * Includes and {@code sqlFile} changes are followed by {@link MigrationLocator}, which puts those files
 * in the replay order; rollbacks are never applied.
 */
final class ChangelogReader {

    /** Changes that alter a table without changing its columns: only say that the table exists. */
    private static final Set<String> CONSTRAINTS = Set.of("addPrimaryKey", "dropPrimaryKey", "addNotNullConstraint",
            "dropNotNullConstraint", "addUniqueConstraint", "dropUniqueConstraint", "addDefaultValue",
            "dropDefaultValue", "addAutoIncrement", "setColumnRemarks", "setTableRemarks", "addCheckConstraint",
            "dropCheckConstraint", "enableCheckConstraint", "disableCheckConstraint");
    private static final Set<String> DATA = Set.of("insert", "update", "delete", "loadData", "loadUpdateData");
    /** Elements of a changeSet that are not changes. */
    private static final Set<String> NOT_CHANGES = Set.of("rollback", "comment", "preConditions", "validCheckSum",
            "modifySql", "tagDatabase", "empty", "output", "stop", "sqlFile");

    private ChangelogReader() {
    }

    static MigrationOperations read(MigrationScript script) {
        ChangelogNode root;
        try {
            root = LiquibaseChangelog.parse(script.file());
        } catch (ChangelogSyntaxException e) {
            return new MigrationOperations(List.of(new SchemaOperation.Unparseable(e.getMessage(), true,
                    lineText(script, e.line()), e.line())));
        }
        List<SchemaOperation> operations = new ArrayList<>();
        for (ChangelogNode changeSet : root.children("changeSet")) {
            for (ChangelogNode change : changeSet.children()) {
                if (!NOT_CHANGES.contains(change.name())) {
                    operations.addAll(operations(change));
                }
            }
        }
        return new MigrationOperations(operations);
    }

    private static List<SchemaOperation> operations(ChangelogNode change) {
        int line = change.line();
        Optional<String> table = table(change, "schemaName", "tableName");
        if (change.name().equals("sql")) {
            return change.text() == null ? List.of() : MigrationReader.readEmbedded(change.text(), change.textLine());
        }
        if (change.name().equals("renameTable")) {
            String schema = change.attribute("schemaName").map(s -> s + ".").orElse("");
            Optional<String> from = change.attribute("oldTableName");
            Optional<String> to = change.attribute("newTableName");
            if (from.isEmpty() || to.isEmpty()) {
                return List.of(missing(change, "oldTableName and newTableName"));
            }
            return List.of(new SchemaOperation.RenameTables(List.of(new SchemaOperation.Rename(
                    clean(schema + from.get()), clean(schema + to.get()))), line));
        }
        if (change.name().equals("addLookupTable")) {
            Optional<String> created = table(change, "newTableSchemaName", "newTableName");
            Optional<String> column = change.attribute("newColumnName");
            if (created.isEmpty() || column.isEmpty()) {
                return List.of(missing(change, "newTableName and newColumnName"));
            }
            return List.of(new SchemaOperation.CreateTable(created.get(), false, List.of(new SchemaOperation.ColumnDefinition(
                    clean(column.get()), change.attribute("newColumnDataType").map(ChangelogReader::clean).orElse(null),
                    line)), line));
        }
        if (change.name().equals("addForeignKeyConstraint") || change.name().equals("dropForeignKeyConstraint")
                || change.name().equals("dropAllForeignKeyConstraints")) {
            Optional<String> base = table(change, "baseTableSchemaName", "baseTableName");
            return base.<List<SchemaOperation>>map(name -> List.of(alter(name, other(line), line)))
                    .orElseGet(() -> List.of(missing(change, "baseTableName")));
        }
        if (change.name().equals("customChange")) {
            return List.of(new SchemaOperation.Unparseable("custom change " + change.attribute("class").orElse("")
                    + " is Java code the check does not follow", false, "<customChange>", line));
        }
        if (table.isEmpty()) {
            return switch (change.name()) {
                case "createTable", "addColumn", "dropColumn", "renameColumn", "dropTable", "modifyDataType",
                     "mergeColumns" -> List.of(missing(change, "tableName"));
                default -> List.of(); // sequences, views, procedures: no table
            };
        }
        String name = table.get();
        return switch (change.name()) {
            case "createTable" -> List.of(new SchemaOperation.CreateTable(name, false, columns(change), line));
            case "addColumn" -> List.of(alter(name, new AlterStep(AlterStep.Kind.ADD_COLUMNS, null, null, null,
                    columns(change), line), line));
            case "dropColumn" -> {
                List<AlterStep> steps = new ArrayList<>();
                change.attribute("columnName").ifPresent(column -> steps.add(drop(column, line)));
                change.children("column").forEach(column ->
                        column.attribute("name").ifPresent(c -> steps.add(drop(c, column.line()))));
                yield List.of(new SchemaOperation.AlterTable(name, steps, line));
            }
            case "renameColumn" -> {
                Optional<String> from = change.attribute("oldColumnName");
                Optional<String> to = change.attribute("newColumnName");
                yield from.isEmpty() || to.isEmpty() ? List.of(missing(change, "oldColumnName and newColumnName"))
                        : List.of(alter(name, new AlterStep(AlterStep.Kind.RENAME_COLUMN, null, clean(to.get()),
                        clean(from.get()), List.of(), line), line));
            }
            case "modifyDataType" -> {
                Optional<String> column = change.attribute("columnName");
                yield column.isEmpty() ? List.of(missing(change, "columnName"))
                        : List.of(alter(name, new AlterStep(AlterStep.Kind.CHANGE_COLUMNS, null, null, null,
                        List.of(new SchemaOperation.ColumnDefinition(clean(column.get()),
                                change.attribute("newDataType").map(ChangelogReader::clean).orElse(null), line)),
                        line), line));
            }
            case "mergeColumns" -> {
                List<AlterStep> steps = new ArrayList<>();
                change.attribute("finalColumnName").ifPresent(column -> steps.add(new AlterStep(AlterStep.Kind.ADD_COLUMNS,
                        null, null, null, List.of(new SchemaOperation.ColumnDefinition(clean(column),
                        change.attribute("finalColumnType").map(ChangelogReader::clean).orElse(null), line)), line)));
                change.attribute("column1Name").ifPresent(column -> steps.add(drop(column, line)));
                change.attribute("column2Name").ifPresent(column -> steps.add(drop(column, line)));
                yield List.of(new SchemaOperation.AlterTable(name, steps, line));
            }
            case "dropTable" -> List.of(new SchemaOperation.DropTable(name, line));
            case "createIndex", "dropIndex" -> List.of(new SchemaOperation.Touch(List.of(name), "indexes", line));
            default -> CONSTRAINTS.contains(change.name()) ? List.of(alter(name, other(line), line))
                    : List.of(new SchemaOperation.Touch(List.of(name), "uses", line));
        };
    }

    private static Optional<String> table(ChangelogNode change, String schemaKey, String tableKey) {
        Optional<String> schema = change.attribute(schemaKey);
        return change.attribute(tableKey).map(t -> clean(schema.map(s -> s + ".").orElse("") + t));
    }

    private static List<SchemaOperation.ColumnDefinition> columns(ChangelogNode change) {
        List<SchemaOperation.ColumnDefinition> columns = new ArrayList<>();
        for (ChangelogNode column : change.children("column")) {
            column.attribute("name").ifPresent(name -> columns.add(new SchemaOperation.ColumnDefinition(clean(name),
                    column.attribute("type").map(ChangelogReader::clean).orElse(null), column.line())));
        }
        return columns;
    }

    private static SchemaOperation.AlterTable alter(String table, AlterStep step, int line) {
        return new SchemaOperation.AlterTable(table, List.of(step), line);
    }

    private static AlterStep other(int line) {
        return new AlterStep(AlterStep.Kind.OTHER, null, null, null, List.of(), line);
    }

    private static AlterStep drop(String column, int line) {
        return new AlterStep(AlterStep.Kind.DROP_COLUMN, null, clean(column), null, List.of(), line);
    }

    private static SchemaOperation.Unparseable missing(ChangelogNode change, String what) {
        return new SchemaOperation.Unparseable(change.name() + " without " + what, true, "<" + change.name() + ">",
                change.line());
    }

    private static String clean(String value) {
        return MigrationReader.withoutPlaceholders(value.strip());
    }

    private static String lineText(MigrationScript script, int line) {
        try {
            String text = TextFiles.read(script.file()).lines().skip(Math.max(0, line - 1)).findFirst().orElse("").strip();
            return text.length() > 80 ? text.substring(0, 80) + "..." : text;
        } catch (RuntimeException e) {
            return script.file().getFileName().toString();
        }
    }
}
