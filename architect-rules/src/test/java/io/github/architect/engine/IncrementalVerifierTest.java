package io.github.architect.engine;

import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.check.ServiceEdge;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs two stand-in checks through the cache the way consecutive {@code mvn verify} runs do: each
 * "run" gets a fresh context, verifier and scan cache over the same directories.
 */
class IncrementalVerifierTest {

    private static final Rule FILE_RULE = new Rule("file-seen", Severity.ERROR, "t", "d", "h");
    private static final Rule CLASS_RULE = new Rule("class-seen", Severity.ERROR, "t", "d", "h");

    /** Reads every source of the build through the scan cache, like the endpoint and schema scanners. */
    static final class SourceScanningCheck implements Check {
        final AtomicInteger modulesChecked = new AtomicInteger();
        FileResultCache<Declared> lastCache;

        record Declared(String firstLine) {
        }

        @Override
        public List<Rule> rules() {
            return List.of(FILE_RULE);
        }

        @Override
        public List<Violation> checkModule(CheckContext context, CodeModule module) {
            modulesChecked.incrementAndGet();
            ScanCache scanCache = context.scanCache();
            lastCache = scanCache.results("declared", Declared.class);
            List<Violation> found = new ArrayList<>();
            for (Path file : files(module.sourceRoots().get(0))) {
                Declared declared = lastCache.get(file, scanCache.sha256(file), f -> new Declared(firstLine(f)));
                found.add(Violation.builder(FILE_RULE).at(Location.of(file, 1, 1)).message(declared.firstLine()).build());
            }
            return found;
        }
    }

    /** Reads only the module's own classes, like the boundaries check. */
    static final class ModuleLocalCheck implements Check {
        final AtomicInteger modulesChecked = new AtomicInteger();
        final AtomicInteger edgesAsked = new AtomicInteger();

        @Override
        public Optional<java.util.Set<ServiceEdge>> usedEdges(CheckContext context, CodeModule module) {
            edgesAsked.incrementAndGet();
            return Optional.of(java.util.Set.of(new ServiceEdge(module.artifactId(), "Catalog")));
        }

        @Override
        public List<Rule> rules() {
            return List.of(CLASS_RULE);
        }

        @Override
        public Optional<List<Path>> moduleInputs(CheckContext context, CodeModule module) {
            return Optional.of(module.classesDirectories());
        }

        @Override
        public List<Violation> checkModule(CheckContext context, CodeModule module) {
            modulesChecked.incrementAndGet();
            return files(module.classesDirectories().get(0)).stream()
                    .map(f -> Violation.builder(CLASS_RULE).at(Location.of(f, 1, 1)).message(firstLine(f)).build())
                    .toList();
        }
    }

    @TempDir
    Path root;

    private Path document;
    private CodeModule orders;
    private CodeModule catalog;
    private final List<String> debug = new ArrayList<>();

    record Run(SourceScanningCheck sources, ModuleLocalCheck local, IncrementalVerifier verifier) {
    }

    @BeforeEach
    void writeBuild() throws IOException {
        document = Files.writeString(root.resolve("architecture.md"), "# Architecture\n");
        orders = CodeModule.conventional("orders", root.resolve("orders"));
        catalog = CodeModule.conventional("catalog", root.resolve("catalog"));
        write(orders, "src/main/java/Order.java", "class Order {}");
        write(orders, "target/classes/Order.class", "orders bytecode");
        write(catalog, "src/main/java/Item.java", "class Item {}");
        write(catalog, "target/classes/Item.class", "catalog bytecode");
    }

    private Run newRun() {
        ArchitectureModel model = new ArchitectureDocumentParser().parse(document).model();
        Codebase codebase = Codebase.of(root, orders, catalog);
        CheckContext context = new CheckContext(model, codebase, ServiceMap.none(), Map.of(),
                ScanCache.in(root.resolve("target/architect/cache/scan"), "1.0"));
        SourceScanningCheck sources = new SourceScanningCheck();
        ModuleLocalCheck local = new ModuleLocalCheck();
        Verifier verifier = new Verifier(List.of(sources, local), SeverityPolicy.defaults());
        return new Run(sources, local, new IncrementalVerifier(verifier, context, document, "1.0", debug::add));
    }

    private List<Violation> verifyAll(Run run) {
        List<Violation> all = new ArrayList<>();
        for (CodeModule module : List.of(orders, catalog)) {
            all.addAll(run.verifier().verifyModule(module, module.baseDirectory().resolve("target/architect/cache"))
                    .findings());
        }
        return all;
    }

    @Test
    void anUnchangedRerunRunsNoCheckAndGivesTheSameFindings() {
        List<Violation> first = verifyAll(newRun());

        Run second = newRun();
        IncrementalVerifier.Outcome outcome = second.verifier().verifyModule(orders,
                orders.baseDirectory().resolve("target/architect/cache"));

        assertThat(outcome.fromCache()).isTrue();
        assertThat(second.sources().modulesChecked).hasValue(0);
        assertThat(second.local().modulesChecked).hasValue(0);
        assertThat(verifyAll(second)).isEqualTo(first);
        assertThat(debug).anyMatch(line -> line.startsWith("orders unchanged since the last run"));
    }

    @Test
    void aModuleServedFromTheCacheKnowsTheServiceEdgesItsCodeUsesAsTheFullRunDid() {
        Path cache = orders.baseDirectory().resolve("target/architect/cache");
        IncrementalVerifier.Outcome full = newRun().verifier().verifyModule(orders, cache);

        Run second = newRun();
        IncrementalVerifier.Outcome cached = second.verifier().verifyModule(orders, cache);

        assertThat(full.usedEdges()).containsExactly(new ServiceEdge("orders", "Catalog"));
        assertThat(cached.fromCache()).isTrue();
        assertThat(second.local().edgesAsked).hasValue(0);
        assertThat(cached.usedEdges()).isEqualTo(full.usedEdges());
    }

    @Test
    void aSourceChangeInOneModuleReparsesThatFileOnlyAndLeavesOtherModulesLocalChecksAlone() throws IOException {
        verifyAll(newRun());
        write(catalog, "src/main/java/Item.java", "class Article {}");

        Run second = newRun();
        List<Violation> findings = verifyAll(second);

        // every module's source-wide check runs again, but only the edited file is read again
        assertThat(second.sources().modulesChecked).hasValue(2);
        assertThat(second.sources().lastCache.computedCount()).isEqualTo(1);
        // a check of the module's own files runs for no module: no class file changed
        assertThat(second.local().modulesChecked).hasValue(0);
        assertThat(findings).extracting(Violation::message).contains("class Article {}", "class Order {}")
                .doesNotContain("class Item {}");
    }

    @Test
    void aClassChangeRunsTheModuleLocalCheckOfThatModuleOnly() throws IOException {
        verifyAll(newRun());
        write(catalog, "target/classes/Item.class", "catalog bytecode, recompiled");

        Run second = newRun();
        IncrementalVerifier.Outcome ordersOutcome = second.verifier().verifyModule(orders,
                orders.baseDirectory().resolve("target/architect/cache"));
        IncrementalVerifier.Outcome catalogOutcome = second.verifier().verifyModule(catalog,
                catalog.baseDirectory().resolve("target/architect/cache"));

        assertThat(ordersOutcome.ran(ModuleLocalCheck.class)).isFalse();
        assertThat(catalogOutcome.ran(ModuleLocalCheck.class)).isTrue();
        assertThat(catalogOutcome.findings()).extracting(Violation::message).contains("catalog bytecode, recompiled");
    }

    @Test
    void aClassAddedToAnotherModuleRunsModuleLocalChecksAgainBecauseItMovesCodeBetweenServices() throws IOException {
        verifyAll(newRun());
        write(catalog, "target/classes/Price.class", "new class");

        Run second = newRun();
        verifyAll(second);

        assertThat(second.local().modulesChecked).hasValue(2);
    }

    @Test
    void resultsOfFilesNotLookedAtSurviveAndThoseOfChangedFilesGo() throws IOException {
        verifyAll(newRun());
        write(orders, "src/main/java/Order.java", "class Purchase {}");
        verifyAll(newRun());
        write(orders, "src/main/java/Order.java", "class Order {}");

        Run third = newRun();
        verifyAll(third);

        // the original content was computed two runs ago and dropped when it changed: computed again
        assertThat(third.sources().lastCache.computedCount()).isEqualTo(1);
    }

    @Test
    void aChangedLinkedFileOutsideTheSourcesIsAMiss() throws IOException {
        Path contract = Files.writeString(root.resolve("openapi.yaml"), "openapi: 3.0.0\n");
        Check linking = new Check() {
            @Override
            public List<Rule> rules() {
                return List.of();
            }

            @Override
            public List<Path> documentInputs(CheckContext context) {
                return List.of(contract);
            }
        };
        ArchitectureModel model = new ArchitectureDocumentParser().parse(document).model();
        Codebase codebase = Codebase.of(root, orders, catalog);
        Path cache = root.resolve("target/architect/cache/build.json");
        IncrementalVerifier first = new IncrementalVerifier(new Verifier(List.of(linking), SeverityPolicy.defaults()),
                new CheckContext(model, codebase, ServiceMap.none(), Map.of()), document, "1.0", debug::add);
        first.verifyBuild(cache);
        Files.writeString(contract, "openapi: 3.1.0\n");

        IncrementalVerifier second = new IncrementalVerifier(new Verifier(List.of(linking), SeverityPolicy.defaults()),
                new CheckContext(model, codebase, ServiceMap.none(), Map.of()), document, "1.0", debug::add);

        assertThat(second.verifyBuild(cache).fromCache()).isFalse();
    }

    private static void write(CodeModule module, String relative, String text) throws IOException {
        Path file = module.baseDirectory().resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
