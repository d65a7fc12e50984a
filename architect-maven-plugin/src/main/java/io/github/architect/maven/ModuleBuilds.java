package io.github.architect.maven;

import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.BuildSuccess;
import org.apache.maven.execution.BuildSummary;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.execution.ProjectDependencyGraph;
import org.apache.maven.project.MavenProject;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Which of the modules an aggregating execution checks have finished their build, so that their
 * classes exist. In a sequential build the modules built before the aggregator are done; under
 * {@code -T} the aggregator may run beside them, and waits for those it can safely wait for: a
 * module that does not depend on the aggregator's project (the reactor's dependency graph then
 * schedules it on another thread). A module it cannot wait for, or whose build failed or was
 * skipped, is returned as not checkable with the reason, never silently left out.
 */
final class ModuleBuilds {

    private static final long POLL_MILLIS = 100;

    /** The modules ready to check, in build order, and the others with why they cannot be. */
    record Ready(List<MavenProject> built, Map<MavenProject, String> notCheckable) {
    }

    private final MavenSession session;
    private final MavenProject aggregator;
    private final Consumer<String> debug;

    ModuleBuilds(MavenSession session, MavenProject aggregator, Consumer<String> debug) {
        this.session = session;
        this.aggregator = aggregator;
        this.debug = debug;
    }

    Ready await(List<MavenProject> modules) throws InterruptedException {
        Map<MavenProject, String> notCheckable = new LinkedHashMap<>();
        List<MavenProject> pending = new ArrayList<>();
        List<MavenProject> downstream = downstreamOfAggregator();
        for (MavenProject module : modules) {
            if (summary(module) != null) {
                continue;
            }
            if (!session.isParallel()) {
                if (builtAfterAggregator(module)) {
                    notCheckable.put(module, "it is built after " + aggregator.getArtifactId() + " in this build");
                }
            } else if (downstream.contains(module)) {
                notCheckable.put(module, "it depends on " + aggregator.getArtifactId()
                        + ", so " + aggregator.getArtifactId() + " cannot wait for it");
            } else {
                pending.add(module);
            }
        }
        if (!pending.isEmpty()) {
            debug.accept("waiting for " + names(pending) + " to finish their build before checking them");
        }
        while (!pending.isEmpty()) {
            pending.removeIf(module -> summary(module) != null);
            for (MavenProject module : List.copyOf(pending)) {
                if (neverBuilt(module)) {
                    notCheckable.put(module, "the build stopped before it was built");
                    pending.remove(module);
                }
            }
            if (!pending.isEmpty()) {
                Thread.sleep(POLL_MILLIS);
            }
        }
        List<MavenProject> built = new ArrayList<>();
        for (MavenProject module : modules) {
            BuildSummary summary = summary(module);
            if (summary instanceof BuildSuccess) {
                built.add(module);
            } else if (summary instanceof BuildFailure) {
                notCheckable.put(module, "its build failed");
            } else if (!notCheckable.containsKey(module)) {
                notCheckable.put(module, "it was not built (a module it needs failed)");
            }
        }
        Map<MavenProject, String> ordered = new LinkedHashMap<>();
        modules.stream().filter(notCheckable::containsKey).forEach(m -> ordered.put(m, notCheckable.get(m)));
        return new Ready(built, ordered);
    }

    /**
     * True when a module will get no build summary: Maven stops scheduling after a failure with
     * fail-fast, and with fail-at-end skips the modules downstream of a failed one.
     */
    private boolean neverBuilt(MavenProject module) {
        if (!session.getResult().hasExceptions()) {
            return false;
        }
        String behaviour = session.getRequest().getReactorFailureBehavior();
        if (MavenExecutionRequest.REACTOR_FAIL_NEVER.equals(behaviour)) {
            return false;
        }
        if (!MavenExecutionRequest.REACTOR_FAIL_AT_END.equals(behaviour)) {
            return true;
        }
        ProjectDependencyGraph graph = session.getProjectDependencyGraph();
        return graph != null && graph.getUpstreamProjects(module, true).stream()
                .anyMatch(upstream -> summary(upstream) instanceof BuildFailure);
    }

    private boolean builtAfterAggregator(MavenProject module) {
        List<MavenProject> order = session.getProjects();
        return order.indexOf(module) > order.indexOf(aggregator);
    }

    private List<MavenProject> downstreamOfAggregator() {
        ProjectDependencyGraph graph = session.getProjectDependencyGraph();
        return graph == null ? List.of() : graph.getDownstreamProjects(aggregator, true);
    }

    private BuildSummary summary(MavenProject module) {
        return session.getResult().getBuildSummary(module);
    }

    static String names(List<MavenProject> projects) {
        return String.join(", ", projects.stream().map(MavenProject::getArtifactId).toList());
    }
}
