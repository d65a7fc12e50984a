package io.github.architect.maven;

import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReactorRunsTest {

    private static final String KEY = "io.github.architect:architect-maven-plugin";

    private static MavenProject project(String artifactId, String packaging, Plugin... plugins) {
        Model model = new Model();
        model.setGroupId("it.architect");
        model.setArtifactId(artifactId);
        model.setVersion("1.0");
        model.setPackaging(packaging);
        Build build = new Build();
        for (Plugin plugin : plugins) {
            build.addPlugin(plugin);
        }
        model.setBuild(build);
        return new MavenProject(model);
    }

    private static Plugin architect(String goal, String phase) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("io.github.architect");
        plugin.setArtifactId("architect-maven-plugin");
        if (goal != null) {
            PluginExecution execution = new PluginExecution();
            execution.addGoal(goal);
            execution.setPhase(phase);
            plugin.addExecution(execution);
        }
        return plugin;
    }

    @Test
    void aPureAggregatorRootEndsTheRunAndChecksTheModulesThatDoNotRunItThemselves() {
        MavenProject catalog = project("catalog", "jar");
        MavenProject orders = project("orders", "jar");
        MavenProject root = project("shop", "pom", architect("verify", null));

        ReactorRuns runs = new ReactorRuns(List.of(catalog, orders, root), KEY, "verify", false);

        assertThat(runs.running()).containsExactly(root);
        assertThat(runs.ends(root)).isTrue();
        assertThat(runs.uncheckedModules()).containsExactly(catalog, orders);
    }

    @Test
    void modulesThatInheritTheExecutionCheckThemselves() {
        MavenProject root = project("shop", "pom", architect("verify", null));
        MavenProject catalog = project("catalog", "jar", architect("verify", null));
        MavenProject orders = project("orders", "jar", architect("verify", null));

        ReactorRuns runs = new ReactorRuns(List.of(root, catalog, orders), KEY, "verify", false);

        assertThat(runs.uncheckedModules()).isEmpty();
        assertThat(runs.ends(orders)).isTrue();
        assertThat(runs.ends(root)).isFalse();
    }

    @Test
    void thePluginWithoutAnExecutionOfTheGoalOrBoundToPhaseNoneDoesNotCount() {
        MavenProject configuredOnly = project("catalog", "jar", architect(null, null));
        MavenProject disabled = project("orders", "jar", architect("verify", "none"));
        MavenProject baselineOnly = project("billing", "jar", architect("baseline", null));
        MavenProject parentPom = project("parent", "pom");
        MavenProject root = project("shop", "pom", architect("verify", null));

        ReactorRuns runs = new ReactorRuns(List.of(configuredOnly, disabled, baselineOnly, parentPom, root),
                KEY, "verify", false);

        // a pom project holds no code: nothing to check for it
        assertThat(runs.uncheckedModules()).containsExactly(configuredOnly, disabled, baselineOnly);
    }

    @Test
    void aGoalTypedOnTheCommandLineRunsInEveryProject() {
        MavenProject catalog = project("catalog", "jar");
        MavenProject root = project("shop", "pom");

        ReactorRuns runs = new ReactorRuns(List.of(catalog, root), KEY, "verify", true);

        assertThat(runs.uncheckedModules()).isEmpty();
        assertThat(runs.ends(root)).isTrue();
    }
}
