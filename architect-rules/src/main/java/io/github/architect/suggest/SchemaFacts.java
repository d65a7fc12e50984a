package io.github.architect.suggest;

import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.scaffold.DraftSnippets;
import io.github.architect.schema.DataSchemaCheck;
import io.github.architect.sql.Identifier;
import io.github.architect.schema.MappedColumn;
import io.github.architect.schema.MappedTable;
import io.github.architect.schema.migration.MigratedSchema;
import io.github.architect.schema.ModuleSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The columns and SQL types of the tables the code has, read as the schema check reads them (its
 * migrations replayed, then its entities' mapping; the first source of a column wins): what an
 * added column or table declares.
 */
public final class SchemaFacts {

    /** A column as section 5 declares it. */
    public record FactColumn(String name, String type) {
    }

    /** A table of the code: its name as written and its columns in order. */
    public record FactTable(String name, List<FactColumn> columns) {
        public FactTable {
            columns = List.copyOf(columns);
        }
    }

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, Map<String, FactColumn>> columns = new LinkedHashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();

    private SchemaFacts() {
    }

    /** Facts that know no table: every column and table is left to a person. */
    public static SchemaFacts none() {
        return new SchemaFacts();
    }

    /** The tables of every module of the build, read through the schema check's cached reading. */
    public static SchemaFacts of(CheckContext context) {
        SchemaFacts facts = new SchemaFacts();
        DataSchemaCheck check = new DataSchemaCheck();
        List<ModuleSchema> schemas = new ArrayList<>();
        for (CodeModule module : context.codebase().modules()) {
            if (module.holdsCode()) {
                schemas.add(check.schema(context, module));
            }
        }
        for (ModuleSchema schema : schemas) {
            for (MigratedSchema.Table table : schema.migrations().tables()) {
                String key = facts.table(table.name().text(), List.of(table.name()));
                for (MigratedSchema.Column column : table.columns()) {
                    String type = column.type() == null || column.type().isBlank()
                            ? "VARCHAR(255)" : column.type().replaceAll("\\s+\\(", "(");
                    facts.column(key, column.name().text(), List.of(column.name()), type);
                }
            }
        }
        for (ModuleSchema schema : schemas) {
            for (MappedTable table : schema.tables()) {
                if (table.origin().equals("join column")) {
                    continue;
                }
                String key = facts.table(table.name().preferred().text(), table.name().candidates());
                for (MappedColumn column : table.columns()) {
                    facts.column(key, column.name().preferred().text(), column.name().candidates(),
                            DraftSnippets.sqlType(column.javaType()));
                }
            }
        }
        return facts;
    }

    private String table(String name, List<Identifier> candidates) {
        String key = existing(candidates).orElse(lower(name));
        names.putIfAbsent(key, name);
        columns.computeIfAbsent(key, k -> new LinkedHashMap<>());
        candidates.forEach(c -> aliases.putIfAbsent(lower(c.text()), key));
        aliases.putIfAbsent(lower(name), key);
        return key;
    }

    private Optional<String> existing(List<Identifier> candidates) {
        return candidates.stream().map(c -> aliases.get(lower(c.text()))).filter(java.util.Objects::nonNull).findFirst();
    }

    private void column(String table, String name, List<Identifier> candidates, String type) {
        Map<String, FactColumn> known = columns.get(table);
        boolean seen = candidates.stream().anyMatch(c -> known.containsKey(lower(c.text())));
        if (!seen) {
            FactColumn column = new FactColumn(name, type);
            known.put(lower(name), column);
            candidates.forEach(c -> known.putIfAbsent(lower(c.text()), column));
        }
    }

    /** The table the code has under this name (any spelling the naming strategies give). */
    public Optional<FactTable> table(String name) {
        String key = aliases.get(lower(name));
        if (key == null) {
            return Optional.empty();
        }
        List<FactColumn> distinct = columns.get(key).values().stream().distinct().toList();
        return Optional.of(new FactTable(names.get(key), distinct));
    }

    /** The type of a column the code has; empty when the code does not say. */
    public Optional<String> columnType(String table, String column) {
        String key = aliases.get(lower(table));
        return key == null ? Optional.empty()
                : Optional.ofNullable(columns.get(key).get(lower(column))).map(FactColumn::type);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Facts given directly, for tests and callers that know the tables. */
    public static SchemaFacts of(List<FactTable> tables) {
        SchemaFacts facts = new SchemaFacts();
        for (FactTable table : tables) {
            String key = facts.table(table.name(), List.of());
            table.columns().forEach(c -> facts.column(key, c.name(), List.of(), c.type()));
        }
        return facts;
    }
}
