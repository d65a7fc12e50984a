package io.github.architect.bench;

import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.DocumentCache;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.engine.IncrementalVerifier;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.mapping.ServiceMapper;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What {@code architect:verify} costs on a generated multi-module build when run again: the same
 * engine path the mojo takes ({@link IncrementalVerifier} over {@link StandardChecks}: document parse,
 * service mapping, boundaries on compiled classes, endpoints, schema), each run in a fresh context
 * as a new Maven invocation would be. Compares a full run without cache, an unchanged re-run, and a
 * re-run after one controller was edited (and recompiled), and counts the files each scanner parsed.
 * Not a test; run it with exec:java (see docs/performance.md).
 */
public final class IncrementalVerifyBenchmark {

    static final String[] NAMES = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            "india", "juliet"};
    static final int CLASSES = 400;
    static final int CONTROLLERS = 20;
    static final int ENTITIES = 20;

    private IncrementalVerifyBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("--run")) {
            runInThisJvm(Path.of(args[2]), args[1].equals("cached"));
            return;
        }
        Path project = Path.of(args.length > 0 ? args[0] : "target/bench-incremental").toAbsolutePath();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        if (!Files.isRegularFile(project.resolve("architecture.md"))) {
            long start = System.nanoTime();
            generate(project);
            System.out.printf("generated and compiled %d modules in %.1f s%n", NAMES.length,
                    (System.nanoTime() - start) / 1e9);
        }
        long files;
        try (Stream<Path> walk = Files.walk(project)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).count();
        }
        System.out.printf("machine: %d cores, java %s; %d modules, %d Java files%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), NAMES.length, files);
        Path edited = project.resolve("charlie/src/main/java/com/bench/charlie/web/Controller7.java");
        String original = Files.readString(edited);
        try {
            if (System.getProperty("java.class.path").contains("test-classes")) {
                measure("fresh JVM per run, as each mvn verify is", rounds, project, edited, original,
                        IncrementalVerifyBenchmark::forked);
            } else {
                System.out.println("(run through exec:exec, as docs/performance.md shows, to measure fresh JVMs too)");
            }
            measure("one warm JVM, as in an IDE or mvnd", rounds, project, edited, original,
                    IncrementalVerifyBenchmark::inProcess);
        } finally {
            Files.writeString(edited, original);
            compile(project, edited);
        }
    }

    /** What one verify run gave: its time, the files each scanner parsed, and a digest of its findings. */
    record Outcome(long nanos, Map<String, Integer> parsed, String findings) {
    }

    interface Runner {
        Outcome run(Path project, boolean cache) throws IOException, InterruptedException;
    }

    private static void measure(String label, int rounds, Path project, Path edited, String original, Runner runner)
            throws IOException, InterruptedException {
        System.out.println(label + ":");
        long[] full = new long[rounds];
        long[] fill = new long[rounds];
        long[] unchanged = new long[rounds];
        long[] oneFile = new long[rounds];
        Outcome[] last = new Outcome[4];
        for (int round = 0; round < rounds; round++) {
            deleteTree(project.resolve("target/architect"));
            for (String name : NAMES) {
                deleteTree(project.resolve(name).resolve("target/architect"));
            }
            Files.writeString(edited, original);
            compile(project, edited);

            Outcome uncached = runner.run(project, false);
            Outcome filling = runner.run(project, true);
            Outcome again = runner.run(project, true);
            if (!again.findings().equals(uncached.findings()) || !filling.findings().equals(uncached.findings())) {
                throw new IllegalStateException("a cached run did not give the same findings as a full run");
            }
            Files.writeString(edited, original.replace("\"/items7\"", "\"/items7-renamed\""));
            compile(project, edited);
            Outcome afterEdit = runner.run(project, true);
            Outcome reference = runner.run(project, false);
            if (!afterEdit.findings().equals(reference.findings())) {
                throw new IllegalStateException("after an edit the cached run differs from a full run");
            }
            if (afterEdit.findings().equals(again.findings())) {
                throw new IllegalStateException("the edit (a renamed endpoint) changed no finding");
            }
            full[round] = uncached.nanos();
            fill[round] = filling.nanos();
            unchanged[round] = again.nanos();
            oneFile[round] = afterEdit.nanos();
            last = new Outcome[] {uncached, filling, again, afterEdit};
            System.out.printf("  round %d: full %d ms, filling the cache %d ms, unchanged %d ms, one file %d ms%n",
                    round + 1, full[round] / 1_000_000, fill[round] / 1_000_000, unchanged[round] / 1_000_000,
                    oneFile[round] / 1_000_000);
        }
        double fullMs = median(full) / 1e6;
        System.out.printf("  full run, no cache:     %6.0f ms          files parsed %s%n", fullMs, last[0].parsed());
        System.out.printf("  run filling the cache:  %6.0f ms  %5.1f %%%n", median(fill) / 1e6, 100 * median(fill) / 1e6 / fullMs);
        System.out.printf("  unchanged re-run:       %6.0f ms  %5.1f %%  files parsed %s%n", median(unchanged) / 1e6,
                100 * median(unchanged) / 1e6 / fullMs, last[2].parsed());
        System.out.printf("  one controller edited:  %6.0f ms  %5.1f %%  files parsed %s%n", median(oneFile) / 1e6,
                100 * median(oneFile) / 1e6 / fullMs, last[3].parsed());
    }

    private static Outcome inProcess(Path project, boolean cache) {
        Run run = new Run(project, codebase(project), cache);
        long start = System.nanoTime();
        List<Violation> findings = run.verify();
        return new Outcome(System.nanoTime() - start, run.parsed(), digest(findings));
    }

    /** The same run in a new JVM: cold JIT, nothing shared but the files, like a new Maven invocation. */
    private static Outcome forked(Path project, boolean cache) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IncrementalVerifyBenchmark.class.getName(), "--run",
                cache ? "cached" : "uncached", project.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the forked run failed: " + output);
        }
        String result = output.lines().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no result from the forked run: " + output));
        String[] parts = result.split(" ", 4);
        Map<String, Integer> parsed = new java.util.TreeMap<>();
        for (String entry : parts[3].replaceAll("[{} ]", "").split(",")) {
            if (!entry.isEmpty()) {
                parsed.put(entry.substring(0, entry.indexOf('=')), Integer.parseInt(entry.substring(entry.indexOf('=') + 1)));
            }
        }
        return new Outcome(Long.parseLong(parts[1]), parsed, parts[2]);
    }

    private static void runInThisJvm(Path project, boolean cache) {
        Outcome outcome = inProcess(project, cache);
        System.out.println("RESULT " + outcome.nanos() + " " + outcome.findings() + " " + outcome.parsed());
    }

    private static Codebase codebase(Path project) {
        return new Codebase(project, Arrays.stream(NAMES).map(n -> CodeModule.conventional(n, project.resolve(n))).toList());
    }

    private static String digest(List<Violation> findings) {
        return Integer.toHexString(findings.stream().map(Violation::toString).sorted().toList().hashCode())
                + "/" + findings.size();
    }

    /** One "mvn verify": a fresh document parse, context and caches over the same directories. */
    private static final class Run {
        private final Path project;
        private final Codebase codebase;
        private final boolean cache;
        private ScanCache scanCache;

        Run(Path project, Codebase codebase, boolean cache) {
            this.project = project;
            this.codebase = codebase;
            this.cache = cache;
        }

        List<Violation> verify() {
            Path document = project.resolve("architecture.md");
            long t0 = System.nanoTime();
            scanCache = cache ? ScanCache.in(project.resolve("target/architect/cache/scan"), "bench")
                    : ScanCache.disabled();
            // as VerificationSession.open does
            ParsedDocument parsed = DocumentCache.parse(document, scanCache, new ArchitectureDocumentParser());
            long t1 = System.nanoTime();
            CheckContext context = new CheckContext(parsed.model(), codebase,
                    ServiceMapper.map(parsed.model(), codebase), Map.of(), scanCache);
            Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.defaults());
            long t2 = System.nanoTime();
            if (System.getProperty("bench.trace") != null) {
                System.out.printf("    parse %d ms, mapping %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            }
            List<Violation> found = new ArrayList<>();
            if (cache) {
                IncrementalVerifier incremental = new IncrementalVerifier(verifier, context, document, "bench", m -> { });
                for (CodeModule module : codebase.modules()) {
                    long m0 = System.nanoTime();
                    found.addAll(incremental.verifyModule(module, module.baseDirectory().resolve("target/architect/cache"))
                            .findings());
                    if (System.getProperty("bench.trace") != null) {
                        System.out.printf("    %s %d ms%n", module.artifactId(), (System.nanoTime() - m0) / 1_000_000);
                    }
                }
                found.addAll(incremental.verifyBuild(project.resolve("target/architect/cache/build.json")).findings());
            } else {
                Map<String, Long> perCheck = new java.util.TreeMap<>();
                for (CodeModule module : codebase.modules()) {
                    for (io.github.architect.check.Check check : verifier.checks()) {
                        long c0 = System.nanoTime();
                        found.addAll(verifier.verifyModule(context, module, List.of(check)));
                        perCheck.merge(check.getClass().getSimpleName(), System.nanoTime() - c0, Long::sum);
                    }
                }
                long b0 = System.nanoTime();
                found.addAll(verifier.verifyBuild(context));
                perCheck.put("(build)", System.nanoTime() - b0);
                if (System.getProperty("bench.trace") != null) {
                    perCheck.forEach((name, nanos) -> System.out.printf("    %s %d ms%n", name, nanos / 1_000_000));
                }
            }
            return found;
        }

        Map<String, Integer> parsed() {
            return scanCache.computedCounts();
        }
    }

    static void generate(Path project) throws IOException {
        StringBuilder doc = new StringBuilder("# Bench Architecture\n\n## 1. Executive Summary\n\nSynthetic.\n\n"
                + "## 2. Architecture Overview\n\nTen services, one module each.\n\n## 3. Service Definitions\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            doc.append("### ").append(service(i)).append("\n\nModule: `").append(NAMES[i])
                    .append("`\n\n**Dependencies:** ").append(service((i + 1) % NAMES.length)).append("\n\n");
        }
        doc.append("## 4. API Contracts\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            doc.append("### ").append(service(i)).append("\n\n");
            for (int c = 0; c < CONTROLLERS; c++) {
                doc.append("- `GET /").append(NAMES[i]).append("/items").append(c).append("`\n");
            }
            doc.append("\n");
        }
        doc.append("## 5. Data Schema\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            doc.append("### ").append(service(i)).append("\n\n```sql\n").append(ddl(i)).append("```\n\n");
        }
        doc.append("## 6. Technology Stack Rationale\n\n- **Java 17**\n- **Spring Boot**\n- **PostgreSQL**\n\n"
                + "## 7. Key Considerations\n\nNone.\n");
        Files.createDirectories(project);
        Files.writeString(project.resolve("architecture.md"), doc);

        List<Path> sources = new ArrayList<>();
        Path stubs = project.resolve("stubs");
        sources.add(write(stubs, "org.springframework.web.bind.annotation", "RestController",
                "package org.springframework.web.bind.annotation;\npublic @interface RestController {}\n"));
        sources.add(write(stubs, "org.springframework.web.bind.annotation", "RequestMapping",
                "package org.springframework.web.bind.annotation;\npublic @interface RequestMapping { String[] value() default {}; }\n"));
        sources.add(write(stubs, "org.springframework.web.bind.annotation", "GetMapping",
                "package org.springframework.web.bind.annotation;\npublic @interface GetMapping { String[] value() default {}; }\n"));
        for (String annotation : List.of("Entity", "Id")) {
            sources.add(write(stubs, "jakarta.persistence", annotation,
                    "package jakarta.persistence;\npublic @interface " + annotation + " {}\n"));
        }
        sources.add(write(stubs, "jakarta.persistence", "Table",
                "package jakarta.persistence;\npublic @interface Table { String name() default \"\"; }\n"));
        sources.add(write(stubs, "jakarta.persistence", "Column",
                "package jakarta.persistence;\npublic @interface Column { String name() default \"\"; }\n"));
        for (int i = 0; i < NAMES.length; i++) {
            String name = NAMES[i];
            Path src = project.resolve(name).resolve("src/main/java");
            Files.createDirectories(project.resolve(name).resolve("src/main/resources/db/migration"));
            Files.writeString(project.resolve(name).resolve("src/main/resources/db/migration/V1__init.sql"), ddl(i));
            for (int c = 0; c < CONTROLLERS; c++) {
                sources.add(write(src, "com.bench." + name + ".web", "Controller" + c, """
                        package com.bench.%1$s.web;

                        import org.springframework.web.bind.annotation.GetMapping;
                        import org.springframework.web.bind.annotation.RequestMapping;
                        import org.springframework.web.bind.annotation.RestController;

                        @RestController
                        @RequestMapping("/%1$s")
                        public class Controller%2$d {
                            @GetMapping("/items%2$d")
                            public String items() {
                                return com.bench.%1$s.core.C%2$d.describe();
                            }
                        %3$s}
                        """.formatted(name, c, body())));
            }
            for (int e = 0; e < ENTITIES; e++) {
                sources.add(write(src, "com.bench." + name + ".data", "Entity" + e, """
                        package com.bench.%1$s.data;

                        import jakarta.persistence.Column;
                        import jakarta.persistence.Entity;
                        import jakarta.persistence.Id;
                        import jakarta.persistence.Table;

                        @Entity
                        @Table(name = "%1$s_t%2$d")
                        public class Entity%2$d {
                            @Id
                            private Long id;
                            @Column(name = "name")
                            private String name;
                        %3$s}
                        """.formatted(name, e, body())));
            }
            String next = NAMES[(i + 1) % NAMES.length];
            String undeclared = NAMES[(i + 2) % NAMES.length];
            for (int n = 0; n < CLASSES; n++) {
                String call = n % 100 == 0 ? "com.bench." + undeclared + ".core.C" + n + ".describe()"
                        : "com.bench." + next + ".core.C" + n + ".describe()";
                sources.add(write(src, "com.bench." + name + ".core", "C" + n, """
                        package com.bench.%1$s.core;

                        import java.util.List;

                        public class C%2$d {
                            private List<String> names;
                            public static String describe() {
                                return "C%2$d";
                            }
                            public String callOther() {
                                return %3$s;
                            }
                        %4$s}
                        """.formatted(name, n, call, body())));
            }
        }
        compileAll(project, sources);
    }

    /** javac into each module's target/classes, as a reactor build would. */
    private static void compileAll(Path project, List<Path> sources) throws IOException {
        Path all = project.resolve("target/all-classes");
        javac(project, all, project.resolve("target/all-classes"), sources);
        for (String name : NAMES) {
            Path classes = project.resolve(name).resolve("target/classes");
            Path compiled = all.resolve("com/bench").resolve(name);
            try (Stream<Path> walk = Files.walk(compiled)) {
                for (Path file : walk.filter(Files::isRegularFile).toList()) {
                    Path target = classes.resolve(all.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Recompiles one source against everything compiled, into its module's classes. */
    private static void compile(Path project, Path source) throws IOException {
        String module = project.relativize(source).getName(0).toString();
        javac(project, project.resolve(module).resolve("target/classes"), project.resolve("target/all-classes"),
                List.of(source));
    }

    private static void javac(Path project, Path output, Path classpath, List<Path> sources) throws IOException {
        Files.createDirectories(output);
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-cp", classpath.toString(), "-g",
                "-proc:none", "-nowarn", "-implicit:none", "--release", "17"));
        sources.forEach(f -> arguments.add(f.toString()));
        Path argFile = project.resolve("target/javac.args");
        Files.createDirectories(argFile.getParent());
        Files.write(argFile, arguments.stream().map(a -> "\"" + a.replace("\\", "\\\\") + "\"").toList());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, "@" + argFile) != 0) {
            throw new IllegalStateException("generated sources do not compile");
        }
    }

    /** Method bodies of a size real classes have (about 80 lines a file): what parsing and importing cost. */
    private static String body() {
        StringBuilder body = new StringBuilder();
        for (int m = 0; m < 8; m++) {
            body.append("    public int compute").append(m).append("(java.util.List<Integer> values, int limit) {\n")
                    .append("        int total = 0;\n")
                    .append("        for (int i = 0; i < values.size() && i < limit; i++) {\n")
                    .append("            int v = values.get(i);\n")
                    .append("            if (v % ").append(m + 2).append(" == 0) {\n")
                    .append("                total += v * ").append(m + 1).append(";\n")
                    .append("            } else {\n")
                    .append("                total -= Math.max(v, ").append(m).append(");\n")
                    .append("            }\n")
                    .append("        }\n")
                    .append("        return total;\n")
                    .append("    }\n");
        }
        return body.toString();
    }

    private static String ddl(int service) {
        StringBuilder sql = new StringBuilder();
        for (int e = 0; e < ENTITIES; e++) {
            sql.append("CREATE TABLE ").append(NAMES[service]).append("_t").append(e)
                    .append(" (id BIGINT PRIMARY KEY, name VARCHAR(100));\n");
        }
        return sql.toString();
    }

    private static String service(int i) {
        return Character.toUpperCase(NAMES[i].charAt(0)) + NAMES[i].substring(1) + " Service";
    }

    private static Path write(Path root, String pkg, String simpleName, String text) throws IOException {
        Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static double median(long[] values) {
        long[] measured = values.length > 1 ? Arrays.copyOfRange(values, 1, values.length) : values.clone();
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
