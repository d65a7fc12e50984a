package io.github.architect.maven;

import io.github.architect.engine.BuildSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;


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
public class VerifyMojo extends AbstractCheckingMojo {

    /** Whether errors fail the build; with false they are printed as warnings. */
    @Parameter(property = "architect.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Fails the build when baseline entries no longer match a finding, so the baseline can only shrink. */
    @Parameter(property = "architect.baseline.strict", defaultValue = "false")
    private boolean baselineStrict;

    @Override
    protected boolean failsOnErrors() {
        return failOnViolation;
    }

    @Override
    protected void check(Checking checking) throws MojoExecutionException, MojoFailureException {
        BuildSession engine = checking.engine();
        String document = engine.settings().document().toString();
        long documentErrors = FindingFormatter.errors(engine.documentFindings());
        if (documentErrors > 0 && failOnViolation) {
            new ReportPublisher(getLog()).publish(engine);
            throw new MojoFailureException(document + " has " + FindingFormatter.count(documentErrors, "error")
                    + (checking.first() ? "" : " (listed above)")
                    + ": fix the document, or run with -Darchitect.failOnViolation=false to report without failing");
        } else if (documentErrors > 0 && checking.first()) {
            getLog().warn(document + " has " + FindingFormatter.count(documentErrors, "error")
                    + " (not failing: architect.failOnViolation=false)");
        }
        ExecutionRun.Found found = checking.run().run();
        // a partial build did not check every module: entries it did not meet are not known to be fixed
        boolean staleFails = found.ended() && new BaselineStatusPrinter(getLog(), baselineStrict).print(engine, !found.partial());
        long errors = FindingFormatter.errors(found.findings());
        if (found.ended() || errors > 0 && failOnViolation || staleFails) {
            new ReportPublisher(getLog()).publish(engine);
        }
        if (errors > 0) {
            String message = FindingFormatter.count(errors, "error") + " in " + String.join(", ", found.failingModules())
                    + ": the code drifts from " + document;
            if (failOnViolation) {
                throw new MojoFailureException(message);
            }
            getLog().warn(message + " (not failing: architect.failOnViolation=false)");
        }
        if (staleFails) {
            throw new MojoFailureException("The baseline " + engine.settings().baselineFile() + " lists findings that"
                    + " are fixed (architect.baseline.strict=true): remove the stale entries listed above");
        }
    }
}
