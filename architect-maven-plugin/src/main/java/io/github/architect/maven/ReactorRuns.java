package io.github.architect.maven;

import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;

import java.util.List;
import java.util.Objects;

/**
 * Which projects of the reactor run an architect goal themselves, read from each project's
 * effective pom (its build plugins), so that one execution can tell whether it is the one that
 * ends the run and which modules with code no execution of theirs checks (the modules of a
 * pure aggregator root that do not inherit from it).
 *
 * @param reactor         the projects being built, in build order
 * @param pluginKey       {@code groupId:artifactId} of this plugin
 * @param goal            the goal running now ({@code verify}, {@code baseline})
 * @param fromCommandLine true when the goal was typed on the command line: then every project runs it
 */
record ReactorRuns(List<MavenProject> reactor, String pluginKey, String goal, boolean fromCommandLine) {

    ReactorRuns {
        reactor = List.copyOf(reactor);
    }

    /** True when the project's own build runs the goal: an execution of it, not disabled with phase "none". */
    /** The projects of this build that run this execution's goal. */
    static ReactorRuns of(org.apache.maven.execution.MavenSession session, org.apache.maven.plugin.MojoExecution execution) {
        return new ReactorRuns(session.getProjects(), execution.getPlugin() == null ? null : execution.getPlugin().getKey(),
                execution.getGoal(), execution.getSource() == org.apache.maven.plugin.MojoExecution.Source.CLI);
    }

    boolean runsItself(MavenProject project) {
        if (fromCommandLine) {
            return true;
        }
        for (Plugin plugin : project.getBuildPlugins()) {
            if (!Objects.equals(pluginKey, plugin.getKey())) {
                continue;
            }
            for (PluginExecution execution : plugin.getExecutions()) {
                if (execution.getGoals().contains(goal) && !"none".equals(execution.getPhase())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The projects that run the goal themselves, in build order. */
    List<MavenProject> running() {
        return reactor.stream().filter(this::runsItself).toList();
    }

    /**
     * True for the project whose execution ends the run (build-wide findings, the summary, the
     * modules nobody else checks): the last one in build order that runs the goal. The order is
     * fixed before the build starts, so this is the same project under {@code -T}.
     */
    boolean ends(MavenProject project) {
        List<MavenProject> running = running();
        List<MavenProject> candidates = running.isEmpty() ? reactor : running;
        return !candidates.isEmpty() && sameProject(candidates.get(candidates.size() - 1), project);
    }

    /** The projects with code (not {@code pom} packaging) whose own build does not run the goal. */
    List<MavenProject> uncheckedModules() {
        return reactor.stream().filter(p -> !"pom".equals(p.getPackaging())).filter(p -> !runsItself(p)).toList();
    }

    static boolean sameProject(MavenProject a, MavenProject b) {
        return a.getGroupId().equals(b.getGroupId()) && a.getArtifactId().equals(b.getArtifactId())
                && a.getVersion().equals(b.getVersion());
    }
}
