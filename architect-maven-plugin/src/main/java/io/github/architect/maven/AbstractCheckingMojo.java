package io.github.architect.maven;

import io.github.architect.engine.BuildSession;
import io.github.architect.engine.BuildSettings;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.sonatype.plexus.build.incremental.BuildContext;

import java.util.List;
import java.util.Map;

/**
 * What the goals that check the code share: they gather the configuration, open the build's one
 * {@link BuildSession} (shared by every module, also under {@code -T}), print the document's
 * findings once, and leave the rest to {@link #check}. The parameters are documented in
 * docs/configuration.md.
 */
abstract class AbstractCheckingMojo extends AbstractArchitectMojo {

    /** Skips the goal. */
    @Parameter(property = "architect.skip", defaultValue = "false")
    private boolean skip;
    /** Reports under target/architect/: sarif, junit, json, html, mermaid, all or none. */
    @Parameter(property = "architect.formats", defaultValue = "all")
    private String formats;
    /** The baseline of accepted findings; by default architecture-baseline.json next to the document. */
    @Parameter(property = "architect.baseline")
    private String baseline;
    /** Reuses the last run's findings and per-file results for what did not change. */
    @Parameter(property = "architect.cache", defaultValue = "true")
    private boolean cache;
    /** Severity per rule id: error, warn, info or off. */
    @Parameter
    private Map<String, String> severities;
    /** A path prefix every endpoint of the code is served under that section 4 leaves out. */
    @Parameter(property = "architect.basePath")
    private String basePath;
    /** How Java names map to table and column names: spring or jpa; detected when unset. */
    @Parameter(property = "architect.naming")
    private String naming;
    /** How many findings of each rule are printed per module and for the build; 0 prints them all. */
    @Parameter(property = "architect.maxPrintedPerRule", defaultValue = "100")
    private int maxPrintedPerRule;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;
    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;
    @Component
    private BuildContext buildContext;

    /** Runs the goal once the session is open and the document's findings are printed. */
    protected abstract void check(Checking checking) throws MojoExecutionException, MojoFailureException;

    /** False when errors are printed as warnings (they will not fail the build). */
    protected abstract boolean failsOnErrors();

    /** True for the goal that writes the baseline, which therefore does not read it. */
    protected boolean writesBaseline() {
        return false;
    }

    /** The open session and how this execution prints and checks. */
    protected record Checking(BuildSession engine, boolean first, ExecutionRun run, CheckConfiguration configuration) {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping architect:" + mojoExecution.getGoal() + " (architect.skip=true)");
            return;
        }
        DocumentLocation location = locateDocument();
        if (!location.exists()) {
            throw new MojoFailureException(location.notFoundMessage()
                    + ". Write one with 'mvn architect:scaffold-doc', or point -Darchitect.doc at it.");
        }
        CheckConfiguration configuration = new CheckConfiguration(formats, baseline, cache, severities, basePath, naming);
        BuildSettings settings = configuration.settings(location.path(), buildRoot(), plugin, !writesBaseline());
        BuildScope.Shared<BuildSession> shared = SharedSession.open(session, settings, buildRoot(), getLog());
        BuildSession engine = shared.value();
        FindingPrinter printer = new FindingPrinter(getLog(), failsOnErrors(), new IdeMarkers(buildContext),
                maxPrintedPerRule);
        if (shared.computedHere()) {
            printer.print(engine.documentFindings(), List.of(location.path()));
            if (getLog().isDebugEnabled()) {
                engine.serviceMapping().forEach(line -> getLog().debug("architect: service mapping: " + line));
            }
        }
        ReactorRuns runs = ReactorRuns.of(session, mojoExecution);
        check(new Checking(engine, shared.computedHere(),
                new ExecutionRun(engine, session, project, runs, printer, getLog(), mojoExecution.getGoal()), configuration));
    }
}
