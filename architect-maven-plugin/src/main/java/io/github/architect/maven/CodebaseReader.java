package io.github.architect.maven;

import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Describes the reactor's Maven projects as {@link CodeModule}s.
 *
 * <p>Two views: {@link #declared} uses only what the poms say (source directory, declared
 * dependencies), so the shared view of the whole build is the same whichever module happens to
 * run first under {@code -T}, and never reads another module's state while its own thread is
 * changing it. {@link #resolved} describes the module being verified right now, whose
 * generated source roots and resolved dependencies are known.
 */
final class CodebaseReader {

    private static final Set<String> COMPILE_SCOPES = Set.of(
            Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM);
    /** The system's stack: what it compiles and runs with (drivers are usually runtime), not its tests. */
    private static final Set<String> STACK_SCOPES = Set.of(
            Artifact.SCOPE_COMPILE, Artifact.SCOPE_PROVIDED, Artifact.SCOPE_SYSTEM, Artifact.SCOPE_RUNTIME);

    private CodebaseReader() {
    }

    static Codebase declared(Path rootDirectory, List<MavenProject> projects) {
        Set<String> reactor = reactorKeys(projects);
        return new Codebase(rootDirectory, projects.stream().map(p -> declared(p, reactor)).toList());
    }

    static CodeModule resolved(MavenProject project, List<MavenProject> projects) {
        Set<String> reactor = reactorKeys(projects);
        Set<String> libraries = project.getArtifacts().stream()
                .filter(a -> a.getScope() == null || COMPILE_SCOPES.contains(a.getScope()))
                .map(a -> a.getGroupId() + ":" + a.getArtifactId())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<BuildDependency> dependencies = project.getArtifacts().stream()
                .filter(a -> a.getScope() == null || STACK_SCOPES.contains(a.getScope()))
                .map(CodebaseReader::resolvedDependency)
                .toList();
        return new CodeModule(project.getArtifactId(), basedir(project), project.getPackaging(),
                paths(project.getCompileSourceRoots()), List.of(Path.of(project.getBuild().getOutputDirectory())),
                resourceDirectories(project), moduleDependencies(project, reactor), libraries, pom(project),
                dependencies, javaRelease(project));
    }

    /**
     * The dependency with the declared one it arrives through: the second entry of its trail (the
     * first is the project itself), "groupId:artifactId:type[:classifier]:version" on Maven 3.9 and 4.
     */
    private static BuildDependency resolvedDependency(Artifact artifact) {
        List<String> trail = artifact.getDependencyTrail();
        String via = null;
        if (trail != null && trail.size() > 1) {
            String[] parts = trail.get(1).split(":");
            if (parts.length >= 2) {
                via = parts[0] + ":" + parts[1];
            }
        }
        return new BuildDependency(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
                artifact.getScope(), via);
    }

    /** The release the compiler targets: its plugin configuration, else the usual properties. */
    private static String javaRelease(MavenProject project) {
        Plugin compiler = project.getPlugin("org.apache.maven.plugins:maven-compiler-plugin");
        if (compiler != null && compiler.getConfiguration() instanceof Xpp3Dom configuration) {
            for (String name : List.of("release", "source")) {
                Xpp3Dom child = configuration.getChild(name);
                if (child != null && child.getValue() != null && child.getValue().matches("[0-9.]+")) {
                    return child.getValue();
                }
            }
        }
        Properties properties = project.getProperties();
        for (String name : List.of("maven.compiler.release", "maven.compiler.source", "java.version")) {
            String value = properties.getProperty(name);
            if (value != null && value.trim().matches("[0-9.]+")) {
                return value.trim();
            }
        }
        return "";
    }

    /**
     * One module as its pom describes it, for an execution that checks a module other than its own
     * (a pure aggregator root): what the module's build added at run time is not part of it.
     */
    static CodeModule declared(MavenProject project, List<MavenProject> projects) {
        return declared(project, reactorKeys(projects));
    }

    private static CodeModule declared(MavenProject project, Set<String> reactor) {
        Set<String> libraries = project.getDependencies().stream()
                .filter(d -> d.getScope() == null || COMPILE_SCOPES.contains(d.getScope()))
                .map(CodebaseReader::key)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<BuildDependency> dependencies = project.getDependencies().stream()
                .filter(d -> d.getScope() == null || STACK_SCOPES.contains(d.getScope()))
                .map(d -> BuildDependency.direct(d.getGroupId(), d.getArtifactId(), d.getVersion(), d.getScope()))
                .toList();
        return new CodeModule(project.getArtifactId(), basedir(project), project.getPackaging(),
                List.of(Path.of(project.getBuild().getSourceDirectory())),
                List.of(Path.of(project.getBuild().getOutputDirectory())),
                resourceDirectories(project), moduleDependencies(project, reactor), libraries, pom(project),
                dependencies, javaRelease(project));
    }

    /** Other modules of this build that the project uses (test scope does not couple modules). */
    private static List<String> moduleDependencies(MavenProject project, Set<String> reactor) {
        return project.getDependencies().stream()
                .filter(d -> !Artifact.SCOPE_TEST.equals(d.getScope()))
                .filter(d -> reactor.contains(key(d)))
                .map(Dependency::getArtifactId)
                .distinct()
                .toList();
    }

    private static List<Path> resourceDirectories(MavenProject project) {
        return project.getBuild().getResources().stream().map(Resource::getDirectory).distinct().map(Path::of).toList();
    }

    private static Set<String> reactorKeys(List<MavenProject> projects) {
        return projects.stream().map(p -> p.getGroupId() + ":" + p.getArtifactId()).collect(Collectors.toSet());
    }

    private static String key(Dependency dependency) {
        return dependency.getGroupId() + ":" + dependency.getArtifactId();
    }

    private static List<Path> paths(Collection<String> directories) {
        return List.copyOf(directories).stream().distinct().map(Path::of).toList();
    }

    private static Path basedir(MavenProject project) {
        return project.getBasedir().toPath().toAbsolutePath().normalize();
    }

    private static Path pom(MavenProject project) {
        return project.getFile() == null ? null : project.getFile().toPath().toAbsolutePath().normalize();
    }
}
