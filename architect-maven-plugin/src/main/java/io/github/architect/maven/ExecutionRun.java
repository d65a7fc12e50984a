package io.github.architect.maven;

import io.github.architect.check.Violation;
import io.github.architect.engine.BuildSession;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What one execution of a checking goal verifies through the build's {@link BuildSession}: its own
 * module; and, when it ends the run, the modules nobody else checks and the build as a whole.
 * Returns what was found for the goal to decide on; prints as it goes.
 */
final class ExecutionRun {

    /** What the execution found: every new finding, and the modules with errors, in build order. */
    record Found(List<Violation> findings, List<String> failingModules, boolean ended, boolean partial) {
    }

    private final BuildSession engine;
    private final MavenSession maven;
    private final MavenProject project;
    private final ReactorRuns runs;
    private final FindingPrinter printer;
    private final Log log;
    private final String goal;

    ExecutionRun(BuildSession engine, MavenSession maven, MavenProject project, ReactorRuns runs,
                 FindingPrinter printer, Log log, String goal) {
        this.goal = goal;
        this.engine = engine;
        this.maven = maven;
        this.project = project;
        this.runs = runs;
        this.printer = printer;
        this.log = log;
    }

    Found run() throws MojoExecutionException {
        boolean last = runs.ends(project);
        List<Violation> findings = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<Violation> own = checkModule(project, CodebaseReader.resolved(project, MavenLayout.allProjects(maven)));
        findings.addAll(own);
        if (!last) {
            if (FindingFormatter.errors(own) > 0) {
                failing.add(project.getArtifactId());
            }
            return new Found(findings, failing, false, false);
        }
        for (MavenProject module : new AggregatedModules(maven, project, goal, log).ready(runs)) {
            List<Violation> moduleFindings = checkModule(module,
                    CodebaseReader.declared(module, MavenLayout.allProjects(maven)));
            if (FindingFormatter.errors(moduleFindings) > 0) {
                failing.add(module.getArtifactId());
            }
            findings.addAll(moduleFindings);
        }
        boolean partial = MavenLayout.isPartial(maven);
        List<Violation> build = List.of();
        if (partial) {
            log.info("architect: partial build (" + maven.getProjects().size() + " of "
                    + MavenLayout.allProjects(maven).size() + " projects): the build-wide rules (a declared service or"
                    + " table without code, an endpoint or a GraphQL/gRPC operation no module serves, a topic nothing"
                    + " uses, dependency cycles) are not checked;"
                    + " the full build checks them");
        } else {
            build = guarded(engine::verifyBuild);
            printer.print(build, List.of());
            findings.addAll(build);
        }
        if (FindingFormatter.errors(own) + FindingFormatter.errors(build) > 0) {
            failing.add(0, project.getArtifactId());
        }
        log.info(engine.summary());
        return new Found(findings, failing, true, partial);
    }

    /** Checks one module's code, prints its new findings and returns them. */
    private List<Violation> checkModule(MavenProject owner, io.github.architect.code.CodeModule module)
            throws MojoExecutionException {
        List<Violation> found = guarded(() -> engine.verifyModule(module,
                Path.of(owner.getBuild().getDirectory(), "architect", "cache")));
        printer.print(found, List.of(module.baseDirectory()));
        return found;
    }

    /** A check that crashes is a bug in architect, not in the user's code: say so plainly. */
    private <T> T guarded(Supplier<T> step) throws MojoExecutionException {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new MojoExecutionException("architect failed while checking " + project.getArtifactId()
                    + " (this is a bug in architect, please report it): " + e, e);
        }
    }
}
