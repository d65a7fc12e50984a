package io.github.architect.maven;

import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.doc.DocumentRules;
import io.github.architect.engine.IncrementalVerifier;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
import io.github.architect.engine.CheckTimings;
import io.github.architect.report.ServiceEdge;
import io.github.architect.schema.PhysicalNaming;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fails the build when the code drifts from the architecture document.
 *
 * <p>The document is read once per build, by the first module that runs, and its errors fail
 * that module straight away. Every module is then checked against it; findings about the build
 * as a whole and the summary line are printed once, by the last module of the build that runs the
 * goal. That execution also checks the modules with code that do not run the goal themselves (the
 * modules of a pure aggregator root), once their build is done; a partial build ({@code -pl},
 * {@code -rf}) skips the build-wide rules and says so.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class VerifyMojo extends AbstractReportingMojo {

    /** Skips the verification. */
    @Parameter(property = "architect.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Whether errors fail the build. With {@code false} every error is printed as a warning and
     * the build goes on; useful while a team adopts the document.
     */
    @Parameter(property = "architect.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * Severity per rule id: {@code error}, {@code warn}, {@code info} or {@code off}, e.g.
     * {@code <severities><undeclared-dependency>warn</undeclared-dependency></severities>}.
     * An unknown rule id or value fails the build with the list of known ones.
     */
    @Parameter
    private Map<String, String> severities;

    /**
     * A path prefix every endpoint of the code is served under (e.g. {@code /api}) that the
     * document's API contracts leave out. Overrides {@code base-path} of the {@code yaml architect}
     * block.
     */
    @Parameter(property = "architect.basePath")
    private String basePath;

    /**
     * How Java names map to table and column names when the code does not spell them out:
     * {@code spring} (snake_case, Spring Boot's default) or {@code jpa} (names as written). Unset,
     * it is detected from the module's dependencies; see docs/checks/schema.md.
     */
    @Parameter(property = "architect.naming")
    private String naming;

    /** The module being verified. Not configurable. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This execution, to find the modules of the build that use the plugin. Not configurable. */
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping architect:verify (architect.skip=true)");
            return;
        }
        DocumentLocation location = locateDocument();
        if (!location.exists()) {
            throw new MojoFailureException(location.notFoundMessage()
                    + ". Write one with 'mvn architect:scaffold-doc', or point -Darchitect.doc at it.");
        }
        SeverityPolicy policy = severityPolicy();
        Map<String, String> options = options();
        boolean writingBaseline = writesBaseline();
        // a missing or broken baseline is a configuration error: say so before reading anything else
        BuildReport report = buildReport(location.path(), !writingBaseline);
        BuildScope.Shared<VerificationSession> shared = openSession(location, policy, options);
        VerificationSession verification = shared.value();
        List<Rule> rules = reportRules(verification.verifier().rules());
        boolean failing = failOnViolation && !writingBaseline;
        FindingFormatter formatter = new FindingFormatter(failing);

        List<Violation> documentFindings = report.record(BuildReport.DOCUMENT, verification.documentFindings());
        if (shared.computedHere()) {
            print(formatter.lines(documentFindings));
            ideMarkers().replace(List.of(location.path()), documentFindings);
            if (getLog().isDebugEnabled()) {
                verification.context().services().describe()
                        .forEach(line -> getLog().debug("architect: service mapping: " + line));
            }
        }
        long documentErrors = FindingFormatter.errors(documentFindings);
        if (documentErrors > 0) {
            String message = location.path() + " has " + FindingFormatter.count(documentErrors, "error");
            if (failing) {
                endReporting(report, verification, rules, true);
                throw new MojoFailureException(message + (shared.computedHere() ? "" : " (listed above)")
                        + ": fix the document, or run with -Darchitect.failOnViolation=false to report without failing");
            }
            if (shared.computedHere() && !writingBaseline) {
                getLog().warn(message + " (not failing: architect.failOnViolation=false)");
            }
        }

        ReactorRuns runs = reactorRuns();
        boolean last = runs.ends(project);
        List<Violation> findings = new ArrayList<>();
        List<String> failingModules = new ArrayList<>();
        List<Violation> ownFindings = checkModule(report, verification, formatter, project,
                CodebaseReader.resolved(project, allProjects()));
        findings.addAll(ownFindings);
        if (last) {
            for (MavenProject module : checkableModules(runs)) {
                List<Violation> moduleFindings = checkModule(report, verification, formatter, module,
                        CodebaseReader.declared(module, allProjects()));
                if (FindingFormatter.errors(moduleFindings) > 0) {
                    failingModules.add(module.getArtifactId());
                }
                findings.addAll(moduleFindings);
            }
        }
        boolean staleFails = false;
        boolean partial = isPartialBuild();
        if (last) {
            List<Violation> buildFindings = List.of();
            if (partial) {
                getLog().info("architect: partial build (" + session.getProjects().size() + " of "
                        + allProjects().size() + " projects): the build-wide rules (a declared service or table"
                        + " without code, an endpoint no module serves, dependency cycles) are not checked;"
                        + " the full build checks them");
            } else {
                buildFindings = report.record(BuildReport.BUILD, run(() -> cache
                        ? verification.incremental(cacheVersion(), this::debug)
                                .verifyBuild(buildRoot().resolve("target/architect/cache/build.json")).findings()
                        : verification.verifier().verifyBuild(verification.context())));
                print(formatter.lines(buildFindings));
                ideMarkers().replace(List.of(), buildFindings);
                findings.addAll(buildFindings);
            }
            if (FindingFormatter.errors(ownFindings) + FindingFormatter.errors(buildFindings) > 0) {
                failingModules.add(0, project.getArtifactId());
            }
            getLog().info(verification.summary());
            if (writingBaseline) {
                writeBaseline(report, location.path());
            } else {
                // a partial build did not check every module: entries it did not meet are not known to be fixed
                staleFails = reportBaseline(report, !partial);
            }
        } else if (FindingFormatter.errors(ownFindings) > 0) {
            failingModules.add(project.getArtifactId());
        }
        long errors = FindingFormatter.errors(findings);
        endReporting(report, verification, rules, last || (errors > 0 && failing) || staleFails);
        if (errors > 0 && !writingBaseline) {
            String message = FindingFormatter.count(errors, "error") + " in " + String.join(", ", failingModules)
                    + ": the code drifts from " + location.path();
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: architect.failOnViolation=false)");
        }
        if (staleFails) {
            throw new MojoFailureException("The baseline " + baselineFile(location.path()) + " lists findings that"
                    + " are fixed (architect.baseline.strict=true): remove the stale entries listed above");
        }
    }

    /** The diagram's used edges; a module whose bytecode cannot be read leaves them unknown, never fails the build. */
    private Set<ServiceEdge> usedEdges(VerificationSession verification, CodeModule module) {
        try {
            return verification.usedEdges(module);
        } catch (RuntimeException e) {
            getLog().debug("architect: could not read the service edges used by " + module.artifactId() + ": " + e);
            return null;
        }
    }

    /** True for {@code architect:baseline}, which records today's findings instead of failing on them. */
    protected boolean writesBaseline() {
        return false;
    }

    /**
     * Writes the reports and publishes to CI when this execution ends the run, or ends the build by
     * failing it. Rewriting every report after each module cost a large document's findings once per
     * module; the last writer holds every module's findings anyway.
     */
    private void endReporting(BuildReport report, VerificationSession verification, List<Rule> rules, boolean ending) {
        if (ending) {
            writeReports(report, verification.parsed().model(), verification.modelSummary(), rules);
            publishToCi(report, verification.parsed().model(), verification.modelSummary(), rules);
            writeTimings(verification.verifier().timings());
        }
    }

    /** Where the time went, whatever the report formats: at DEBUG and in target/architect/timings.json. */
    private void writeTimings(CheckTimings timings) {
        if (getLog().isDebugEnabled()) {
            timings.lines().forEach(line -> getLog().debug("architect: time: " + line));
        }
        Path file = buildRoot().resolve("target/architect/timings.json");
        try {
            timings.write(file);
        } catch (IOException e) {
            getLog().debug("architect: could not write " + file + ": " + e);
        }
    }

    private void writeBaseline(BuildReport report, Path document) throws MojoExecutionException {
        Path file = baselineFile(document);
        io.github.architect.baseline.Baseline accepted =
                io.github.architect.baseline.Baseline.of(report.allFindings(), buildRoot());
        try {
            io.github.architect.baseline.BaselineFile.write(file, accepted);
        } catch (java.io.IOException e) {
            throw new MojoExecutionException("Could not write the baseline " + file + ": " + e.getMessage(), e);
        }
        getLog().info("architect: wrote " + FindingFormatter.count(accepted.size(), "accepted finding") + " to "
                + file + "; commit it and verify will fail only on new findings");
    }

    private BuildScope.Shared<VerificationSession> openSession(DocumentLocation location, SeverityPolicy policy,
                                                            Map<String, String> options) throws MojoExecutionException {
        try {
            return BuildScope.once(session, new VerificationSession.Key(location.path(), policy.overrides(), options),
                    () -> VerificationSession.open(location.path(), policy, options,
                            CodebaseReader.declared(codeRoot(location), allProjects()), scanCache(), this::debug));
        } catch (RuntimeException e) {
            throw new MojoExecutionException("architect could not read " + location.path()
                    + " (this is a bug in architect, please report it): " + e, e);
        }
    }

    /** The top-level directory of the build: where the document is, when that encloses the build. */
    private Path codeRoot(DocumentLocation location) {
        Path root = buildRoot();
        Path documentDirectory = location.path().getParent();
        return documentDirectory != null && root.startsWith(documentDirectory) ? documentDirectory : root;
    }

    /**
     * Every project of the build, also those left out with {@code -pl}: their sources are still
     * there, and a build-wide check that saw only the selected modules would report the others'
     * services as missing.
     */
    private List<MavenProject> allProjects() {
        List<MavenProject> all = session.getAllProjects();
        return all == null || all.isEmpty() ? session.getProjects() : all;
    }

    private SeverityPolicy severityPolicy() throws MojoExecutionException {
        List<String> known = Stream.concat(DocumentRules.all().stream(),
                new Verifier(StandardChecks.all(), SeverityPolicy.defaults()).rules().stream())
                .map(Rule::id).toList();
        try {
            return SeverityConfiguration.parse(severities, known);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
    }

    private Map<String, String> options() throws MojoExecutionException {
        try {
            PhysicalNaming.fromOption(naming);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("architect.naming: " + e.getMessage());
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (basePath != null && !basePath.isBlank()) {
            options.put("basePath", basePath.trim());
        }
        if (naming != null && !naming.isBlank()) {
            options.put("naming", naming.trim());
        }
        return options;
    }

    /** Which projects of this build run this goal themselves. */
    private ReactorRuns reactorRuns() {
        String pluginKey = mojoExecution.getPlugin() == null ? null : mojoExecution.getPlugin().getKey();
        return new ReactorRuns(session.getProjects(), pluginKey, mojoExecution.getGoal(),
                mojoExecution.getSource() == MojoExecution.Source.CLI);
    }

    /**
     * The modules of the build with code that do not run this goal themselves (those of a pure
     * aggregator root, which do not inherit its plugins), once their build is done so that their
     * classes exist. A module that cannot be checked is named in a warning, never silently passed.
     */
    private List<MavenProject> checkableModules(ReactorRuns runs) throws MojoExecutionException {
        List<MavenProject> unchecked = runs.uncheckedModules();
        if (unchecked.isEmpty()) {
            return List.of();
        }
        ModuleBuilds.Ready ready;
        try {
            ready = new ModuleBuilds(session, project, this::debug).await(unchecked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while waiting for the modules "
                    + ModuleBuilds.names(unchecked) + " to finish their build", e);
        }
        if (!ready.notCheckable().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            ready.notCheckable().forEach((module, why) -> reasons.add(module.getArtifactId() + " (" + why + ")"));
            getLog().warn("architect: " + FindingFormatter.count(reasons.size(), "module") + " not checked: "
                    + String.join(", ", reasons) + ". Modules that do not run architect:" + mojoExecution.getGoal()
                    + " themselves are checked by " + project.getArtifactId() + ", which could not check these;"
                    + " add the plugin's " + mojoExecution.getGoal() + " execution to their pom, or to a parent pom"
                    + " they inherit from, so that each module checks itself");
        }
        return ready.built();
    }

    /** Checks one module's code, records and prints its findings; returns the new ones. */
    private List<Violation> checkModule(BuildReport report, VerificationSession verification, FindingFormatter formatter,
                                        MavenProject owner, CodeModule module) throws MojoExecutionException {
        String scope = "module:" + owner.getArtifactId();
        IncrementalVerifier.Outcome outcome = run(() -> cache
                ? verification.incremental(cacheVersion(), this::debug).verifyModule(module,
                        Path.of(owner.getBuild().getDirectory(), "architect", "cache"))
                : new IncrementalVerifier.Outcome(verification.verifier().verifyModule(verification.context(), module),
                        Set.copyOf(verification.verifier().checks()),
                        report.writesReports() ? usedEdges(verification, module) : null));
        List<Violation> moduleFindings = report.record(scope, outcome.findings());
        if (report.writesReports()) {
            // the cache keeps the used edges with the findings: a cached run draws what a full run draws
            if (outcome.usedEdges() != null) {
                report.recordUsedEdges(scope, outcome.usedEdges());
            } else {
                report.usedEdgesUnknown(scope);
            }
        }
        print(formatter.lines(moduleFindings));
        ideMarkers().replace(List.of(module.baseDirectory()), moduleFindings);
        return moduleFindings;
    }

    /**
     * True when {@code -pl}, {@code -rf} or the like left projects of the build out: modules that
     * are not built are not checked, so findings about the build as a whole would not be sound.
     */
    private boolean isPartialBuild() {
        List<MavenProject> all = session.getAllProjects();
        return all != null && session.getProjects().size() < all.size();
    }

    private interface Step<T> {
        T run();
    }

    /** A check that crashes is a bug in architect, not in the user's code: say so plainly. */
    private <T> T run(Step<T> step) throws MojoExecutionException {
        try {
            return step.run();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("architect failed while checking " + project.getArtifactId()
                    + " (this is a bug in architect, please report it): " + e, e);
        }
    }

    private void print(List<LogLine> lines) {
        Log log = getLog();
        for (LogLine line : lines) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
    }
}
