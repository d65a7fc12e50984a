package io.github.architect.scaffold;

import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import io.github.architect.scaffold.DraftFacts.DraftColumn;
import io.github.architect.scaffold.DraftFacts.DraftForeignKey;
import io.github.architect.scaffold.DraftFacts.DraftIndex;
import io.github.architect.scaffold.DraftFacts.DraftTable;
import io.github.architect.schema.DataSchemaCheck;
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
 * The tables of each service's final schema, read the way the schema check reads them: its
 * migrations replayed (Flyway, Liquibase), else its entities' mapping. Where both exist the
 * migrations win, and what only an entity maps is added with a comment saying so, so that the
 * draft declares everything the check compares.
 */
final class FinalSchema {

    private FinalSchema() {
    }

    static Map<String, List<DraftTable>> of(CheckContext context, ServiceMapping mapping) {
        DataSchemaCheck check = new DataSchemaCheck();
        Map<CodeModule, ModuleSchema> schemas = new LinkedHashMap<>();
        for (CodeModule module : context.codebase().modules()) {
            if (module.holdsCode()) {
                schemas.put(module, check.schema(context, module));
            }
        }
        EntityKeys entityKeys = new EntityKeys(schemas.values().stream()
                .flatMap(s -> s.sources().classes().stream()).toList());
        Map<String, Map<String, TableBuilder>> byService = new LinkedHashMap<>();
        for (Map.Entry<CodeModule, ModuleSchema> entry : schemas.entrySet()) {
            CodeModule module = entry.getKey();
            ModuleSchema schema = entry.getValue();
            Map<String, String> entityOwner = new LinkedHashMap<>();
            for (MappedTable table : schema.tables()) {
                String service = mapping.serviceOf(module, table.className()).map(Service::name).orElse("");
                entityOwner.putIfAbsent(key(table.name().preferred().text()), service);
            }
            String moduleService = mapping.moduleResolution(module).owner().map(Service::name).orElse("");
            boolean migrated = !schema.migrations().tables().isEmpty();
            Map<String, Table> keys = migrated ? MigrationKeys.of(schema.migrations().scripts()) : Map.of();
            for (MigratedSchema.Table table : schema.migrations().tables()) {
                String name = table.name().text();
                String service = entityOwner.getOrDefault(key(name), moduleService);
                TableBuilder builder = byService.computeIfAbsent(service, s -> new LinkedHashMap<>())
                        .computeIfAbsent(key(name), k -> new TableBuilder(name, null));
                for (MigratedSchema.Column column : table.columns()) {
                    builder.add(column.name().text(), column.type() == null || column.type().isBlank()
                            ? "VARCHAR(255)" : column.type().replaceAll("\\s+\\(", "("), null);
                }
                builder.keys(keys.get(key(name)));
            }
            for (MappedTable table : schema.tables()) {
                if (table.origin().equals("join column")) {
                    continue;
                }
                String name = table.name().preferred().text();
                String service = mapping.serviceOf(module, table.className()).map(Service::name).orElse("");
                Map<String, TableBuilder> tables = byService.computeIfAbsent(service, s -> new LinkedHashMap<>());
                boolean known = tables.containsKey(key(name));
                TableBuilder builder = tables.computeIfAbsent(key(name), k -> new TableBuilder(name, migrated
                        ? "mapped by " + table.simpleClassName() + ", but no migration creates it" : null));
                if (!known) {
                    builder.entityKey(entityKeys.of(table));
                }
                for (MappedColumn column : table.columns()) {
                    builder.add(column.name().preferred().text(), SqlTypes.of(column.javaType()),
                            migrated && known ? "mapped by " + table.simpleClassName() + "." + column.attribute()
                                    + ", but no migration creates it" : null);
                }
            }
        }
        Map<String, List<DraftTable>> result = new LinkedHashMap<>();
        byService.forEach((service, tables) -> result.put(service,
                tables.values().stream().map(TableBuilder::build).toList()));
        return result;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** A table as it grows: the first source of a column wins. */
    private static final class TableBuilder {
        private final String name;
        private final String comment;
        private final Map<String, DraftColumn> columns = new LinkedHashMap<>();
        private Table keys;
        private List<String> entityKey = List.of();

        TableBuilder(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        void add(String column, String type, String note) {
            columns.putIfAbsent(key(column), new DraftColumn(column, type, note));
        }

        void keys(Table declared) {
            keys = declared;
        }

        /** The key of the entity whose mapping alone creates the table. */
        void entityKey(List<String> columnNames) {
            entityKey = List.copyOf(columnNames);
        }

        /** The keys and indexes of the migrations (else the entity's key), as far as their columns are still there. */
        DraftTable build() {
            if (keys == null) {
                List<String> primaryKey = has(entityKey) ? entityKey : List.of();
                return new DraftTable(name, new ArrayList<>(columns.values()), primaryKey, List.of(), List.of(), comment);
            }
            List<String> primaryKey = has(keys.primaryKey()) ? keys.primaryKey() : List.of();
            List<DraftForeignKey> foreignKeys = keys.foreignKeys().stream().filter(f -> has(f.columns()))
                    .map(f -> new DraftForeignKey(f.columns(), f.referencedTable(), f.referencedColumns())).toList();
            List<DraftIndex> indexes = keys.indexes().stream().filter(i -> has(i.columns()))
                    .filter(i -> i.name() != null || i.unique())
                    .map(i -> new DraftIndex(i.name(), i.columns(), i.unique())).toList();
            return new DraftTable(name, new ArrayList<>(columns.values()), primaryKey, foreignKeys, indexes, comment);
        }

        private boolean has(List<String> names) {
            return !names.isEmpty() && names.stream().allMatch(n -> columns.containsKey(key(n)));
        }
    }

    /** An SQL type that holds what a Java attribute holds, as the type compatibility check sees it. */
    static final class SqlTypes {
        private SqlTypes() {
        }

        static String of(String javaType) {
            return Optional.ofNullable(javaType).map(t -> switch (t) {
                case "long", "Long", "BigInteger" -> "BIGINT";
                case "int", "Integer" -> "INTEGER";
                case "short", "Short" -> "SMALLINT";
                case "byte", "Byte" -> "TINYINT";
                case "BigDecimal" -> "NUMERIC(19, 2)";
                case "double", "Double", "float", "Float", "Number" -> "DOUBLE PRECISION";
                case "boolean", "Boolean" -> "BOOLEAN";
                case "UUID" -> "UUID";
                case "LocalDate" -> "DATE";
                case "LocalTime", "OffsetTime", "Time" -> "TIME";
                case "LocalDateTime", "Instant", "OffsetDateTime", "ZonedDateTime", "Date", "Timestamp", "Calendar" ->
                        "TIMESTAMP";
                case "byte[]", "Byte[]", "Blob" -> "BLOB";
                case "Clob", "NClob" -> "CLOB";
                case "Duration" -> "BIGINT";
                case "enum:ORDINAL" -> "INTEGER";
                case "char", "Character" -> "CHAR(1)";
                default -> "VARCHAR(255)";
            }).orElse("VARCHAR(255)");
        }
    }
}
