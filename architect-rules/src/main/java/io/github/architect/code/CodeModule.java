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
 */
public record CodeModule(String artifactId, Path baseDirectory, String packaging, List<Path> sourceRoots,
                         List<Path> classesDirectories, List<Path> resourceDirectories,
                         List<String> moduleDependencies, Set<String> libraries, Path pomFile) {

    public CodeModule {
        sourceRoots = List.copyOf(sourceRoots);
        classesDirectories = List.copyOf(classesDirectories);
        resourceDirectories = List.copyOf(resourceDirectories);
        moduleDependencies = List.copyOf(moduleDependencies);
        libraries = Set.copyOf(libraries);
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
