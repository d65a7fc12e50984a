package io.github.architect.maven;

import io.github.architect.baseline.Baseline;
import io.github.architect.baseline.BaselineEntry;
import io.github.architect.baseline.BaselineException;
import io.github.architect.baseline.BaselineFile;
import io.github.architect.baseline.BaselineLedger;
import io.github.architect.cache.CacheInputs;
import io.github.architect.cache.CacheLookup;
import io.github.architect.cache.FindingsCache;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.DocumentRules;
import io.github.architect.report.GithubActionsReporter;
import io.github.architect.report.ReportFormat;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
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
     * Reuses the last run's findings when nothing they depend on changed (plugin version,
     * configuration, document, sources, classes, resources, poms). Stored under target/architect/cache.
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
        if (!configured && !Files.isRegularFile(file)) {
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
     * The findings of {@code compute}, or the stored ones when nothing they depend on changed since the
     * run that stored them.
     *
     * @param cacheFile     where this scope's cache lives
     * @param configuration everything configured that changes findings
     * @param inputRoots    directories and files the findings are computed from
     */
    protected List<Violation> cached(String what, Path cacheFile, Path document, Map<String, String> configuration,
                                     List<Path> inputRoots, Supplier<List<Violation>> compute) {
        if (!cache) {
            return compute.get();
        }
        FindingsCache findingsCache = new FindingsCache(cacheFile);
        CacheInputs inputs = CacheInputs.of(cacheVersion(), configuration, document, inputRoots);
        CacheLookup lookup;
        try {
            lookup = findingsCache.lookup(inputs);
        } catch (IOException e) {
            getLog().debug("architect: cache not usable, checking everything: " + e);
            return compute.get();
        }
        if (lookup.hit()) {
            // at DEBUG: an unchanged re-run in the IDE must stay as quiet as any clean run
            getLog().debug("architect: " + what + " unchanged since the last run, findings from "
                    + buildRoot().relativize(cacheFile.toAbsolutePath().normalize()));
            return lookup.findings().orElseThrow();
        }
        List<Violation> findings = compute.get();
        try {
            findingsCache.store(lookup, findings);
        } catch (IOException e) {
            getLog().debug("architect: could not store the cache " + cacheFile + ": " + e);
        }
        return findings;
    }

    /** What a module's findings depend on: the whole build's code (service mapping) and its own. */
    protected static List<Path> inputRoots(Codebase codebase, CodeModule module) {
        List<Path> roots = new ArrayList<>();
        Stream.concat(codebase.modules().stream(), Stream.ofNullable(module)).forEach(m -> {
            roots.addAll(m.sourceRoots());
            roots.addAll(m.classesDirectories());
            roots.addAll(m.resourceDirectories());
            if (m.pomFile() != null) {
                roots.add(m.pomFile());
            }
        });
        return roots;
    }

    protected static Map<String, String> cacheConfiguration(Map<String, ?> severities, Map<String, String> options,
                                                            CodeModule module) {
        Map<String, String> configuration = new TreeMap<>();
        severities.forEach((rule, severity) -> configuration.put("severity." + rule, String.valueOf(severity)));
        options.forEach((name, value) -> configuration.put("option." + name, value));
        if (module != null) {
            configuration.put("module", module.artifactId());
            configuration.put("libraries", String.join(",", module.libraries().stream().sorted().toList()));
            configuration.put("moduleDependencies", String.join(",", module.moduleDependencies()));
        }
        return configuration;
    }

    /** The plugin's version, as the reports name the tool. */
    protected String pluginVersion() {
        return plugin == null ? "unknown" : Objects.requireNonNullElse(plugin.getVersion(), "unknown");
    }

    /**
     * The plugin's version for the cache key; a SNAPSHOT also carries its jar's timestamp so a
     * rebuilt plugin does not reuse findings of the previous build of itself.
     */
    private String cacheVersion() {
        String version = pluginVersion();
        File jar = plugin == null || plugin.getPluginArtifact() == null ? null : plugin.getPluginArtifact().getFile();
        return version.endsWith("-SNAPSHOT") && jar != null ? version + "@" + jar.lastModified() : version;
    }

    /** Rewrites the reports; a failure to write is a warning, never hides the findings. */
    protected void writeReports(BuildReport report, io.github.architect.model.ArchitectureModel model,
                                List<Rule> rules) {
        try {
            List<Path> written = report.write(model, rules);
            if (!written.isEmpty()) {
                getLog().debug("architect: reports written to " + report.outputDirectory());
            }
        } catch (IOException | RuntimeException e) {
            getLog().warn("architect: could not write the reports to " + report.outputDirectory() + ": " + e);
        }
    }

    /** Annotations and job summary on GitHub Actions, once per build, by the execution ending the run. */
    protected void publishToCi(BuildReport report, io.github.architect.model.ArchitectureModel model, List<Rule> rules) {
        GithubActionsReporter github = new GithubActionsReporter(System.getenv());
        if (!github.active() || !report.claimPublication()) {
            return;
        }
        try {
            // workflow commands must start the line, so they bypass the "[INFO] " of the Maven log
            github.publish(report.report(model, rules), System.out::println);
        } catch (IOException e) {
            getLog().warn("architect: could not append to $GITHUB_STEP_SUMMARY: " + e.getMessage());
        }
    }

    /** Says what the baseline accepted and which entries are fixed; true when strict mode must fail. */
    protected boolean reportBaseline(BuildReport report) {
        if (!report.usesBaseline()) {
            return false;
        }
        List<BaselineEntry> stale = report.stale();
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
