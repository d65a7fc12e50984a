package io.github.architect.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One unit of code: a Maven module, or a plain directory tree in a JUnit test.
 *
 * @param artifactId          the module's artifactId (or a directory name)
 * @param baseDirectory       the module's directory
 * @param packaging           Maven packaging; {@code pom} modules hold no code
 * @param sourceRoots         compile source roots, generated ones included
 * @param classesDirectories  compiled output of the module itself (no jars)
 * @param resourceDirectories main resource directories (application.properties, db/migration...)
 * @param moduleDependencies  artifactIds of other modules of the build that this one depends on
 * @param libraries           {@code groupId:artifactId} of every resolved compile-scope dependency
 * @param pomFile             the module's pom.xml, or null outside Maven
 * @param dependencies        compile, provided and runtime dependencies, transitive ones with the
 *                            declared dependency they arrive through (in the build-wide view of
 *                            the reactor only the declared ones); for the technology stack check
 * @param javaRelease         the Java release the module compiles for ("17"), or empty when unknown
 */
public record CodeModule(String artifactId, Path baseDirectory, String packaging, List<Path> sourceRoots,
                         List<Path> classesDirectories, List<Path> resourceDirectories,
                         List<String> moduleDependencies, Set<String> libraries, Path pomFile,
                         List<BuildDependency> dependencies, String javaRelease) {

    public CodeModule {
        sourceRoots = List.copyOf(sourceRoots);
        classesDirectories = List.copyOf(classesDirectories);
        resourceDirectories = List.copyOf(resourceDirectories);
        moduleDependencies = List.copyOf(moduleDependencies);
        libraries = Set.copyOf(libraries);
        dependencies = dependencies == null ? List.of() : List.copyOf(dependencies);
        javaRelease = javaRelease == null ? "" : javaRelease;
    }

    /** A module whose dependencies beyond {@code libraries} and Java release are not known. */
    public CodeModule(String artifactId, Path baseDirectory, String packaging, List<Path> sourceRoots,
                      List<Path> classesDirectories, List<Path> resourceDirectories,
                      List<String> moduleDependencies, Set<String> libraries, Path pomFile) {
        this(artifactId, baseDirectory, packaging, sourceRoots, classesDirectories, resourceDirectories,
                moduleDependencies, libraries, pomFile, List.of(), "");
    }

    /** The same module with these dependencies and Java release. */
    public CodeModule withBuild(List<BuildDependency> resolved, String release) {
        return new CodeModule(artifactId, baseDirectory, packaging, sourceRoots, classesDirectories,
                resourceDirectories, moduleDependencies, libraries, pomFile, resolved, release);
    }

    /** A conventional Maven layout under {@code baseDirectory}, handy for tests. */
    public static CodeModule conventional(String artifactId, Path baseDirectory) {
        return new CodeModule(artifactId, baseDirectory, "jar",
                List.of(baseDirectory.resolve("src/main/java")),
                List.of(baseDirectory.resolve("target/classes")),
                List.of(baseDirectory.resolve("src/main/resources")),
                List.of(), Set.of(), baseDirectory.resolve("pom.xml"));
    }

    public boolean holdsCode() {
        return !"pom".equals(packaging);
    }

    /** The directory's name, which the service mapping also accepts. */
    public String directoryName() {
        Path name = baseDirectory.getFileName();
        return name == null ? artifactId : name.toString();
    }

    public boolean hasLibrary(String groupIdAndArtifactId) {
        return libraries.contains(groupIdAndArtifactId);
    }
}
