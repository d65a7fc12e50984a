package io.github.architect.bench;

import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Column;
import io.github.architect.model.Position;
import io.github.architect.model.Table;
import io.github.architect.schema.DataSchemaCheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Times the data schema check over 2,000 JPA entities (plus 2,000 classes the text filter skips) and 500
 * Flyway migrations creating and altering their 2,000 tables, all declared in the model. Not a test:
 * run it with exec:java (see docs/performance.md). After the uncached runs it times runs over a persistent scan
 * cache: cold, unchanged, and with one entity or one migration changed.
 */
public final class DataSchemaBenchmark {

    private static final int ENTITIES = 2_000;
    private static final int MIGRATIONS = 500;
    private static final int RUNS = Integer.getInteger("runs", 5);

    private DataSchemaBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("architect-schema-bench");
        try {
            CodeModule module = CodeModule.conventional("bench", root);
            ArchitectureModel model = generate(root);
            System.out.printf("%d entities, %d other classes, %d migrations, %d declared tables; %d cores, %s%n",
                    ENTITIES, ENTITIES, MIGRATIONS, model.tables().size(), Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            for (int run = 1; run <= (args.length > 0 ? Integer.parseInt(args[0]) : 0); run++) {
                long c0 = cpu();
                var sources = new io.github.architect.schema.sources.JavaSourceScanner().scan(module.sourceRoots());
                long c1 = cpu();
                var migrated = io.github.architect.schema.migration.MigrationReplayer.replay(
                        io.github.architect.schema.migration.MigrationLocator.locate(module));
                long c2 = cpu();
                // the mapping is internal to the check: time scan + map + replay together, subtract the rest
                var schema = new DataSchemaCheck().schema(
                        new CheckContext(model, Codebase.of(root, module), ServiceMap.none(), Map.of()), module);
                long c3 = cpu();
                long map = Math.max(0, (c3 - c2) - (c1 - c0) - (c2 - c1));
                System.out.printf("CPU breakdown: scan %d ms (%d classes), map ~%d ms (%d tables), replay %d ms (%d tables)%n",
                        (c1 - c0) / 1_000_000, sources.classes().size(), map / 1_000_000, schema.tables().size(),
                        (c2 - c1) / 1_000_000, migrated.tables().size());
            }
            for (int run = 1; run <= RUNS; run++) {
                long cpuStart = cpu();
                long start = System.nanoTime();
                CheckContext context = new CheckContext(model, Codebase.of(root, module), ServiceMap.none(), Map.of());
                DataSchemaCheck check = new DataSchemaCheck();
                List<Violation> findings = new ArrayList<>(check.checkModule(context, module));
                findings.addAll(check.checkBuild(context));
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (cpu() - cpuStart) / 1_000_000;
                System.out.printf("run %d: %d ms wall, %d ms CPU (all threads), %d findings%n", run, millis, cpuMillis,
                        findings.size());
            }
            cachedRuns(root, module, model);
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /**
     * Runs as separate Maven invocations would see them with the per-file scan cache: a cold run that
     * fills it, unchanged re-runs and re-runs after one entity or one migration changed, each over a
     * fresh {@link ScanCache} on the stored directory (so loading the stored results is timed too).
     */
    private static void cachedRuns(Path root, CodeModule module, ArchitectureModel model) throws IOException {
        Path store = root.resolve("target/architect/cache/scan");
        cachedRun("cold cache", root, module, model, store);
        for (int run = 1; run <= RUNS; run++) {
            cachedRun("unchanged " + run, root, module, model, store);
        }
        Path sources = root.resolve("src/main/java/com/acme/bench");
        Path migrations = root.resolve("src/main/resources/db/migration");
        for (int run = 1; run <= RUNS; run++) {
            Path entity = sources.resolve("Thing" + run + ".java");
            Files.writeString(entity, Files.readString(entity).replace("private int quantity;",
                    "private int quantity;\n    private String note" + run + ";"));
            cachedRun("one entity changed " + run, root, module, model, store);
        }
        for (int run = 1; run <= RUNS; run++) {
            Path migration = migrations.resolve("V" + run + "__things_" + (run - 1) + ".sql");
            Files.writeString(migration, Files.readString(migration) + "\n-- touched " + run + "\n");
            cachedRun("one migration changed " + run, root, module, model, store);
        }
        try (Stream<Path> stored = Files.list(store)) {
            for (Path file : stored.sorted().toList()) {
                System.out.printf("stored %s: %d KB%n", file.getFileName(), Files.size(file) / 1024);
            }
        }
    }

    private static void cachedRun(String label, Path root, CodeModule module, ArchitectureModel model, Path store)
            throws IOException {
        long cpuStart = cpu();
        long start = System.nanoTime();
        ScanCache cache = ScanCache.in(store, "bench");
        CheckContext context = new CheckContext(model, Codebase.of(root, module), ServiceMap.none(), Map.of(), cache);
        DataSchemaCheck check = new DataSchemaCheck();
        List<Violation> findings = new ArrayList<>(check.checkModule(context, module));
        findings.addAll(check.checkBuild(context));
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (cpu() - cpuStart) / 1_000_000;
        long saveStart = System.nanoTime();
        Set<String> live = new HashSet<>();
        try (Stream<Path> files = Files.walk(root.resolve("src"))) {
            files.filter(Files::isRegularFile).forEach(f -> live.add(cache.sha256(f)));
        }
        cache.save();
        long saveMillis = (System.nanoTime() - saveStart) / 1_000_000;
        // the check has opened both result kinds by now, so these are its instances whatever the type given
        System.out.printf("%s: %d ms wall, %d ms CPU, %d findings; parsed %d Java, %d SQL files; save %d ms%n", label,
                millis, cpuMillis, findings.size(), cache.results("schema-java", Object.class).computedCount(),
                cache.results("schema-migrations", Object.class).computedCount(), saveMillis);
    }

    /** CPU time of the whole process: on a loaded machine wall time says little, CPU time says what it costs. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static ArchitectureModel generate(Path root) throws IOException {
        Path sources = root.resolve("src/main/java/com/acme/bench");
        Path migrations = root.resolve("src/main/resources/db/migration");
        Files.createDirectories(sources);
        Files.createDirectories(migrations);
        List<Table> tables = new ArrayList<>();
        int line = 1;
        for (int i = 0; i < ENTITIES; i++) {
            String name = "Thing" + i;
            String table = "thing_" + i;
            String related = "Thing" + ((i + 1) % ENTITIES);
            Files.writeString(sources.resolve(name + ".java"), """
                    package com.acme.bench;

                    import jakarta.persistence.*;
                    import java.math.BigDecimal;
                    import java.time.Instant;

                    @Entity
                    @Table(name = "%s")
                    public class %s {
                        @Id @GeneratedValue private Long id;
                        @Column(name = "display_name", nullable = false) private String displayName;
                        private BigDecimal amount;
                        private Instant createdAt;
                        private int quantity;
                        @ManyToOne(fetch = FetchType.LAZY) private %s next;
                        @Transient private String cache;

                        public Long getId() { return id; }
                        public String getDisplayName() { return displayName; }
                        public void setDisplayName(String displayName) { this.displayName = displayName; }
                    }
                    """.formatted(table, name, related));
            Files.writeString(sources.resolve("Helper" + i + ".java"), """
                    package com.acme.bench;

                    public class Helper%d {
                        private final String value = "x";
                        public String value() { return value + %d; }
                    }
                    """.formatted(i, i));
            List<Column> columns = new ArrayList<>();
            int tableLine = line++;
            for (String[] c : new String[][]{{"id", "BIGINT"}, {"display_name", "VARCHAR(100)"},
                    {"amount", "NUMERIC(12,2)"}, {"created_at", "TIMESTAMP"}, {"quantity", "INTEGER"},
                    {"next_id", "BIGINT"}}) {
                columns.add(new Column(c[0], c[1], c[0].equals("id"), Position.of(line++, 1)));
            }
            tables.add(new Table(null, table, columns, List.of("id"), List.of(), List.of(), null, Position.of(tableLine, 1)));
        }
        int perMigration = ENTITIES / MIGRATIONS;
        for (int m = 0; m < MIGRATIONS; m++) {
            StringBuilder sql = new StringBuilder("-- migration " + (m + 1) + "\n");
            for (int t = m * perMigration; t < (m + 1) * perMigration; t++) {
                sql.append("""
                        create table thing_%d (
                            id bigint primary key,
                            display_name varchar(100) not null,
                            amount numeric(12, 2),
                            created_at timestamp,
                            next_id bigint
                        );
                        alter table thing_%d add column quantity integer;
                        create index idx_thing_%d_name on thing_%d (display_name);
                        """.formatted(t, t, t, t));
            }
            Files.writeString(migrations.resolve("V" + (m + 1) + "__things_" + m + ".sql"), sql.toString());
        }
        return ArchitectureModel.builder(root.resolve("architecture.md")).tables(tables).build();
    }
}
