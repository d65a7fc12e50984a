package io.github.architect.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.List;

/**
 * The modules of the build with code that do not run the goal themselves (those of a pure
 * aggregator root, which do not inherit its plugins), once their build is done so that their
 * classes exist. A module that cannot be checked is named in a warning, never silently passed.
 */
final class AggregatedModules {

    private final MavenSession session;
    private final MavenProject aggregator;
    private final String goal;
    private final Log log;

    AggregatedModules(MavenSession session, MavenProject aggregator, String goal, Log log) {
        this.session = session;
        this.aggregator = aggregator;
        this.goal = goal;
        this.log = log;
    }

    List<MavenProject> ready(ReactorRuns runs) throws MojoExecutionException {
        List<MavenProject> unchecked = runs.uncheckedModules();
        if (unchecked.isEmpty()) {
            return List.of();
        }
        ModuleBuilds.Ready ready;
        try {
            ready = new ModuleBuilds(session, aggregator, message -> log.debug("architect: " + message)).await(unchecked);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("Interrupted while waiting for the modules "
                    + ModuleBuilds.names(unchecked) + " to finish their build", e);
        }
        if (!ready.notCheckable().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            ready.notCheckable().forEach((module, why) -> reasons.add(module.getArtifactId() + " (" + why + ")"));
            log.warn("architect: " + FindingFormatter.count(reasons.size(), "module") + " not checked: "
                    + String.join(", ", reasons) + ". Modules that do not run architect:" + goal
                    + " themselves are checked by " + aggregator.getArtifactId() + ", which could not check these;"
                    + " add the plugin's " + goal + " execution to their pom, or to a parent pom"
                    + " they inherit from, so that each module checks itself");
        }
        return ready.built();
    }
}
