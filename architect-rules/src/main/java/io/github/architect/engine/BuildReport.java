package io.github.architect.engine;

import io.github.architect.baseline.BaselineEntry;
import io.github.architect.baseline.BaselineLedger;
import io.github.architect.baseline.BaselineMatch;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.report.Report;
import io.github.architect.report.ReportFormat;
import io.github.architect.report.ReportWriter;
import io.github.architect.check.ServiceEdge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The findings of one build, collected from every module's execution into one report under the
 * top-level project's {@code target/architect/}. Each execution records its batch (the document's,
 * a module's, the build-wide one) once, then rewrites the report, so a build that fails half-way
 * still leaves a report of everything checked so far. Thread-safe for {@code -T}; kept by
 * {@link BuildSession}.
 */
final class BuildReport {

    static final String DOCUMENT = "document";
    static final String BUILD = "build";

    private final String toolVersion;
    private final Path projectRoot;
    private final Path outputDirectory;
    private final Set<ReportFormat> formats;
    private final BaselineLedger baseline;
    private final Map<String, List<Violation>> all = new LinkedHashMap<>();
    private final Map<String, List<Violation>> fresh = new LinkedHashMap<>();
    private final Map<String, List<Violation>> accepted = new LinkedHashMap<>();
    private final Map<String, Set<ServiceEdge>> usedEdges = new LinkedHashMap<>();
    private final Set<String> scopesWithUnknownEdges = new LinkedHashSet<>();
    private boolean summaryPublished;

    /**
     * @param baseline the baseline in use, or null to report every finding as new
     */
    BuildReport(String toolVersion, Path projectRoot, Path outputDirectory, Set<ReportFormat> formats,
                BaselineLedger baseline) {
        this.toolVersion = toolVersion;
        this.projectRoot = projectRoot;
        this.outputDirectory = outputDirectory;
        this.formats = Set.copyOf(formats);
        this.baseline = baseline;
    }

    /**
     * Records a batch of findings under a scope ("document", "module:orders", "build") and returns the
     * ones the baseline does not accept. Recording a scope again returns the first answer unchanged,
     * so every module can ask for the document's new findings.
     */
    synchronized List<Violation> record(String scope, List<Violation> findings) {
        List<Violation> known = fresh.get(scope);
        if (known != null) {
            return known;
        }
        List<Violation> newFindings = List.copyOf(findings);
        if (baseline != null) {
            BaselineMatch match = baseline.match(findings);
            newFindings = match.newFindings();
            accepted.put(scope, match.baselined());
        }
        all.put(scope, List.copyOf(findings));
        fresh.put(scope, newFindings);
        return newFindings;
    }

    /** Records the service pairs a module's code uses; a scope recorded again keeps its first answer. */
    synchronized void recordUsedEdges(String scope, Set<ServiceEdge> edges) {
        usedEdges.putIfAbsent(scope, Set.copyOf(edges));
    }

    /**
     * Records that a module's used edges are not known (its findings came from the cache): the
     * diagram then draws declared edges without a verdict rather than call a used one unused.
     */
    synchronized void usedEdgesUnknown(String scope) {
        scopesWithUnknownEdges.add(scope);
    }

    /** True when the diagram is drawn, so the used edges are worth computing. */
    boolean writesReports() {
        return !formats.isEmpty();
    }

    /** Every finding recorded so far, baselined ones included (what {@code architect:baseline} writes). */
    synchronized List<Violation> allFindings() {
        return all.values().stream().flatMap(List::stream).toList();
    }

    /** The findings the baseline does not accept, recorded so far. */
    synchronized List<Violation> newFindings() {
        return fresh.values().stream().flatMap(List::stream).toList();
    }

    boolean usesBaseline() {
        return baseline != null;
    }

    int baselined() {
        return baseline == null ? 0 : baseline.accepted();
    }

    List<BaselineEntry> stale() {
        return baseline == null ? List.of() : baseline.stale();
    }

    /**
     * The report of the new findings so far, with the service pairs used by the modules checked so
     * far; before any module is checked the diagram draws declared edges without a verdict. The
     * summary line of the model is the one given (null: the model's own summary).
     */
    synchronized Report report(ArchitectureModel model, List<Rule> rules, String modelSummary) {
        List<ServiceEdge> used = usedEdges.isEmpty() || !scopesWithUnknownEdges.isEmpty() ? null
                : usedEdges.values().stream().flatMap(Set::stream).distinct().toList();
        return new Report(toolVersion, model, rules, newFindings(), projectRoot, used,
                accepted.values().stream().flatMap(List::stream).toList(), modelSummary);
    }

    /** Rewrites the chosen formats; returns the files written. */
    synchronized List<Path> write(ArchitectureModel model, List<Rule> rules, String modelSummary) throws IOException {
        return write(() -> model, rules, modelSummary, null, null, message -> { });
    }

    /**
     * Rewrites the chosen formats, unless {@code stampFile} proves the files already hold what would
     * be written (see {@link ReportStamp}); returns the report files.
     *
     * @param model    read only when the reports are rendered
     * @param document what identifies the model (the document's reading); null when not known,
     *                 then the reports are always rendered
     * @param stampFile where the last run's {@link ReportStamp} is kept; null for none
     * @param debug     where to say that the reports were left as they were
     */
    synchronized List<Path> write(Supplier<ArchitectureModel> model, List<Rule> rules, String modelSummary,
                                  String document, Path stampFile, Consumer<String> debug) throws IOException {
        if (formats.isEmpty()) {
            return List.of();
        }
        String key = document == null || stampFile == null ? null : stampKey(rules, modelSummary, document);
        if (key != null) {
            Optional<List<Path>> same = ReportStamp.unchanged(stampFile, key);
            if (same.isPresent()) {
                debug.accept("reports in " + outputDirectory + " unchanged since the last run: not written again");
                return same.get();
            }
        }
        List<Path> written = new ReportWriter().write(report(model.get(), rules, modelSummary), outputDirectory, formats);
        if (stampFile != null) {
            if (key != null) {
                ReportStamp.of(key, written).write(stampFile);
            } else {
                Files.deleteIfExists(stampFile);
            }
        }
        return written;
    }

    /**
     * Everything the reports are rendered from besides the model (which {@code document} stands for).
     * The findings in a fixed order: the reports sort them, whichever module recorded first.
     */
    private String stampKey(List<Rule> rules, String modelSummary, String document) {
        List<String> parts = new ArrayList<>();
        parts.add("tool=" + toolVersion);
        parts.add("root=" + projectRoot.toAbsolutePath().normalize());
        parts.add("directory=" + outputDirectory.toAbsolutePath().normalize());
        parts.add("formats=" + formats.stream().map(Enum::name).sorted().toList());
        parts.add("document=" + document);
        parts.add("summary=" + modelSummary);
        rules.forEach(rule -> parts.add("rule=" + rule));
        parts.add("new findings");
        parts.addAll(findingLines(fresh));
        parts.add("accepted findings");
        parts.addAll(findingLines(accepted));
        List<ServiceEdge> used = usedEdges.isEmpty() || !scopesWithUnknownEdges.isEmpty() ? null
                : usedEdges.values().stream().flatMap(Set::stream).distinct().sorted().toList();
        parts.add("used=" + used);
        return ReportStamp.key(parts);
    }

    private static List<String> findingLines(Map<String, List<Violation>> byScope) {
        return byScope.values().stream().flatMap(List::stream).map(v -> TextRecords.line(TextRecords.violation(v)))
                .sorted().toList();
    }

    /**
     * True once per build: CI annotations and the step summary are published by the execution that
     * ends the architect run, the last module or the first one that fails the build.
     */
    synchronized boolean claimPublication() {
        boolean first = !summaryPublished;
        summaryPublished = true;
        return first;
    }
}
