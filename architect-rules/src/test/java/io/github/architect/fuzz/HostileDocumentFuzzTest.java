package io.github.architect.fuzz;

import io.github.architect.fixtures.SharedCorpus;
import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.DocumentRules;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.report.Report;
import io.github.architect.report.ReportFormat;
import io.github.architect.report.ReportWriter;
import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mutants of examples/architecture.md and of every document in {@code ../shared/corpus} (when that
 * folder is there) go through what verify does, in process: document reading, service mapping,
 * every check on every module of a small compiled build ({@link ShopFixture}) and on the build, and
 * the diagram's used edges; every tenth also through every report format. Each must end in a model
 * and findings within {@link #LIMIT_MILLIS} of CPU time: never an exception, never "could not
 * understand". Nesting stays within {@link DocumentMutator#MAX_DEPTH}: deeper input is the reader's
 * concern (capped there), and this test is about what the checks do with whatever the reader accepts.
 * The mutants come from a fixed seed ({@code -Darchitect.fuzz.seed} for others,
 * {@code -Darchitect.fuzz.mutants} for more); a failing one is saved under target/fuzz-failures.
 */
class HostileDocumentFuzzTest {

    /**
     * CPU time of the thread reading and checking one mutant: the work a document costs, which wall
     * time on a loaded machine (a CI runner, parallel builds) does not measure.
     */
    static final long LIMIT_MILLIS = 2_000;
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final int MUTANTS = Integer.getInteger("architect.fuzz.mutants", 2_000);
    private static final long SEED = Long.getLong("architect.fuzz.seed", 20261127L);
    private static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

    @TempDir
    static Path temp;

    private static Codebase codebase;
    private static Path project;
    /** Per-file scan results kept across mutants, as in a warm re-run: the code never changes here. */
    private static final ScanCache SCANS = ScanCache.disabled();

    @BeforeAll
    static void writeBuild() {
        project = temp.resolve("shop");
        codebase = ShopFixture.write(project, temp.resolve("stubs"));
    }

    @Test
    void theExampleVerifiesOnTheFixtureAsOnExamplesAndDriftIsFound() throws IOException {
        String example = originals().get("examples/architecture.md");
        assertThat(verify(example.getBytes(StandardCharsets.UTF_8), "example", true, new ConcurrentHashMap<>()))
                .filteredOn(v -> v.severity() == io.github.architect.check.Severity.ERROR).isEmpty();

        String withoutDependencies = example.replace("- **Dependencies:** Catalog Service (prices), Inventory Service (stock reservations)", "")
                .replace("orders[Order Service] --> catalog[Catalog Service]", "").replace("orders --> inventory[Inventory Service]", "");
        assertThat(verify(withoutDependencies.getBytes(StandardCharsets.UTF_8), "drift", false, new ConcurrentHashMap<>()))
                .filteredOn(v -> v.ruleId().equals("undeclared-dependency"))
                .extracting(v -> v.location().file().getFileName().toString())
                .containsOnly("OrderDesk.java");
    }

    @Test
    void everyMutantEndsInAModelAndFindingsWithinTheLimit() throws Exception {
        Map<String, String> originals = originals();
        List<String> names = new ArrayList<>(originals.keySet());
        // every original once, untimed, so that the limit measures the documents and not class loading
        for (String name : names) {
            verify(originals.get(name).getBytes(StandardCharsets.UTF_8), "warm-up", true, new ConcurrentHashMap<>());
        }
        DocumentMutator mutator = new DocumentMutator(SEED);
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Set<String> rules = ConcurrentHashMap.newKeySet();
        AtomicLong slowest = new AtomicLong();
        AtomicLong totalCpu = new AtomicLong();
        Map<String, AtomicLong> reached = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < MUTANTS; i++) {
                String name = names.get(i % names.size());
                DocumentMutator.Mutant mutant = mutator.mutate(originals.get(name));
                String what = name + " mutant " + i + " (seed " + SEED + "): " + mutant.description();
                String id = name.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + i;
                boolean reports = i % 10 == 0;
                runs.add(pool.submit(() -> {
                    long began = CPU.getCurrentThreadCpuTime();
                    try {
                        List<Violation> findings = verify(mutant.bytes(), id, reports, reached);
                        findings.forEach(v -> rules.add(v.ruleId()));
                        findings.stream().filter(v -> v.message().contains("could not understand")).findFirst()
                                .ifPresent(v -> failures.add(save(id, mutant, what + "\n    " + v.message())));
                    } catch (Throwable e) {
                        failures.add(save(id, mutant, what + "\n" + stackTop(e)));
                    }
                    long millis = (CPU.getCurrentThreadCpuTime() - began) / 1_000_000;
                    slowest.accumulateAndGet(millis, Math::max);
                    totalCpu.addAndGet(millis);
                    if (millis > LIMIT_MILLIS) {
                        failures.add(save(id, mutant, what + "\n    took " + millis + " ms of CPU"));
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("fuzz: %d mutants of %d documents on %d threads in %d ms (%d ms of CPU), slowest %d ms of CPU;"
                        + " models checked with %s; rules found: %s%n", MUTANTS, names.size(), THREADS,
                (System.nanoTime() - start) / 1_000_000, totalCpu.get(), slowest.get(), new java.util.TreeMap<>(reached),
                rules.stream().sorted().toList());
        assertThat(failures).as("mutants that crashed, were not understood or took over " + LIMIT_MILLIS + " ms"
                + " (saved under target/fuzz-failures)").isEmpty();
        // the mutants reached every check, not only the reader
        assertThat(rules).contains("undeclared-dependency", "endpoint-not-implemented", "undeclared-table", "doc-yaml");
        // and the checks saw what crashed them in issue 17
        assertThat(reached).containsKeys(NAME_WITHOUT_ASCII, NAME_WITHOUT_LETTER, UNBALANCED_PATH);
    }

    private static final String NAME_WITHOUT_ASCII = "a service named without an ASCII letter or digit";
    private static final String NAME_WITHOUT_LETTER = "a service named without any letter or digit";
    private static final String UNBALANCED_PATH = "an endpoint path with an unbalanced brace";

    /**
     * What verify does with one document: read it, check every module and the build, render the
     * reports; {@code reached} counts the models that hold what issue 17 found crashing the checks.
     */
    private static List<Violation> verify(byte[] document, String id, boolean reports, Map<String, AtomicLong> reached)
            throws IOException {
        Path file = project.resolve("architecture-" + id + ".md");
        Files.write(file, document);
        try {
            ParsedDocument parsed = new ArchitectureDocumentParser().parse(file);
            assertThat(parsed.model()).isNotNull();
            ArchitectureModel model = parsed.model();
            if (model.services().stream().anyMatch(s -> !s.name().matches("(?s).*[A-Za-z0-9].*"))) {
                reached.computeIfAbsent(NAME_WITHOUT_ASCII, k -> new AtomicLong()).incrementAndGet();
            }
            if (model.services().stream().anyMatch(s -> !s.name().matches("(?s).*[\\p{L}\\p{N}].*"))) {
                reached.computeIfAbsent(NAME_WITHOUT_LETTER, k -> new AtomicLong()).incrementAndGet();
            }
            // the reader reports such a path at its line and leaves it out; a model holding one reaches the checks
            if (parsed.findings().stream().anyMatch(f -> f.ruleId().equals("doc-endpoint-path"))
                    || model.endpoints().stream().anyMatch(e -> e.path().chars().filter(c -> c == '{').count()
                    != e.path().chars().filter(c -> c == '}').count())) {
                reached.computeIfAbsent(UNBALANCED_PATH, k -> new AtomicLong()).incrementAndGet();
            }
            ServiceMapping mapping = ServiceMapper.map(parsed.model(), codebase);
            CheckContext context = new CheckContext(parsed.model(), codebase, mapping, Map.of(), SCANS);
            Verifier verifier = new Verifier(StandardChecks.all(), SeverityPolicy.defaults());
            List<Violation> findings = new ArrayList<>(verifier.applyPolicy(parsed.findings()));
            List<ServiceEdge> used = new ArrayList<>();
            for (CodeModule module : codebase.modules()) {
                findings.addAll(verifier.verifyModule(context, module));
                if (module.holdsCode()) {
                    used.addAll(ServiceBoundariesCheck.usedServiceEdges(context, module));
                }
            }
            findings.addAll(verifier.verifyBuild(context));
            mapping.describe();
            if (reports) {
                List<Rule> rules = new ArrayList<>(DocumentRules.all());
                rules.addAll(verifier.rules());
                Report report = new Report("fuzz", parsed.model(), rules, findings, project, used);
                for (ReportFormat format : ReportFormat.values()) {
                    assertThat(ReportWriter.render(report, format)).isNotEmpty();
                }
            }
            return findings;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Map<String, String> originals() throws IOException {
        Map<String, String> originals = new LinkedHashMap<>();
        Path example = Path.of("").toAbsolutePath().resolveSibling("examples").resolve("architecture.md");
        originals.put("examples/architecture.md", Files.readString(example));
        Optional<Path> corpus = corpus();
        if (corpus.isPresent()) {
            try (Stream<Path> files = Files.list(corpus.get())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                    if (!file.getFileName().toString().equals("README.md")) {
                        originals.put("corpus/" + file.getFileName(), Files.readString(file));
                    }
                }
            }
        }
        return originals;
    }

    private static Optional<Path> corpus() {
        return SharedCorpus.directory();
    }

    /** Keeps the failing mutant to be read again; returns the failure's description. */
    private static String save(String id, DocumentMutator.Mutant mutant, String failure) {
        try {
            Path dir = Path.of("target", "fuzz-failures");
            Files.createDirectories(dir);
            Files.write(dir.resolve(id + ".md"), mutant.bytes());
        } catch (IOException e) {
            return failure + "\n    (could not save the mutant: " + e + ")";
        }
        return failure;
    }

    private static String stackTop(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return String.join("\n", text.toString().lines().limit(12).map(l -> "    " + l).toList());
    }
}
