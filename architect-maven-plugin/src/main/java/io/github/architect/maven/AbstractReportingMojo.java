package io.github.architect.maven;

import io.github.architect.baseline.Baseline;
import io.github.architect.baseline.BaselineEntry;
import io.github.architect.baseline.BaselineException;
import io.github.architect.baseline.BaselineFile;
import io.github.architect.baseline.BaselineLedger;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.doc.DocumentRules;
import io.github.architect.report.GithubActionsReporter;
import io.github.architect.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reports, baseline, cache and IDE markers for the goals that check the code. Kept apart from the
 * checking itself so {@link VerifyMojo} stays about verifying.
 */
abstract class AbstractReportingMojo extends AbstractArchitectMojo {

    /**
     * Reports to write under the top-level project's {@code target/architect/}: a comma-separated list
     * of {@code sarif}, {@code junit}, {@code json}, {@code html}, {@code mermaid}, or {@code all}
     * (default) or {@code none}.
     */
    @Parameter(property = "architect.formats", defaultValue = "all")
    protected String formats;

    /**
     * The baseline of accepted findings. When set, the file must exist and be valid. When not set,
     * {@code architecture-baseline.json} next to the document is used if it exists. A relative path is
     * resolved against the top-level directory of the build. {@code architect:baseline} writes it.
     */
    @Parameter(property = "architect.baseline")
    protected String baseline;

    /** Fails the build when baseline entries no longer match a finding, so the baseline can only shrink. */
    @Parameter(property = "architect.baseline.strict", defaultValue = "false")
    protected boolean baselineStrict;

    /**
     * Reuses, for every module and check, the last run's findings when nothing they depend on
     * changed (plugin version, configuration, document, sources, classes, resources, poms), and
     * what the scanners read from every unchanged file. Stored under target/architect/cache.
     */
    @Parameter(property = "architect.cache", defaultValue = "true")
    protected boolean cache;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    @Component
    protected BuildContext buildContext;

    /** The baseline file to use or write: configured, or next to the document. */
    protected Path baselineFile(Path document) {
        if (baseline != null && !baseline.isBlank()) {
            Path configured = Path.of(baseline.trim());
            return (configured.isAbsolute() ? configured : buildRoot().resolve(configured)).normalize();
        }
        return document.resolveSibling(BaselineFile.DEFAULT_NAME);
    }

    /** The build's shared report; reads the baseline unless {@code withBaseline} is false. */
    protected BuildReport buildReport(Path document, boolean withBaseline) throws MojoExecutionException {
        Set<ReportFormat> chosen;
        try {
            chosen = ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        BaselineLedger ledger = withBaseline ? readBaseline(document) : null;
        Path root = buildRoot();
        return BuildScope.once(session, new ReportKey(document, withBaseline), () ->
                new BuildReport(pluginVersion(), root, root.resolve("target").resolve("architect"), chosen, ledger))
                .value();
    }

    private record ReportKey(Path document, boolean withBaseline) {
    }

    private BaselineLedger readBaseline(Path document) throws MojoExecutionException {
        Path file = baselineFile(document);
        boolean configured = baseline != null && !baseline.isBlank();
        // anything at the default place is meant as the baseline: a directory there is an error, not "no baseline"
        if (!configured && !Files.exists(file)) {
            return null;
        }
        try {
            Baseline read = BaselineFile.read(file);
            getLog().debug("architect: using baseline " + file + " (" + read.size() + " accepted findings)");
            return new BaselineLedger(read, buildRoot());
        } catch (BaselineException e) {
            throw new MojoExecutionException(e.getMessage()
                    + (configured ? " (configured by architect.baseline)" : ""));
        }
    }

    /** The rules of the document and of the checks, for the reports. */
    protected static List<Rule> reportRules(List<Rule> checkRules) {
        return Stream.concat(DocumentRules.all().stream(), checkRules.stream()).toList();
    }

    /**
     * Where the scanners keep what they read from each file between runs: under the top-level
     * {@code target/architect/cache/scan}, or nowhere with {@code architect.cache=false}.
     */
    protected ScanCache scanCache() {
        return cache ? ScanCache.in(buildRoot().resolve("target/architect/cache/scan"), cacheVersion())
                : ScanCache.disabled();
    }

    /** Cache diagnostics: at DEBUG, as an unchanged re-run in the IDE must stay as quiet as any clean run. */
    protected void debug(String message) {
        getLog().debug("architect: " + message);
    }

    /** The plugin's version, as the reports name the tool. */
    protected String pluginVersion() {
        return plugin == null ? "unknown" : Objects.requireNonNullElse(plugin.getVersion(), "unknown");
    }

    /**
     * The plugin's version for the cache key; a SNAPSHOT also carries the timestamps of its jar and
     * of the engine's jar, so a rebuilt plugin does not reuse findings of the previous build of
     * itself (a change to the engine alone, such as its technology catalogue, leaves the plugin's
     * jar as it was).
     */
    protected String cacheVersion() {
        String version = pluginVersion();
        if (!version.endsWith("-SNAPSHOT") || plugin == null || plugin.getPluginArtifact() == null
                || plugin.getPluginArtifact().getFile() == null) {
            return version;
        }
        StringBuilder key = new StringBuilder(version).append('@').append(plugin.getPluginArtifact().getFile().lastModified());
        if (plugin.getArtifacts() != null) {
            plugin.getArtifacts().stream()
                    .filter(a -> a.getGroupId().equals(plugin.getGroupId()) && a.getFile() != null)
                    .sorted(java.util.Comparator.comparing(org.apache.maven.artifact.Artifact::getArtifactId))
                    .forEach(a -> key.append('+').append(a.getArtifactId()).append('@').append(a.getFile().lastModified()));
        }
        return key.toString();
    }

    /** Rewrites the reports; a failure to write is a warning, never hides the findings. */
    protected void writeReports(BuildReport report, io.github.architect.model.ArchitectureModel model,
                                String modelSummary, List<Rule> rules) {
        try {
            List<Path> written = report.write(model, modelSummary, rules);
            if (!written.isEmpty()) {
                getLog().debug("architect: reports written to " + report.outputDirectory());
            }
        } catch (IOException | RuntimeException e) {
            getLog().warn("architect: could not write the reports to " + report.outputDirectory() + ": " + e);
        }
    }

    /** Annotations and job summary on GitHub Actions, once per build, by the execution ending the run. */
    protected void publishToCi(BuildReport report, io.github.architect.model.ArchitectureModel model,
                               String modelSummary, List<Rule> rules) {
        GithubActionsReporter github = new GithubActionsReporter(System.getenv());
        if (!github.active() || !report.claimPublication()) {
            return;
        }
        try {
            // workflow commands must start the line, so they bypass the "[INFO] " of the Maven log
            github.publish(report.report(model, modelSummary, rules), System.out::println);
        } catch (IOException e) {
            getLog().warn("architect: could not append to $GITHUB_STEP_SUMMARY: " + e.getMessage());
        }
    }

    /**
     * Says what the baseline accepted and, when {@code judgeStale} (every module was checked), which
     * entries are fixed; true when strict mode must fail.
     */
    protected boolean reportBaseline(BuildReport report, boolean judgeStale) {
        if (!report.usesBaseline()) {
            return false;
        }
        List<BaselineEntry> stale = judgeStale ? report.stale() : List.of();
        if (report.baselined() > 0) {
            getLog().info("architect: " + FindingFormatter.count(report.baselined(), "finding")
                    + " accepted by the baseline (not failing)");
        }
        if (stale.isEmpty()) {
            return false;
        }
        String heading = (stale.size() == 1 ? "1 baseline entry" : stale.size() + " baseline entries")
                + " no longer found (fixed): remove " + (stale.size() == 1 ? "it" : "them")
                + " from the baseline, or regenerate it with 'mvn architect:baseline'";
        List<String> lines = stale.stream().map(e -> "  stale: " + e.describe()).toList();
        if (baselineStrict) {
            getLog().error("architect: " + heading);
            lines.forEach(getLog()::error);
        } else {
            getLog().warn("architect: " + heading);
            lines.forEach(getLog()::warn);
        }
        return baselineStrict;
    }

    protected IdeMarkers ideMarkers() {
        return new IdeMarkers(buildContext);
    }
}
