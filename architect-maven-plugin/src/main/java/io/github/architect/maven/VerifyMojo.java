package io.github.architect.maven;

import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.doc.DocumentRules;
import io.github.architect.engine.IncrementalVerifier;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.engine.StandardChecks;
import io.github.architect.engine.Verifier;
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
 * as a whole and the summary line are printed once, by the last module of the build.
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

        CodeModule module = CodebaseReader.resolved(project, allProjects());
        IncrementalVerifier.Outcome outcome = run(() -> cache
                ? verification.incremental(cacheVersion(), this::debug).verifyModule(module,
                        Path.of(project.getBuild().getDirectory(), "architect", "cache"))
                : new IncrementalVerifier.Outcome(verification.verifier().verifyModule(verification.context(), module),
                        Set.copyOf(verification.verifier().checks())));
        List<Violation> moduleFindings = report.record("module:" + project.getArtifactId(), outcome.findings());
        if (report.writesReports()) {
            // a module without code uses no service, which is known without importing anything
            if (!module.holdsCode() || outcome.ran(ServiceBoundariesCheck.class)) {
                recordUsedEdges(report, verification, module);
            } else {
                // served from the cache: importing the bytecode for the diagram would cost what the cache saves
                report.usedEdgesUnknown("module:" + project.getArtifactId());
            }
        }
        List<Violation> findings = new ArrayList<>(moduleFindings);
        print(formatter.lines(moduleFindings));
        ideMarkers().replace(List.of(module.baseDirectory()), moduleFindings);
        boolean last = isLastVerifiedProject();
        boolean staleFails = false;
        if (last) {
            List<Violation> buildFindings = report.record(BuildReport.BUILD, run(() -> cache
                    ? verification.incremental(cacheVersion(), this::debug)
                            .verifyBuild(buildRoot().resolve("target/architect/cache/build.json")).findings()
                    : verification.verifier().verifyBuild(verification.context())));
            print(formatter.lines(buildFindings));
            ideMarkers().replace(List.of(), buildFindings);
            findings.addAll(buildFindings);
            getLog().info(verification.summary());
            if (writingBaseline) {
                writeBaseline(report, location.path());
            } else {
                staleFails = reportBaseline(report);
            }
        }
        long errors = FindingFormatter.errors(findings);
        endReporting(report, verification, rules, last || (errors > 0 && failing) || staleFails);
        if (errors > 0 && !writingBaseline) {
            String message = FindingFormatter.count(errors, "error") + " in " + project.getArtifactId()
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

    /** The diagram's used edges; a module whose bytecode cannot be read leaves its edges out, never fails the build. */
    private void recordUsedEdges(BuildReport report, VerificationSession verification, CodeModule module) {
        try {
            report.recordUsedEdges("module:" + project.getArtifactId(), verification.usedEdges(module));
        } catch (RuntimeException e) {
            getLog().debug("architect: could not read the service edges used by " + project.getArtifactId() + ": " + e);
            report.usedEdgesUnknown("module:" + project.getArtifactId());
        }
    }

    /** True for {@code architect:baseline}, which records today's findings instead of failing on them. */
    protected boolean writesBaseline() {
        return false;
    }

    /** Rewrites the reports and, when this execution ends the run, publishes to CI. */
    private void endReporting(BuildReport report, VerificationSession verification, List<Rule> rules, boolean ending) {
        writeReports(report, verification.parsed().model(), rules);
        if (ending) {
            publishToCi(report, verification.parsed().model(), rules);
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

    /**
     * The module that prints the build-wide findings and the summary: the last project of the
     * build that uses this plugin (all projects when the goal was typed on the command line).
     * The reactor order is fixed before the build starts, so this is the same module with -T.
     */
    private boolean isLastVerifiedProject() {
        List<MavenProject> projects = session.getProjects();
        String pluginKey = mojoExecution.getPlugin() == null ? null : mojoExecution.getPlugin().getKey();
        List<MavenProject> using = projects.stream()
                .filter(p -> pluginKey != null && p.getBuildPlugins().stream().anyMatch(pl -> pluginKey.equals(pl.getKey())))
                .toList();
        List<MavenProject> candidates = using.isEmpty() ? projects : using;
        return !candidates.isEmpty() && sameProject(candidates.get(candidates.size() - 1), project);
    }

    private static boolean sameProject(MavenProject a, MavenProject b) {
        return a.getGroupId().equals(b.getGroupId()) && a.getArtifactId().equals(b.getArtifactId())
                && a.getVersion().equals(b.getVersion());
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
