package io.github.architect.schema;

import io.github.architect.schema.migration.MigratedSchema;
import io.github.architect.schema.migration.MigrationLocator;
import io.github.architect.schema.migration.MigrationReplayer;
import io.github.architect.schema.sources.Constants;
import io.github.architect.schema.sources.JavaSourceScanner;
import io.github.architect.schema.sources.JavaSources;
import io.github.architect.schema.sources.MongoDocument;
import io.github.architect.schema.sources.SourceClass;
import io.github.architect.schema.sources.SqlUsage;
import io.github.architect.schema.sources.ValueTypes;
import io.github.architect.sql.Identifier;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.model.Column;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares section 5 (Data Schema) with what the code maps (JPA entities, MongoDB documents) and what
 * the migrations (Flyway, Liquibase formatted SQL) create, and with which service touches which table.
 *
 * <p>Per module: undeclared tables and columns, foreign tables, type mismatches, undeclared collections
 * and unreadable migrations. Per build: declared tables and columns that nothing maps or creates.
 * Table rules apply only when section 5 declares tables; the collection rule only when it declares collections.
 */
public final class DataSchemaCheck implements Check {

    /** Cache key: one module's sources. */
    record SourcesKey(CodeModule module) {
    }

    /** Cache key: one module's mapping and migrations. */
    record SchemaKey(CodeModule module) {
    }


    @Override
    public List<Rule> rules() {
        return SchemaRules.ALL;
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        if (!module.holdsCode()) {
            return List.of();
        }
        ModuleSchema schema = schema(context, module);
        DeclaredSchema declared = new DeclaredSchema(context.model());
        SchemaFindings findings = new SchemaFindings();
        Optional<Service> moduleService = ModuleServices.serviceOf(context, module, schema);

        for (JavaSources.SourceProblem problem : schema.sources().problems()) {
            findings.add(Violation.builder(SchemaRules.UNPARSEABLE_JAVA)
                    .at(Location.of(problem.file(), problem.line(), problem.column()))
                    .message("Cannot parse " + problem.file().getFileName() + ": " + problem.message()
                            + "; its JPA mapping is not checked against section 5")
                    .hint("Fix the syntax error; the compiler reports it too.")
                    .subjects(problem.file().getFileName().toString()).build());
        }
        for (MappedTable table : schema.tables()) {
            checkMappedTable(context, module, declared, table, findings);
        }
        checkMigrations(declared, schema, moduleService, findings);
        for (SqlUsage usage : schema.sources().sqlUsages()) {
            checkSql(context, module, declared, usage, findings);
        }
        if (declared.declaresCollections()) {
            for (MongoDocument document : schema.sources().documents()) {
                if (!declared.declaresCollection(document.collection())) {
                    findings.add(Violation.builder(SchemaRules.UNDECLARED_COLLECTION)
                            .at(Location.of(document.file(), document.line(), document.column()))
                            .message("Document " + simple(document.className()) + " maps collection '"
                                    + document.collection() + "', which section 5 (Data Schema) does not declare"
                                    + " (declared: " + declared.collectionList() + ")")
                            .hint("Declare collection '" + document.collection() + "' in section 5, or map the class to"
                                    + " a declared collection with @Document(collection = \"...\").")
                            .documentLocation(Location.of(declared.document(), context.model().collections().get(0).position()))
                            .service(context.services().serviceOf(module, document.className()).map(Service::name).orElse(null))
                            .subjects(document.className(), document.collection()).build());
                }
            }
        }
        return findings.list();
    }

    @Override
    public List<Violation> checkBuild(CheckContext context) {
        DeclaredSchema declared = new DeclaredSchema(context.model());
        if (!declared.declaresTables()) {
            return List.of();
        }
        List<ModuleSchema> schemas = context.codebase().modules().stream().filter(CodeModule::holdsCode)
                .map(m -> schema(context, m)).toList();
        SchemaFindings findings = new SchemaFindings();
        // what each table comes from, and the service it belongs to: a name several services declare is
        // produced, for each of them, only by that service's code and migrations
        Map<String, List<Produced<MappedTable>>> mappedByName = new java.util.HashMap<>();
        Map<String, List<Produced<MigratedSchema.Table>>> migratedByName = new java.util.HashMap<>();
        for (ModuleSchema schema : schemas) {
            Optional<Service> moduleService = ModuleServices.serviceOf(context, schema.module(), schema);
            for (MappedTable t : schema.tables()) {
                Produced<MappedTable> produced = new Produced<>(t,
                        context.services().serviceOf(schema.module(), t.className()).orElse(null), t.schema());
                for (Identifier candidate : t.name().candidates()) {
                    mappedByName.computeIfAbsent(candidate.text().toLowerCase(java.util.Locale.ROOT),
                            k -> new ArrayList<>()).add(produced);
                }
            }
            for (MigratedSchema.Table t : schema.migrations().tables()) {
                migratedByName.computeIfAbsent(t.name().text().toLowerCase(java.util.Locale.ROOT),
                        k -> new ArrayList<>()).add(new Produced<>(t, moduleService.orElse(null), t.schema()));
            }
        }
        for (Table table : context.model().tables()) {
            String key = table.name().toLowerCase(java.util.Locale.ROOT);
            boolean shared = declared.declaredMoreThanOnce(table);
            Optional<Service> owner = declared.ownerOf(table);
            java.util.function.Predicate<Produced<?>> produces = p -> Identifier.sameSchema(p.schema(),
                    DeclaredSchema.schemaOf(table)) && (!shared || owner.isEmpty() || p.service() == null
                    || p.service().key().equals(owner.get().key()));
            List<MappedTable> mapped = mappedByName.getOrDefault(key, List.of()).stream()
                    .filter(p -> p.table().name().matches(table.name()) && produces.test(p))
                    .map(Produced::table).distinct().toList();
            List<MigratedSchema.Table> migrated = migratedByName.getOrDefault(key, List.of()).stream()
                    .filter(p -> p.table().name().matches(table.name()) && produces.test(p))
                    .map(Produced::table).toList();
            if (mapped.isEmpty() && migrated.isEmpty()) {
                findings.add(Violation.builder(SchemaRules.UNMAPPED_TABLE)
                        .at(declared.location(table))
                        .message("Section 5 declares table '" + table.qualifiedName() + "', but no entity maps it and no"
                                + " migration creates it")
                        .hint("Map it with an @Entity (@Table(name = \"" + table.name() + "\"" + (table.schema() == null
                                ? "" : ", schema = \"" + table.schema() + "\"") + ")) or create it in a"
                                + " migration; if only JDBC uses it, set this rule to off; otherwise remove it from section 5.")
                        .service(table.owner())
                        .subjects(table.name()).build());
                continue;
            }
            for (Column column : table.columns()) {
                Identifier name = Identifier.parse(column.name());
                boolean produced = mapped.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.name().matches(name))
                        || migrated.stream().flatMap(t -> t.columns().stream()).anyMatch(c -> c.name().matches(name));
                boolean anyColumns = mapped.stream().anyMatch(t -> !t.columns().isEmpty())
                        || migrated.stream().anyMatch(t -> !t.columns().isEmpty());
                if (!produced && anyColumns) {
                    findings.add(Violation.builder(SchemaRules.UNMAPPED_COLUMN)
                            .at(declared.location(column))
                            .message("Section 5 declares column '" + column.name() + "' of table '" + table.name()
                                    + "', but no entity maps it and no migration creates it")
                            .hint("Add an attribute mapped to '" + column.name() + "' or create the column in a"
                                    + " migration, or remove it from table '" + table.name() + "' in section 5.")
                            .service(table.owner())
                            .subjects(table.name(), table.name() + "." + column.name()).build());
                }
            }
        }
        return findings.list();
    }

    /**
     * The module's mapping and migrations, computed once per context. Sources are fetched before the
     * mapping is cached, because {@link CheckContext#shared} must not be called from inside its supplier.
     */
    public ModuleSchema schema(CheckContext context, CodeModule module) {
        JavaSources own = sources(context, module);
        List<CodeModule> dependencies = dependencies(context, module);
        List<JavaSources> dependencySources = dependencies.stream().map(d -> sources(context, d)).toList();
        return context.shared(new SchemaKey(module), () -> {
            List<SourceClass> visible = new ArrayList<>();
            Set<String> enums = new HashSet<>(own.enums());
            Map<String, String> constants = new java.util.HashMap<>();
            for (JavaSources sources : dependencySources) {
                visible.addAll(sources.classes());
                enums.addAll(sources.enums());
                constants.putAll(sources.constants());
            }
            visible.addAll(own.classes());
            constants.putAll(own.constants());
            List<Path> roots = new ArrayList<>(module.sourceRoots());
            dependencies.forEach(d -> roots.addAll(d.sourceRoots()));
            visible.addAll(0, ValueTypes.find(scanner(context), visible, roots, context.scanCache()));
            PhysicalNaming naming = NamingDetection.detect(module, context.option("naming"));
            List<MappedTable> tables = new EntityMapper(visible, enums, new Constants(constants), naming).map(own.classes());
            MigratedSchema migrations = MigrationReplayer.replay(MigrationLocator.locate(module), context.scanCache());
            return new ModuleSchema(module, naming, own, tables, migrations);
        });
    }

    private JavaSources sources(CheckContext context, CodeModule module) {
        return context.shared(new SourcesKey(module), () -> scanner(context).scan(module.sourceRoots(), context.scanCache()));
    }

    /** The scanner over the build's shared source index. */
    private static JavaSourceScanner scanner(CheckContext context) {
        return new JavaSourceScanner(context.javaSources());
    }

    /** Modules of the build this one depends on, transitively. */
    private static List<CodeModule> dependencies(CheckContext context, CodeModule module) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(module.moduleDependencies());
        List<CodeModule> found = new ArrayList<>();
        while (!queue.isEmpty()) {
            String id = queue.remove(0);
            if (id.equals(module.artifactId()) || !seen.add(id)) {
                continue;
            }
            context.codebase().module(id).ifPresent(m -> {
                found.add(m);
                queue.addAll(m.moduleDependencies());
            });
        }
        return found;
    }

    private void checkMappedTable(CheckContext context, CodeModule module, DeclaredSchema declared, MappedTable table,
                                  SchemaFindings findings) {
        Optional<Service> service = context.services().serviceOf(module, table.className());
        String what = describe(table);
        if (declared.declaresTables()) {
            List<Table> targets = declared.targets(table.name(), table.schema(), service);
            boolean ownTable = !table.origin().equals("single-table subclass") && !table.origin().equals("join column");
            if (targets.isEmpty() && ownTable) {
                Optional<Table> elsewhere = declared.inOtherSchema(table.name(), table.schema());
                findings.add(Violation.builder(SchemaRules.UNDECLARED_TABLE)
                        .at(Location.of(table.file(), table.line(), table.column()))
                        .message(what + " maps table '" + table.qualifiedName() + "', which section 5 (Data Schema) does not"
                                + " declare" + elsewhere.map(t -> ": it declares '" + t.qualifiedName()
                                + "', a table of another schema").orElse(" (declared: " + declared.tableList() + ")"))
                        .hint("Declare table '" + table.qualifiedName() + "' in section 5, or map " + table.simpleClassName()
                                + " to a declared table" + (table.origin().equals("entity")
                                ? " with @Table(name = \"...\"" + (elsewhere.isPresent() ? ", schema = \"...\")" : ")")
                                : " with @JoinTable/@CollectionTable(name = \"...\")")
                                + alternatives(table.name()) + ".")
                        .documentLocation(elsewhere.map(declared::location).orElse(null))
                        .service(service.map(Service::name).orElse(null))
                        .subjects(table.className(), table.qualifiedName()).build());
            }
            if (targets.stream().anyMatch(t -> !t.columns().isEmpty())) {
                for (MappedColumn column : table.columns()) {
                    checkMappedColumn(declared, targets, table, column, service, findings);
                }
            }
        }
        Optional<Service> owner = service.flatMap(s -> declared.foreignOwner(table.name(), table.schema(), s));
        if (owner.isPresent()) {
            findings.add(foreignTable(declared, table.name().preferred(), table.schema(), owner.get(), service.get(),
                    what + " in service '" + service.get().name() + "' maps table '" + table.name() + "'",
                    Location.of(table.file(), table.line(), table.column()), table.className()));
        }
    }

    private void checkMappedColumn(DeclaredSchema declared, List<Table> targets, MappedTable table, MappedColumn column,
                                   Optional<Service> service, SchemaFindings findings) {
        Table target = targets.stream().filter(t -> declared.column(t, column.name()).isPresent()).findFirst()
                .orElse(null);
        if (target == null) {
            target = targets.stream().filter(t -> !t.columns().isEmpty()).findFirst().orElseThrow();
            findings.add(Violation.builder(SchemaRules.UNDECLARED_COLUMN)
                    .at(Location.of(column.file(), column.line(), column.column()))
                    .message(column.attribute() + " maps column '" + column.name() + "' of table '" + target.name()
                            + "', which section 5 declares without that column (declared: "
                            + String.join(", ", target.columns().stream().map(Column::name).toList()) + ")")
                    .hint("Add column '" + column.name() + "' to table '" + target.name() + "' in section 5, map the"
                            + " attribute to a declared column with @Column(name = \"...\"), or mark it @Transient"
                            + alternatives(column.name()) + ".")
                    .documentLocation(declared.location(target))
                    .service(service.map(Service::name).orElse(null))
                    .subjects(table.className(), target.name() + "." + column.name()).build());
            return;
        }
        Column c = declared.column(target, column.name()).orElseThrow();
        if (TypeCompatibility.mismatch(column.javaType(), c.type()).orElse(false)) {
            String javaType = column.javaType().startsWith("enum:")
                    ? "an enum stored as " + column.javaType().substring(5) : column.javaType();
            findings.add(Violation.builder(SchemaRules.COLUMN_TYPE_MISMATCH)
                    .at(Location.of(column.file(), column.line(), column.column()))
                    .message(column.attribute() + " is " + javaType + ", which cannot hold column '" + target.name()
                            + "." + c.name() + "' declared as " + c.type() + " in section 5")
                    .hint("Change the attribute to " + TypeCompatibility.suggestion(c.type())
                            + ", add an @Convert converter, or correct the column type in section 5.")
                    .documentLocation(declared.location(c))
                    .service(service.map(Service::name).orElse(null))
                    .subjects(table.className(), target.name() + "." + c.name()).build());
        }
    }

    /** Names the other naming strategy would give, to help when the detection guessed wrong. */
    private static String alternatives(MappedName name) {
        if (name.candidates().size() < 2) {
            return "";
        }
        return " (accepted names: " + name.candidates().stream().map(Identifier::text).distinct()
                .collect(Collectors.joining(", ")) + ")";
    }

    private void checkMigrations(DeclaredSchema declared, ModuleSchema schema, Optional<Service> service, SchemaFindings findings) {
        MigratedSchema migrations = schema.migrations();
        for (MigratedSchema.Problem problem : migrations.problems()) {
            Violation.Builder builder = problem.changesTables()
                    ? Violation.builder(SchemaRules.UNPARSEABLE_MIGRATION)
                    : Violation.builder(SchemaRules.UNPARSEABLE_MIGRATION.id(), io.github.architect.check.Severity.INFO);
            findings.add(builder.at(Location.of(problem.file(), problem.line(), 1))
                    .message("Cannot parse migration statement '" + problem.statement() + "': " + problem.message()
                            + (problem.changesTables() ? "; the tables it changes are not checked" : ""))
                    .hint("Check the statement's syntax; if it is valid for your database, the check cannot follow it:"
                            + " declare what it creates in section 5 by hand.")
                    .service(service.map(Service::name).orElse(null))
                    .subjects(problem.file().getFileName().toString(), problem.statement()).build());
        }
        if (declared.declaresTables()) {
            for (MigratedSchema.Table table : migrations.tables()) {
                List<Table> targets = declared.targets(new MappedName(List.of(table.name())), table.schema(), service);
                if (targets.isEmpty()) {
                    Optional<Table> elsewhere = declared.inOtherSchema(new MappedName(List.of(table.name())), table.schema());
                    findings.add(Violation.builder(SchemaRules.UNDECLARED_TABLE)
                            .at(Location.of(table.file(), table.line(), 1))
                            .message("Migration " + table.file().getFileName() + " creates table '" + table.qualifiedName()
                                    + "', which section 5 (Data Schema) does not declare" + elsewhere.map(t -> ": it declares '"
                                    + t.qualifiedName() + "', a table of another schema")
                                    .orElse(" (declared: " + declared.tableList() + ")"))
                            .hint("Declare table '" + table.qualifiedName() + "' in section 5, or drop it in a later migration.")
                            .documentLocation(elsewhere.map(declared::location).orElse(null))
                            .service(service.map(Service::name).orElse(null))
                            .subjects(table.file().getFileName().toString(), table.name().text()).build());
                } else if (targets.stream().anyMatch(t -> !t.columns().isEmpty())) {
                    Table target = targets.stream().filter(t -> !t.columns().isEmpty()).findFirst().orElseThrow();
                    for (MigratedSchema.Column column : table.columns()) {
                        if (targets.stream().allMatch(t -> declared.column(t, column.name()).isEmpty())) {
                            findings.add(Violation.builder(SchemaRules.UNDECLARED_COLUMN)
                                    .at(Location.of(column.file(), column.line(), 1))
                                    .message("Migration " + column.file().getFileName() + " creates column '"
                                            + column.name() + "' in table '" + target.name()
                                            + "', which section 5 declares without that column")
                                    .hint("Add column '" + column.name() + "' to table '" + target.name()
                                            + "' in section 5, or drop it in a later migration.")
                                    .documentLocation(declared.location(target))
                                    .service(service.map(Service::name).orElse(null))
                                    .subjects(column.file().getFileName().toString(),
                                            target.name() + "." + column.name().text()).build());
                        }
                    }
                }
            }
        }
        if (service.isPresent()) {
            for (MigratedSchema.Touch touch : migrations.touches()) {
                Optional<Service> owner = declared.foreignOwner(touch.table(), touch.schema(), service.get());
                if (owner.isPresent()) {
                    findings.add(foreignTable(declared, touch.table(), touch.schema(), owner.get(), service.get(),
                            "Migration " + touch.file().getFileName() + " of service '" + service.get().name() + "' "
                                    + touch.action() + " table '" + touch.table() + "'",
                            Location.of(touch.file(), touch.line(), 1), touch.file().getFileName().toString()));
                }
            }
        }
    }

    private void checkSql(CheckContext context, CodeModule module, DeclaredSchema declared, SqlUsage usage, SchemaFindings findings) {
        Optional<Service> service = context.services().serviceOf(module, usage.className());
        Set<String> tables;
        try {
            Statement statement = CCJSqlParserUtil.parse(usage.sql().replaceAll(":(\\w+)", "?"));
            tables = new TablesNamesFinder<>().getTables(statement);
        } catch (JSQLParserException | RuntimeException e) {
            if (usage.origin().equals("native query")) {
                findings.add(Violation.builder(SchemaRules.UNPARSEABLE_SQL)
                        .at(Location.of(usage.file(), usage.line(), usage.column()))
                        .message("Cannot parse the native query in " + simple(usage.className())
                                + "; the tables it uses are not checked against section 5")
                        .hint("Check the query's syntax.")
                        .subjects(usage.className(), usage.sql().strip()).build());
            }
            return;
        }
        if (service.isEmpty()) {
            return;
        }
        for (String raw : tables) {
            Identifier table = Identifier.lastPartOf(raw);
            Identifier schema = Identifier.schemaOf(raw);
            Optional<Service> owner = declared.foreignOwner(table, schema, service.get());
            if (owner.isPresent()) {
                findings.add(foreignTable(declared, table, schema, owner.get(), service.get(),
                        "The " + usage.origin() + " in " + simple(usage.className()) + " (service '"
                                + service.get().name() + "') uses table '" + table + "'",
                        Location.of(usage.file(), usage.line(), usage.column()), usage.className()));
            }
        }
    }

    private static Violation foreignTable(DeclaredSchema declared, Identifier table, Identifier schema, Service owner,
                                          Service user, String what, Location at, String subject) {
        Location documentLocation = declared.declarationOf(table, schema, owner).map(declared::location)
                .orElse(owner.position() == null ? null : Location.of(declared.document(), owner.position()));
        return Violation.builder(SchemaRules.FOREIGN_TABLE)
                .at(at)
                .message(what + ", which section 5 gives to service '" + owner.name() + "'")
                .hint("Go through " + owner.name() + "'s API instead of its table '" + table + "', or change the"
                        + " table's owner in the document if " + user.name() + " really owns it.")
                .documentLocation(documentLocation)
                .service(user.name())
                .subjects(subject, table.text(), owner.name()).build();
    }

    private static String describe(MappedTable table) {
        return switch (table.origin()) {
            case "entity", "single-table subclass" -> "Entity " + table.simpleClassName();
            default -> "The " + table.origin() + " of " + table.simpleClassName();
        };
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** A table the code maps or a migration creates, with the service it belongs to (null when unknown). */
    private record Produced<T>(T table, Service service, Identifier schema) {
    }

    /** SchemaFindings without duplicates (a join table mapped from both sides, a table touched twice by one statement). */
    private static final class SchemaFindings {
        private final Set<List<Object>> keys = new HashSet<>();
        private final List<Violation> list = new ArrayList<>();

        void add(Violation v) {
            if (keys.add(List.of(v.ruleId(), v.location(), v.subjects()))) {
                list.add(v);
            }
        }

        List<Violation> list() {
            return List.copyOf(list);
        }
    }
}
