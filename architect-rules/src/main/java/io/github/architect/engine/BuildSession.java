package io.github.architect.engine;

import io.github.architect.baseline.Baseline;
import io.github.architect.baseline.BaselineEntry;
import io.github.architect.baseline.BaselineException;
import io.github.architect.baseline.BaselineFile;
import io.github.architect.baseline.BaselineLedger;
import io.github.architect.cache.ScanCache;
import io.github.architect.cache.InputDigests;
import io.github.architect.check.Once;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.operations.OperationContractCheck;
import io.github.architect.check.Rule;
import io.github.architect.check.ServiceEdge;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.DocumentCache;
import io.github.architect.doc.DocumentRules;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.report.Report;
import io.github.architect.report.ServiceGraph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The engine's front door: one build's verification. Opened once per build with the settings and
 * the layout of the code, it reads the document (through the cache), then verifies each module and
 * finally the build as a whole, and keeps every finding for the reports and the baseline. Each
 * {@code verify} call records its findings once and returns those the baseline does not accept.
 * Thread-safe: the modules of a parallel build ({@code -T}) share one session.
 */
public final class BuildSession {

    private final BuildSettings settings;
    private final Supplier<ParsedDocument> parsed;
    private final Verifier verifier;
    private final CheckContext context;
    private final BuildReport report;
    private final IncrementalVerifier incremental;
    private final Consumer<String> debug;
    private final DocumentReading reading;
    /** The reading this run stands on: the stored one, or the one it made once the summary was asked. */
    private volatile DocumentReading current;
    private final Supplier<List<Path>> documentInputs;
    private final Supplier<String> modelSummary;

    private BuildSession(BuildSettings settings, Supplier<ParsedDocument> parsed, Verifier verifier, CheckContext context,
                         BuildReport report, DocumentReading reading, Consumer<String> debug) {
        this.settings = settings;
        this.parsed = parsed;
        this.verifier = verifier;
        this.context = context;
        this.report = report;
        this.debug = debug;
        this.reading = reading;
        this.current = reading;
        this.documentInputs = Once.of(() -> Stream.concat(
                (reading != null ? reading.linked() : linkedInputs(verifier, context)).stream(),
                verifier.checks().stream().flatMap(check -> check.layoutInputs(context.codebase()).stream()))
                .distinct().toList());
        this.modelSummary = Once.of(reading != null ? reading::summary : this::computeSummary);
        this.incremental = settings.cached()
                ? new IncrementalVerifier(verifier, context, settings.document(), settings.cacheVersion(), documentInputs, debug)
                : null;
    }

    /**
     * Reads the baseline, then the document, and maps the code to its services. With the cache on,
     * an unchanged document is not read: what the run needs of it was kept by the last run (a
     * {@link DocumentReading}), and the model is read back only when a check or a report asks.
     *
     * @param layout every module of the build as its pom declares it
     * @param debug  where the engine explains its decisions (the build's debug log)
     * @throws SettingsException when the baseline named or found cannot be read
     */
    public static BuildSession open(BuildSettings settings, Codebase layout, Consumer<String> debug) {
        BaselineLedger ledger = readBaseline(settings, debug);
        ScanCache scanCache = settings.cached()
                ? ScanCache.in(settings.projectRoot().resolve("target/architect/cache/scan"), settings.cacheVersion())
                : ScanCache.disabled();
        Supplier<ParsedDocument> parsed = Once.of(() -> DocumentCache.parse(settings.document(), scanCache,
                new ArchitectureDocumentParser()));
        Verifier verifier = new Verifier(StandardChecks.all(), settings.severities(), CheckThreads.perCore());
        CheckContext context = new CheckContext(() -> parsed.get().model(), layout,
                () -> ServiceMapper.map(parsed.get().model(), layout), settings.options(), scanCache, debug);
        BuildReport report = new BuildReport(settings.toolVersion(), settings.projectRoot(), settings.reportDirectory(),
                settings.formats(), ledger);
        DocumentReading reading = settings.cached() ? storedReading(settings, scanCache).orElse(null) : null;
        if (reading != null) {
            debug.accept(settings.document() + " unchanged since the last run: not read again");
        }
        BuildSession session = new BuildSession(settings, parsed, verifier, context, report, reading, debug);
        List<Violation> documentFindings = reading != null ? reading.findings() : parsed.get().findings();
        report.record(BuildReport.DOCUMENT, verifier.applyPolicy(documentFindings));
        return session;
    }

    private static Path readingFile(BuildSettings settings) {
        return settings.projectRoot().resolve("target/architect/cache/document.txt");
    }

    private static Optional<String> readingKey(BuildSettings settings, ScanCache scanCache) {
        try {
            return Optional.of(DocumentReading.key(settings.document(), scanCache.sha256(settings.document()),
                    settings.cacheVersion(), settings.options()));
        } catch (UncheckedIOException e) {
            return Optional.empty(); // the parser says what is wrong with the file
        }
    }

    private static Optional<DocumentReading> storedReading(BuildSettings settings, ScanCache scanCache) {
        return readingKey(settings, scanCache)
                .flatMap(key -> DocumentReading.read(readingFile(settings), key, scanCache.digests()));
    }

    /** The files the checks read because the document links them. */
    private static List<Path> linkedInputs(Verifier verifier, CheckContext context) {
        return verifier.checks().stream().flatMap(check -> check.documentInputs(context).stream()).distinct().toList();
    }

    /**
     * The summary, from the model; with the cache on, also keeps what the next run needs of the
     * document (asked at the end of a run, so a build the document fails keeps none).
     */
    private String computeSummary() {
        ArchitectureModel model = parsed.get().model();
        String summary = model.summary(model.declaredEndpointCount(), OperationContractCheck.declaredOperationCount(context));
        if (settings.cached()) {
            keepReading(summary);
        }
        return summary;
    }

    private void keepReading(String summary) {
        Path file = readingFile(settings);
        try {
            Optional<String> key = readingKey(settings, context.scanCache());
            if (key.isEmpty()) {
                return;
            }
            List<Path> modelFiles = DocumentCache.modelInputs(parsed.get().model());
            List<Path> linked = linkedInputs(verifier, context);
            InputDigests digests = context.scanCache().digests();
            DocumentReading made = new DocumentReading(key.get(), digests.contentHashes(modelFiles), linked,
                    digests.contentFingerprint(linked), summary, parsed.get().findings());
            current = made;
            made.write(file);
        } catch (IOException | UncheckedIOException e) {
            debug.accept("could not keep the document's reading in " + file + ": " + e);
        }
    }

    /** What identifies the model, for the report stamp; null when not known (the reports are then written). */
    private String documentIdentity() {
        DocumentReading known = current;
        return known == null ? null : known.identity();
    }

    /** Every rule: the document's own and those of every check, each once. */
    public static List<Rule> allRules() {
        return Stream.concat(DocumentRules.all().stream(), StandardChecks.all().stream().flatMap(c -> c.rules().stream()))
                .toList();
    }

    private static BaselineLedger readBaseline(BuildSettings settings, Consumer<String> debug) {
        Path file = settings.baselineFile();
        // anything at the default place is meant as the baseline: a directory there is an error, not "no baseline"
        if (file == null || !settings.baselineConfigured() && !Files.exists(file)) {
            return null;
        }
        try {
            Baseline read = BaselineFile.read(file);
            debug.accept("using baseline " + file + " (" + read.size() + " accepted findings)");
            return new BaselineLedger(read, settings.projectRoot());
        } catch (BaselineException e) {
            throw new SettingsException(e.getMessage() + (settings.baselineConfigured() ? " (configured by architect.baseline)" : ""));
        }
    }

    public BuildSettings settings() {
        return settings;
    }

    public ArchitectureModel model() {
        return parsed.get().model();
    }

    /** What the checks read the code through, their shared readings cached: for goals that read the code again. */
    public CheckContext checkContext() {
        return context;
    }

    /** The document's own findings the baseline does not accept, at their configured severities. */
    public List<Violation> documentFindings() {
        return report.record(BuildReport.DOCUMENT, List.of());
    }

    /** How the code maps to the services, one line each, for the debug log. */
    public List<String> serviceMapping() {
        return context.services().describe();
    }

    /** The rules of the document and of the checks this session runs. */
    public List<Rule> rules() {
        return Stream.concat(DocumentRules.all().stream(), verifier.rules().stream()).toList();
    }

    /**
     * Verifies one module's code, once per build: a module verified again (by an aggregating
     * execution) returns the first answer. Returns its findings the baseline does not accept.
     *
     * @param cacheDirectory where the module's findings are cached (its {@code target/architect/cache})
     */
    public List<Violation> verifyModule(CodeModule module, Path cacheDirectory) {
        String scope = "module:" + module.artifactId();
        IncrementalVerifier.Outcome outcome = incremental != null ? incremental.verifyModule(module, cacheDirectory)
                : new IncrementalVerifier.Outcome(verifier.verifyModule(context, module), Set.copyOf(verifier.checks()),
                        report.writesReports() ? usedEdges(module) : null);
        List<Violation> fresh = report.record(scope, outcome.findings());
        if (report.writesReports()) {
            // the cache keeps the used edges with the findings: a cached run draws what a full run draws
            if (outcome.usedEdges() != null) {
                report.recordUsedEdges(scope, outcome.usedEdges());
            } else {
                report.usedEdgesUnknown(scope);
            }
        }
        return fresh;
    }

    /** As {@link #verifyModule(CodeModule, Path)}, caching under the module's {@code target/architect/cache}. */
    public List<Violation> verifyModule(CodeModule module) {
        return verifyModule(module, module.baseDirectory().resolve("target/architect/cache"));
    }

    /** The findings about the build as a whole the baseline does not accept; once per build. */
    public List<Violation> verifyBuild() {
        return report.record(BuildReport.BUILD, incremental != null
                ? incremental.verifyBuild(settings.projectRoot().resolve("target/architect/cache/build.json")).findings()
                : verifier.verifyBuild(context));
    }

    /**
     * The service pairs the module's code uses, from the checks that look at them; null when the
     * bytecode cannot be read (the diagram then draws declared edges without a verdict).
     */
    private Set<ServiceEdge> usedEdges(CodeModule module) {
        if (!module.holdsCode()) {
            return Set.of();
        }
        Set<ServiceEdge> edges = new TreeSet<>();
        for (Check check : verifier.checks()) {
            try {
                long start = System.nanoTime();
                Optional<Set<ServiceEdge>> used = check.usedEdges(context, module);
                if (used.isPresent()) {
                    // only the checks that draw edges get a row: the others answer at once
                    verifier.timings().record(check.getClass().getSimpleName(), "used edges of " + module.artifactId(),
                            System.nanoTime() - start);
                    edges.addAll(used.get());
                }
            } catch (RuntimeException e) {
                debug.accept("could not read the service edges used by " + module.artifactId() + ": " + e);
                return null;
            }
        }
        return edges;
    }

    /** "architecture.md: 4 services, 9 endpoints, 5 tables, 3 technologies". */
    public String summary() {
        return settings.document().getFileName() + ": " + modelSummary();
    }

    /** Operations of linked schema files count too: the operations check reads those files. */
    private String modelSummary() {
        return modelSummary.get();
    }

    /** The report of every finding recorded so far that the baseline does not accept. */
    public Report report() {
        return report.report(parsed.get().model(), rules(), modelSummary());
    }

    /** The services and the dependencies declared, used, or both, as the reports draw them. */
    public ServiceGraph serviceGraph() {
        return ServiceGraph.of(report());
    }

    /** Rewrites the reports; returns the files written (none when no format is chosen). */
    public List<Path> writeReports() throws IOException {
        return report.write(() -> parsed.get().model(), rules(), modelSummary(), documentIdentity(),
                settings.cached() ? settings.projectRoot().resolve("target/architect/cache/reports.txt") : null, debug);
    }

    /** How long each check took, per module and for the build: {@code timings.json} and -X. */
    public CheckTimings timings() {
        return verifier.timings();
    }

    public Path reportDirectory() {
        return settings.reportDirectory();
    }

    /** True once per build: for what must be published once (CI annotations). */
    public boolean claimPublication() {
        return report.claimPublication();
    }

    /** The baseline in use, if any: how many findings it accepted and which entries matched none. */
    public Optional<BaselineStatus> baseline() {
        return report.usesBaseline() ? Optional.of(new BaselineStatus(report.baselined(), report.stale())) : Optional.empty();
    }

    /** What the baseline accepted so far, and its entries no finding matched (fixed ones, once every module ran). */
    public record BaselineStatus(int accepted, List<BaselineEntry> stale) {
    }

    /** Writes every finding recorded so far, accepted ones included, as the baseline; returns how many. */
    public int writeBaseline(Path file) throws IOException {
        Baseline accepted = Baseline.of(report.allFindings(), settings.projectRoot());
        BaselineFile.write(file, accepted);
        return accepted.size();
    }
}
