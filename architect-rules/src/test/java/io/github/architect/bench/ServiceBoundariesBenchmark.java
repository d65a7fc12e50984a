package io.github.architect.bench;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.architect.boundaries.ModuleClasses;
import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.Verifier;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Generates a project of 20 services and 10,000 classes with its architecture.md, then runs the
 * service boundary rule two ways on the same compiled classes: architect's check (import + mapping
 * + findings with source lines) and plain ArchUnit rules, one per service, listing the packages it
 * must not use. Not a test: run it with
 * {@code MAVEN_OPTS=-Xmx1g ./mvnw -q -o -pl architect-rules test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.github.architect.bench.ServiceBoundariesBenchmark}.
 */
public final class ServiceBoundariesBenchmark {

    static final String[] NAMES = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
            "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo", "sierra", "tango"};
    static final int CLASSES_PER_SERVICE = 500;
    static final int PACKAGES_PER_SERVICE = 10;
    static final int ROUNDS = 3;

    public static void main(String[] args) throws IOException {
        Path project = Path.of(args.length > 0 ? args[0] : "target/bench-boundaries").toAbsolutePath();
        Path classes = project.resolve("target/classes");
        if (!Files.isDirectory(classes.resolve("com/bench"))) {
            long start = System.nanoTime();
            generate(project);
            System.out.printf("generated and compiled %d classes in %.1f s%n", NAMES.length * CLASSES_PER_SERVICE,
                    (System.nanoTime() - start) / 1e9);
        }
        ArchitectureModel model = model(project.resolve("architecture.md"));
        CodeModule module = CodeModule.conventional("bench", project);
        Codebase codebase = Codebase.of(project, module);

        Supplier<Integer> architect = () -> {
            CheckContext context = new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of());
            long start = cpuNanos();
            ModuleClasses.of(context, module);
            System.out.printf("  (import %d ms, ", (cpuNanos() - start) / 1_000_000);
            start = cpuNanos();
            List<Violation> found = new Verifier(List.of(new ServiceBoundariesCheck()), SeverityPolicy.defaults())
                    .verifyModule(context, module);
            System.out.printf("check %d ms CPU) ", (cpuNanos() - start) / 1_000_000);
            return (int) found.stream().filter(v -> v.ruleId().equals("undeclared-dependency")).count();
        };
        Supplier<Integer> plainArchUnit = () -> {
            long start = cpuNanos();
            JavaClasses imported = ArchConfiguration.withThreadLocalScope(configuration -> {
                configuration.setResolveMissingDependenciesFromClassPath(false);
                return new ClassFileImporter().importPath(classes);
            });
            System.out.printf("  (import %d ms, ", (cpuNanos() - start) / 1_000_000);
            start = cpuNanos();
            int violations = 0;
            for (ArchRule rule : plainRules()) {
                EvaluationResult result = rule.evaluate(imported);
                violations += result.getFailureReport().getDetails().size();
            }
            System.out.printf("rules %d ms CPU) ", (cpuNanos() - start) / 1_000_000);
            return violations;
        };

        System.out.printf("machine: %d cores, java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        measure("warm-up architect", architect);
        measure("warm-up plain ArchUnit", plainArchUnit);
        List<long[]> ours = new ArrayList<>();
        List<long[]> theirs = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            ours.add(measure("architect check", architect));
            theirs.add(measure("plain ArchUnit", plainArchUnit));
        }
        System.out.printf("median: architect %d ms CPU, %d ms wall, peak heap %d MB; plain ArchUnit %d ms CPU, %d ms wall,"
                + " peak heap %d MB%n", median(ours, 0), median(ours, 2), median(ours, 1), median(theirs, 0),
                median(theirs, 2), median(theirs, 1));
    }

    /** The rule as a team would write it in plain ArchUnit: per service, the services it must not use. */
    static List<ArchRule> plainRules() {
        List<ArchRule> rules = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            List<String> forbidden = new ArrayList<>();
            for (int j = 0; j < NAMES.length; j++) {
                if (j != i && j != allowed(i)) {
                    forbidden.add("com.bench." + NAMES[j] + "..");
                }
            }
            rules.add(noClasses().that().resideInAPackage("com.bench." + NAMES[i] + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new)));
        }
        return rules;
    }

    private static long[] measure(String what, Supplier<Integer> run) {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = cpuNanos();
        int violations = run.get();
        long cpuMillis = (cpuNanos() - cpuStart) / 1_000_000;
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / (1024 * 1024);
        System.out.printf("%-24s %6d ms CPU  %6d ms wall  peak heap %5d MB  %d violations%n", what, cpuMillis, millis,
                peakMb, violations);
        return new long[] {cpuMillis, peakMb, millis};
    }

    /** CPU time of this thread: the machine is shared, so wall time says more about the neighbours than about us. */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long median(List<long[]> runs, int index) {
        long[] values = runs.stream().mapToLong(r -> r[index]).sorted().toArray();
        return values[values.length / 2];
    }

    /** Service i may use service i+1 only. */
    static int allowed(int service) {
        return (service + 1) % NAMES.length;
    }

    static String serviceName(int i) {
        return Character.toUpperCase(NAMES[i].charAt(0)) + NAMES[i].substring(1) + " Service";
    }

    /** The document as the parser reads it, or the same model built directly while the parser is not available. */
    static ArchitectureModel model(Path document) {
        try {
            ArchitectureModel parsed = new ArchitectureDocumentParser().parse(document).model();
            if (parsed.services().size() == NAMES.length) {
                return parsed;
            }
        } catch (UnsupportedOperationException parserNotYetAvailable) {
            // fall through
        }
        List<Service> services = new ArrayList<>();
        List<Dependency> dependencies = new ArrayList<>();
        for (int i = 0; i < NAMES.length; i++) {
            services.add(new Service(serviceName(i), Position.of(10 + 4 * i, 1)));
            dependencies.add(new Dependency(serviceName(i), serviceName(allowed(i)), Position.of(12 + 4 * i, 1)));
        }
        return ArchitectureModel.builder(document).services(services).dependencies(dependencies).build();
    }

    static void generate(Path project) throws IOException {
        Path sources = project.resolve("src/main/java");
        List<Path> files = new ArrayList<>();
        StringBuilder doc = new StringBuilder("# Bench Architecture\n\n## 1. Executive Summary\n\nSynthetic.\n\n"
                + "## 2. Architecture Overview\n\nTwenty services.\n\n## 3. Service Definitions\n\n");
        for (int i = 0; i < NAMES.length; i++) {
            doc.append("### ").append(serviceName(i)).append("\n\n**Dependencies:** ").append(serviceName(allowed(i)))
                    .append("\n\n");
        }
        doc.append("## 4. API Contracts\n\nNone.\n\n## 5. Data Schema\n\nNone.\n\n## 6. Technology Stack Rationale\n\n"
                + "- **Java**\n\n## 7. Key Considerations\n\nNone.\n");
        Files.createDirectories(project);
        Files.writeString(project.resolve("architecture.md"), doc);
        files.add(write(sources, "com.bench.shared", "Value", """
                package com.bench.shared;
                public record Value(int amount) {
                    public static int twice(int x) { return 2 * x; }
                }
                """));
        for (int i = 0; i < NAMES.length; i++) {
            for (int n = 0; n < CLASSES_PER_SERVICE; n++) {
                String pkg = "com.bench." + NAMES[i] + ".part" + (n % PACKAGES_PER_SERVICE);
                String peer = "com.bench." + NAMES[i] + ".part" + ((n + 1) % PACKAGES_PER_SERVICE) + ".C" + ((n + 1) % CLASSES_PER_SERVICE);
                String next = "com.bench." + NAMES[allowed(i)] + ".part" + (n % PACKAGES_PER_SERVICE) + ".C" + n;
                // every 50th class also uses a service it may not use
                String undeclared = n % 50 == 0
                        ? "        return com.bench." + NAMES[(i + 2) % NAMES.length] + ".part0.C0.twice(x);\n"
                        : "        return x;\n";
                files.add(write(sources, pkg, "C" + n, "package " + pkg + ";\n"
                        + "import java.util.List;\n"
                        + "import com.bench.shared.Value;\n"
                        + "public class C" + n + " {\n"
                        + "    private " + peer + " peer;\n"
                        + "    private List<Value> values;\n"
                        + "    public int run(int x) {\n"
                        + "        if (peer != null) { return peer.run(x - 1) + Value.twice(x); }\n"
                        + "        " + next + " other = new " + next + "();\n"
                        + "        return other.hashCode();\n"
                        + "    }\n"
                        + "    public static int twice(int x) {\n"
                        + undeclared
                        + "    }\n"
                        + "}\n"));
            }
        }
        Path output = project.resolve("target/classes");
        Files.createDirectories(output);
        List<String> arguments = new ArrayList<>(List.of("-d", output.toString(), "-g", "-proc:none", "-nowarn",
                "-implicit:none", "--release", "17"));
        files.forEach(f -> arguments.add(f.toString()));
        Path argFile = project.resolve("javac.args");
        Files.write(argFile, arguments.stream().map(a -> "\"" + a.replace("\\", "\\\\") + "\"").toList());
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler.run(null, null, null, "@" + argFile) != 0) {
            throw new IllegalStateException("generated sources do not compile");
        }
    }

    private static Path write(Path root, String pkg, String simpleName, String text) throws IOException {
        Path file = root.resolve(pkg.replace('.', '/')).resolve(simpleName + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }
}
