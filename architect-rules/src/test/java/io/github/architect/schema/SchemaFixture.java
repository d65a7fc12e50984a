package io.github.architect.schema;

import io.github.architect.schema.sources.Constants;
import io.github.architect.schema.sources.JavaSourceScanner;
import io.github.architect.schema.sources.JavaSources;
import io.github.architect.schema.sources.SourceClass;
import io.github.architect.schema.sources.ValueTypes;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.NoSqlCollection;
import io.github.architect.model.Column;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import io.github.architect.model.Table;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Writes a small project into a directory and runs the schema check or its parts over it. */
final class SchemaFixture {

    private final Path dir;
    private final List<CodeModule> modules = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<NoSqlCollection> collections = new ArrayList<>();
    private final List<Service> services = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();
    private ServiceMap serviceMap = ServiceMap.none();
    private int line = 10;

    SchemaFixture(Path dir) {
        this.dir = dir;
    }

    Path dir() {
        return dir;
    }

    /** The single (first) module, created on demand as {@code app}. */
    CodeModule module() {
        if (modules.isEmpty()) {
            modules.add(CodeModule.conventional("app", dir.resolve("app")));
        }
        return modules.get(0);
    }

    CodeModule module(String artifactId, Set<String> libraries, String... dependsOn) {
        Path base = dir.resolve(artifactId);
        CodeModule m = new CodeModule(artifactId, base, "jar", List.of(base.resolve("src/main/java")),
                List.of(base.resolve("target/classes")), List.of(base.resolve("src/main/resources")),
                List.of(dependsOn), libraries, base.resolve("pom.xml"));
        modules.removeIf(existing -> existing.artifactId().equals(artifactId));
        modules.add(m);
        return m;
    }

    SchemaFixture java(String source) {
        return java(module(), source);
    }

    /** Writes a source; its path comes from the package and the first public or top-level type name. */
    SchemaFixture java(CodeModule m, String source) {
        String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim()).orElse("");
        java.util.regex.Matcher type = java.util.regex.Pattern
                .compile("\\b(?:class|record|enum|interface)\\s+(\\w+)")
                .matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no top-level type in fixture source");
        }
        Path file = m.sourceRoots().get(0).resolve(pkg.replace('.', '/')).resolve(type.group(1) + ".java");
        return write(file, source);
    }

    SchemaFixture migration(String name, String sql) {
        return resource(module(), "db/migration/" + name, sql);
    }

    SchemaFixture resource(CodeModule m, String path, String content) {
        return write(m.resourceDirectories().get(0).resolve(path), content);
    }

    SchemaFixture write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Declares a table; columns as "name TYPE" pairs, e.g. {@code "id BIGINT"}. */
    SchemaFixture table(String name, String... columns) {
        return ownedTable(name, null, columns);
    }

    SchemaFixture ownedTable(String name, String owner, String... columns) {
        return qualifiedTable(null, name, owner, columns);
    }

    /** Declares a table in a schema ({@code null} for none), owned by a service or by nobody. */
    SchemaFixture qualifiedTable(String schema, String name, String owner, String... columns) {
        List<Column> cols = new ArrayList<>();
        int tableLine = line++;
        for (String column : columns) {
            String[] parts = column.split(" ", 2);
            cols.add(new Column(parts[0], parts.length > 1 ? parts[1] : "", parts[0].equals("id"), Position.of(line++, 1)));
        }
        tables.add(new Table(schema, name, cols, List.of(), List.of(), List.of(), owner, Position.of(tableLine, 1)));
        return this;
    }

    SchemaFixture collection(String name) {
        collections.add(new NoSqlCollection(name, List.of(), null, Position.of(line++, 1)));
        return this;
    }

    SchemaFixture service(String name, List<String> modules, List<String> ownedTables) {
        services.add(new Service(name, null, Position.of(line++, 1), List.of(), modules, ownedTables));
        return this;
    }

    /** Assigns classes to services by package prefix, like a real service map would. */
    SchemaFixture servicesByPackage(Map<String, String> packageToService) {
        serviceMap = (module, className) -> packageToService.entrySet().stream()
                .filter(e -> className.startsWith(e.getKey()))
                .findFirst()
                .flatMap(e -> services.stream().filter(s -> s.isNamed(e.getValue())).findFirst());
        return this;
    }

    SchemaFixture option(String key, String value) {
        options.put(key, value);
        return this;
    }

    ArchitectureModel model() {
        return ArchitectureModel.builder(dir.resolve("architecture.md")).services(services).tables(tables)
                .collections(collections).build();
    }

    CheckContext context() {
        return context(ScanCache.disabled());
    }

    /** A context whose scanners keep per-file results in {@code scanCache}, as one Maven invocation would. */
    CheckContext context(ScanCache scanCache) {
        module();
        return new CheckContext(model(), new Codebase(dir, modules), serviceMap, options, scanCache);
    }

    /** Module findings of every module, then build findings. */
    List<Violation> verify() {
        return verify(ScanCache.disabled());
    }

    /** As {@link #verify()}, with the scanners' per-file results kept in {@code scanCache}. */
    List<Violation> verify(ScanCache scanCache) {
        CheckContext context = context(scanCache);
        DataSchemaCheck check = new DataSchemaCheck();
        List<Violation> all = new ArrayList<>();
        for (CodeModule m : modules) {
            all.addAll(check.checkModule(context, m));
        }
        all.addAll(check.checkBuild(context));
        return all;
    }

    List<Violation> verify(String ruleId) {
        return verify().stream().filter(v -> v.ruleId().equals(ruleId)).toList();
    }

    /** The tables the first module's entities map under a naming. */
    List<MappedTable> mapped(PhysicalNaming naming) {
        JavaSourceScanner scanner = new JavaSourceScanner();
        JavaSources sources = scanner.scan(module().sourceRoots());
        List<SourceClass> visible = new ArrayList<>(
                ValueTypes.find(scanner, sources.classes(), module().sourceRoots(), ScanCache.disabled()));
        visible.addAll(sources.classes());
        return new EntityMapper(visible, sources.enums(), new Constants(sources.constants()), naming)
                .map(sources.classes());
    }

    static Optional<MappedTable> table(List<MappedTable> tables, String name) {
        return tables.stream().filter(t -> t.name().matches(name)).findFirst();
    }

    /** Preferred column names of the first mapped table matching {@code name}. */
    static List<String> columns(List<MappedTable> tables, String name) {
        return tables.stream().filter(t -> t.name().matches(name))
                .flatMap(t -> t.columns().stream()).map(c -> c.name().preferred().text()).toList();
    }

    static List<String> tableNames(List<MappedTable> tables) {
        return tables.stream().map(t -> t.name().preferred().text()).toList();
    }
}
