package io.github.architect.bench;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.DocumentRules;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.report.Report;
import io.github.architect.report.ReportFormat;
import io.github.architect.report.ReportWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import io.github.architect.boundaries.JavaFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How reading, checking and reporting grow with the size of architecture.md: documents of 0.1, 1
 * and 5 MB in the usual shape ({@link UsualShapeDocument}), checked against a small compiled
 * project of two modules (a controller, an entity and a migration of "Catalog Service", a class of
 * "Node 2 Service" calling it). Each size is read, checked and reported {@code runs} times in one
 * JVM; the table gives the median of the runs after the first. Linear growth shows as a constant
 * time per MB. Not a test: run it with
 * {@code ./mvnw -q -pl architect-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.architect.bench.DocumentGrowthBenchmark} (arguments: sizes in bytes,
 * default {@code 100000 1000000 5000000}; {@code -Druns=N}, default 3; {@code -Dbench.reports=DIR} keeps
 * the rendered reports).
 */
public final class DocumentGrowthBenchmark {

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private DocumentGrowthBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int[] sizes = args.length == 0 ? new int[] {100_000, 1_000_000, 5_000_000}
                : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        int runs = Integer.getInteger("runs", 3);
        Path project = Files.createTempDirectory("architect-growth");
        try {
            Codebase codebase = fixture(project);
            System.out.printf("Java %s, %d cores, %d runs per size, median of runs 2-%d%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), runs, runs);
            System.out.println("| document | services | read | read, process CPU | check | json | html | sarif | junit"
                    + " | mermaid | findings |");
            System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            for (int size : sizes) {
                measure(project, codebase, size, runs);
            }
        } finally {
            try (Stream<Path> files = Files.walk(project)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void measure(Path project, Codebase codebase, int size, int runs) throws IOException {
        String markdown = UsualShapeDocument.ofSize(size);
        Path document = project.resolve("architecture.md");
        Files.writeString(document, markdown, StandardCharsets.UTF_8);
        List<long[]> timings = new ArrayList<>();
        ParsedDocument parsed = null;
        int findings = 0;
        for (int run = 0; run < runs; run++) {
            long[] t = new long[3 + ReportFormat.values().length];
            long cpu = CPU.getProcessCpuTime();
            long start = System.nanoTime();
            parsed = new ArchitectureDocumentParser().parse(document);
            t[0] = System.nanoTime() - start;
            t[7] = CPU.getProcessCpuTime() - cpu;

            start = System.nanoTime();
            Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.defaults());
            CheckContext context = new CheckContext(parsed.model(), codebase,
                    ServiceMapper.map(parsed.model(), codebase), Map.of());
            List<Violation> all = new ArrayList<>(verifier.applyPolicy(parsed.findings()));
            for (CodeModule module : codebase.modules()) {
                all.addAll(verifier.verifyModule(context, module));
            }
            all.addAll(verifier.verifyBuild(context));
            t[1] = System.nanoTime() - start;
            findings = all.size();

            Report report = new Report("bench", parsed.model(),
                    Stream.concat(DocumentRules.all().stream(), verifier.rules().stream()).toList(), all, project, null);
            Map<ReportFormat, Long> perFormat = new EnumMap<>(ReportFormat.class);
            for (ReportFormat format : ReportFormat.values()) {
                start = System.nanoTime();
                String rendered = ReportWriter.render(report, format);
                perFormat.put(format, System.nanoTime() - start);
                if (System.getProperty("bench.reports") != null) {
                    // to compare the bytes before and after a change
                    Path out = Path.of(System.getProperty("bench.reports"), size + "." + format.fileName());
                    Files.createDirectories(out.getParent());
                    Files.writeString(out, rendered.replace(project.toString(), "<project>"), StandardCharsets.UTF_8);
                }
            }
            t[2] = perFormat.get(ReportFormat.JSON);
            t[3] = perFormat.get(ReportFormat.HTML);
            t[4] = perFormat.get(ReportFormat.SARIF);
            t[5] = perFormat.get(ReportFormat.JUNIT);
            t[6] = perFormat.get(ReportFormat.MERMAID);
            timings.add(t);
            System.err.printf("  %.2f MB run %d: read %d ms (%d ms CPU), check %d ms, reports %d ms, load average %.1f%n",
                    size / 1e6, run + 1, t[0] / 1_000_000, t[7] / 1_000_000, t[1] / 1_000_000,
                    Arrays.stream(t, 2, 7).sum() / 1_000_000, CPU.getSystemLoadAverage());
        }
        long[] median = new long[timings.get(0).length];
        List<long[]> warm = timings.size() > 1 ? timings.subList(1, timings.size()) : timings;
        for (int i = 0; i < median.length; i++) {
            int column = i;
            long[] values = warm.stream().mapToLong(t -> t[column]).sorted().toArray();
            median[i] = values[values.length / 2];
        }
        System.out.printf("| %.2f MB | %d | %s | %s | %s | %s | %s | %s | %s | %s | %d |%n",
                UsualShapeDocument.utf8Length(markdown) / 1e6, parsed.model().services().size(),
                ms(median[0]), ms(median[7]), ms(median[1]), ms(median[2]), ms(median[3]), ms(median[4]), ms(median[5]),
                ms(median[6]), findings);
    }

    private static String ms(long nanos) {
        return nanos >= 10_000_000_000L ? String.format("%.1f s", nanos / 1e9) : (nanos / 1_000_000) + " ms";
    }

    /** Two modules of the usual kind, compiled with javac against stand-ins for the framework annotations. */
    private static Codebase fixture(Path root) throws IOException {
        Map<String, String> stubs = Map.of(
                "org.springframework.web.bind.annotation.RestController",
                annotation("org.springframework.web.bind.annotation", "RestController", "TYPE", ""),
                "org.springframework.web.bind.annotation.RequestMapping",
                annotation("org.springframework.web.bind.annotation", "RequestMapping", "TYPE", "String[] value() default {};"),
                "org.springframework.web.bind.annotation.GetMapping",
                annotation("org.springframework.web.bind.annotation", "GetMapping", "METHOD", "String[] value() default {};"),
                "org.springframework.web.bind.annotation.PostMapping",
                annotation("org.springframework.web.bind.annotation", "PostMapping", "METHOD", "String[] value() default {};"),
                "org.springframework.web.bind.annotation.PathVariable",
                annotation("org.springframework.web.bind.annotation", "PathVariable", "PARAMETER", ""),
                "jakarta.persistence.Entity", annotation("jakarta.persistence", "Entity", "TYPE", ""),
                "jakarta.persistence.Table", annotation("jakarta.persistence", "Table", "TYPE", "String name() default \"\";"),
                "jakarta.persistence.Id", annotation("jakarta.persistence", "Id", "FIELD", ""));
        Path stubClasses = root.resolve("stubs/classes");
        JavaFixtures.compile(root.resolve("stubs/src"), stubClasses, stubs);

        Path catalog = root.resolve("catalog");
        JavaFixtures.compile(catalog.resolve("src/main/java"), catalog.resolve("target/classes"), Map.of(
                "com.bench.catalog.Product", """
                        package com.bench.catalog;

                        import jakarta.persistence.Entity;
                        import jakarta.persistence.Id;
                        import jakarta.persistence.Table;

                        @Entity
                        @Table(name = "products")
                        public class Product {
                            @Id
                            private long id;
                            private String name;

                            public String name() {
                                return name;
                            }
                        }
                        """,
                "com.bench.catalog.ProductController", """
                        package com.bench.catalog;

                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.PathVariable;
                        import org.springframework.web.bind.annotation.PostMapping;
                        import org.springframework.web.bind.annotation.RequestMapping;
                        import org.springframework.web.bind.annotation.RestController;

                        @RestController
                        @RequestMapping("/products")
                        public class ProductController {
                            @GetMapping
                            public String list() {
                                return "[]";
                            }

                            @GetMapping("/{id}")
                            public String one(@PathVariable long id) {
                                return "{}";
                            }

                            @PostMapping
                            public String add(String body) {
                                return body;
                            }
                        }
                        """), stubClasses);
        Path migration = catalog.resolve("src/main/resources/db/migration/V1__products.sql");
        Files.createDirectories(migration.getParent());
        Files.writeString(migration, "CREATE TABLE products (\n    id BIGINT PRIMARY KEY,\n    name VARCHAR(200) NOT NULL\n);\n");

        Path node = root.resolve("node-2");
        JavaFixtures.compile(node.resolve("src/main/java"), node.resolve("target/classes"), Map.of(
                "com.bench.node2.ItemDesk", """
                        package com.bench.node2;

                        import com.bench.catalog.Product;

                        public class ItemDesk {
                            public String describe(Product product) {
                                return product.name();
                            }
                        }
                        """), stubClasses, catalog.resolve("target/classes"));
        return new Codebase(root, List.of(CodeModule.conventional("catalog", catalog),
                new CodeModule("node-2", node, "jar", List.of(node.resolve("src/main/java")),
                        List.of(node.resolve("target/classes")), List.of(node.resolve("src/main/resources")),
                        List.of("catalog"), java.util.Set.of(), node.resolve("pom.xml"))));
    }

    private static String annotation(String pkg, String name, String target, String body) {
        return "package " + pkg + ";\n\n@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                + "@java.lang.annotation.Target(java.lang.annotation.ElementType." + target + ")\n"
                + "public @interface " + name + " {\n    " + body + "\n}\n";
    }

}
