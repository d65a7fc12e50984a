package io.github.architect.schema.migration;

import io.github.architect.sql.Identifier;
import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.ScanCache;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays migrations to learn which tables and columns they leave behind: CREATE TABLE, ALTER TABLE
 * (ADD, DROP, RENAME, MODIFY/CHANGE COLUMN, RENAME TO), RENAME TABLE and DROP TABLE. Other statements
 * only count as touches of the tables they name. Undo scripts are read (for problems and touches) but
 * not applied, since the application never runs on an undone schema. Each file is read on its own by its
 * {@link MigrationFormat} (and cached per file); only the replay follows the version order.
 */
public final class MigrationReplayer {

    /** Name of the per-file operations in the {@link ScanCache}. */
    public static final String CACHE_NAME = "schema-migrations";

    private final Map<String, MutableTable> tables = new LinkedHashMap<>();
    private final List<MigratedSchema.Touch> touches = new ArrayList<>();
    private final List<MigratedSchema.Problem> problems = new ArrayList<>();

    private MigrationReplayer() {
    }

    private static final class MutableTable {
        Identifier name;
        Identifier schema;
        Path file;
        int line;
        final Map<String, MigratedSchema.Column> columns = new LinkedHashMap<>();

        MutableTable(Identifier name, Identifier schema, Path file, int line) {
            this.name = name;
            this.schema = schema;
            this.file = file;
            this.line = line;
        }
    }

    /** Replays the scripts in the order given, reading every file. */
    public static MigratedSchema replay(List<MigrationScript> scripts) {
        return replay(scripts, ScanCache.disabled());
    }

    /**
     * Replays the scripts in the order given; files whose content {@code cache} already read are not
     * parsed again. Files are read in parallel, then applied in order.
     */
    public static MigratedSchema replay(List<MigrationScript> scripts, ScanCache cache) {
        FileResultCache<MigrationOperations> results = cache.results(CACHE_NAME, MigrationOperations.class);
        List<MigrationOperations> read = scripts.parallelStream()
                .map(script -> {
                    MigrationFormat format = script.kind().format();
                    return results.get(cache.sha256(script.file()), format.cacheKey(), () -> format.read(script));
                })
                .toList();
        MigrationReplayer replayer = new MigrationReplayer();
        for (int i = 0; i < scripts.size(); i++) {
            MigrationScript script = scripts.get(i);
            boolean apply = script.kind() != MigrationScript.Kind.UNDO;
            for (SchemaOperation operation : read.get(i).operations()) {
                replayer.execute(operation, script.file(), apply);
            }
        }
        List<MigratedSchema.Table> result = replayer.tables.values().stream()
                .map(t -> new MigratedSchema.Table(t.name, t.file, t.line, List.copyOf(t.columns.values()), t.schema))
                .toList();
        return new MigratedSchema(result, replayer.touches, replayer.problems, scripts);
    }

    private void execute(SchemaOperation operation, Path file, boolean apply) {
        int line = operation.line();
        if (operation instanceof SchemaOperation.Unparseable problem) {
            problems.add(new MigratedSchema.Problem(file, line, problem.message(), problem.changesTables(),
                    problem.statement()));
        } else if (operation instanceof SchemaOperation.Touch touch) {
            touch.tables().forEach(table -> touches.add(
                    new MigratedSchema.Touch(Identifier.lastPartOf(table), touch.action(), file, line,
                            Identifier.schemaOf(table))));
        } else if (operation instanceof SchemaOperation.CreateTable create) {
            Identifier name = Identifier.lastPartOf(create.table());
            Identifier schema = Identifier.schemaOf(create.table());
            touches.add(new MigratedSchema.Touch(name, "creates", file, line, schema));
            if (apply && !(create.ifNotExists() && tables.containsKey(name.key()))) {
                MutableTable table = new MutableTable(name, schema, file, line);
                for (SchemaOperation.ColumnDefinition column : create.columns()) {
                    addColumn(table, column, file);
                }
                tables.put(name.key(), table);
            }
        } else if (operation instanceof SchemaOperation.AlterTable alter) {
            Identifier name = Identifier.lastPartOf(alter.table());
            touches.add(new MigratedSchema.Touch(name, "alters", file, line, Identifier.schemaOf(alter.table())));
            if (apply) {
                for (SchemaOperation.AlterStep step : alter.steps()) {
                    alter(name, step, file, line);
                    MutableTable renamed = step.kind() == SchemaOperation.AlterStep.Kind.RENAME_TABLE
                            ? tables.get(Identifier.lastPartOf(step.newTable()).key()) : null;
                    if (renamed != null) {
                        name = renamed.name;
                    }
                }
            }
        } else if (operation instanceof SchemaOperation.DropTable drop) {
            Identifier name = Identifier.lastPartOf(drop.table());
            touches.add(new MigratedSchema.Touch(name, "drops", file, line, Identifier.schemaOf(drop.table())));
            if (apply) {
                tables.remove(name.key());
            }
        } else if (operation instanceof SchemaOperation.RenameTables rename) {
            for (SchemaOperation.Rename entry : rename.renames()) {
                Identifier from = Identifier.lastPartOf(entry.from());
                touches.add(new MigratedSchema.Touch(from, "renames", file, line, Identifier.schemaOf(entry.from())));
                if (apply) {
                    renameTable(from, Identifier.lastPartOf(entry.to()), file, line);
                }
            }
        }
    }

    private void alter(Identifier tableName, SchemaOperation.AlterStep step, Path file, int line) {
        if (step.kind() == SchemaOperation.AlterStep.Kind.RENAME_TABLE) {
            renameTable(tableName, Identifier.lastPartOf(step.newTable()), file, line);
            return;
        }
        // altering a table the migrations never created (created elsewhere, or by an unparseable statement)
        MutableTable table = tables.computeIfAbsent(tableName.key(), key -> new MutableTable(tableName, null, file, line));
        switch (step.kind()) {
            case ADD_COLUMNS -> step.columns().forEach(column -> addColumn(table, column, file));
            case DROP_COLUMN -> table.columns.remove(Identifier.parse(step.column()).key());
            case RENAME_COLUMN -> {
                MigratedSchema.Column old = table.columns.remove(Identifier.parse(step.oldColumn()).key());
                Identifier renamed = Identifier.parse(step.column());
                table.columns.put(renamed.key(), new MigratedSchema.Column(renamed, old == null ? "" : old.type(), file,
                        step.line()));
            }
            case CHANGE_COLUMNS -> {
                if (step.oldColumn() != null) {
                    table.columns.remove(Identifier.parse(step.oldColumn()).key());
                }
                for (SchemaOperation.ColumnDefinition column : step.columns()) {
                    Identifier name = Identifier.parse(column.name());
                    MigratedSchema.Column existing = table.columns.get(name.key());
                    String type = column.type() == null ? (existing == null ? "" : existing.type()) : column.type();
                    if (existing == null || column.type() != null) {
                        table.columns.put(name.key(), new MigratedSchema.Column(name, type,
                                existing == null ? file : existing.file(), existing == null ? column.line() : existing.line()));
                    }
                }
            }
            default -> {
                // the clause does not change the columns
            }
        }
    }

    private void renameTable(Identifier from, Identifier to, Path file, int line) {
        MutableTable table = tables.remove(from.key());
        if (table == null) {
            table = new MutableTable(to, null, file, line);
        }
        table.name = to;
        table.file = file;
        table.line = line;
        tables.put(to.key(), table);
    }

    private static void addColumn(MutableTable table, SchemaOperation.ColumnDefinition column, Path file) {
        Identifier name = Identifier.parse(column.name());
        table.columns.put(name.key(), new MigratedSchema.Column(name, column.type() == null ? "" : column.type(), file,
                column.line()));
    }
}
