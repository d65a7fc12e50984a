package io.github.architect.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds architecture.md for a build. The document belongs to the whole build, so it is looked up
 * from the top-level directory of the build (where Maven was started), then from the directories
 * of the enclosing multi-module roots above it (local parent poms), never from each module.
 */
public final class DocumentLocator {

    public static final String DEFAULT_NAME = "architecture.md";

    private DocumentLocator() {
    }

    /**
     * @param configured     {@code architect.doc} as the user wrote it, or null/blank for the default;
     *                       a relative path is relative to the build's top-level directory
     * @param buildRoot      the directory Maven was started in (the execution root)
     * @param enclosingRoots directories above {@code buildRoot} that belong to the same build,
     *                       nearest first (directories of local parent poms)
     */
    public static DocumentLocation locate(String configured, Path buildRoot, List<Path> enclosingRoots) {
        String relative = configured == null || configured.isBlank() ? DEFAULT_NAME : configured.trim();
        Path asWritten = Path.of(relative);
        if (asWritten.isAbsolute()) {
            Path document = orDefaultNameInside(asWritten.normalize());
            return new DocumentLocation(document, List.of(document));
        }
        Set<Path> roots = new LinkedHashSet<>();
        roots.add(buildRoot.toAbsolutePath().normalize());
        enclosingRoots.forEach(root -> roots.add(root.toAbsolutePath().normalize()));
        List<Path> candidates = new ArrayList<>();
        for (Path root : roots) {
            candidates.add(orDefaultNameInside(root.resolve(asWritten).normalize()));
        }
        Path found = candidates.stream().filter(Files::isRegularFile).findFirst().orElse(candidates.get(0));
        return new DocumentLocation(found, candidates);
    }

    /** A directory given as the document means the default file name inside it. */
    private static Path orDefaultNameInside(Path path) {
        return Files.isDirectory(path) ? path.resolve(DEFAULT_NAME) : path;
    }

    /**
     * Keeps the chain of directories above {@code start} in which each one is an ancestor of the
     * previous: a parent pom in a sibling directory ({@code ../parent}) is not a build root.
     */
    public static List<Path> enclosingAncestors(Path start, List<Path> parentDirectories) {
        List<Path> chain = new ArrayList<>();
        Path current = start.toAbsolutePath().normalize();
        for (Path candidate : parentDirectories) {
            Path directory = candidate.toAbsolutePath().normalize();
            if (current.equals(directory)) {
                continue;
            }
            if (!current.startsWith(directory)) {
                break;
            }
            chain.add(directory);
            current = directory;
        }
        return chain;
    }
}
