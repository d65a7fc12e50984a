package io.github.architect.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where {@code scaffold-doc} would really write: a symbolic link (even a dangling one) is followed
 * to the file it names. Writing outside the build's directory through a link is refused unless the
 * user named that very file with {@code -Darchitect.doc}: a link in a checkout must not make a goal
 * write to a file elsewhere on the machine while it prints the in-project path.
 */
final class ScaffoldTarget {

    /** Links followed before giving up: the limit of most systems, and a loop ends there. */
    private static final int MAX_LINKS = 40;

    private ScaffoldTarget() {
    }

    /**
     * The file a write to {@code document} lands in.
     *
     * @param buildRoot the build's top-level directory
     * @param named     the path the user gave with {@code architect.doc}, or null
     * @throws IllegalArgumentException with the message to show when the write would land outside
     *                                  the build's directory without the user naming that file
     */
    static Path landing(Path document, Path buildRoot, String named) throws IOException {
        Path landing = followLinks(document.toAbsolutePath().normalize());
        Path root = real(buildRoot.toAbsolutePath().normalize());
        if (landing.startsWith(root) || isNamed(landing, buildRoot, named)) {
            return landing;
        }
        throw new IllegalArgumentException(document + " is a symbolic link to " + landing
                + ", outside the build's directory " + root + "; scaffold-doc writes only inside the build."
                + " Remove the link, or name the file with -Darchitect.doc=" + landing + " to write it there.");
    }

    private static boolean isNamed(Path landing, Path buildRoot, String named) throws IOException {
        if (named == null || named.isBlank()) {
            return false;
        }
        Path given = buildRoot.toAbsolutePath().resolve(named.trim()).normalize();
        return given.equals(landing) || real(given).equals(landing);
    }

    private static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == MAX_LINKS) {
                throw new IOException("Too many levels of symbolic links at " + path);
            }
            Path parent = current.getParent();
            Path link = Files.readSymbolicLink(current);
            current = (parent == null ? link : parent.resolve(link)).normalize();
        }
        return real(current);
    }

    /** The path with every link in its existing directories resolved; the missing tail is kept as written. */
    private static Path real(Path path) throws IOException {
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(path)) {
            return path.toRealPath();
        }
        Path parent = path.getParent();
        Optional<Path> name = Optional.ofNullable(path.getFileName());
        if (parent == null || name.isEmpty()) {
            return path;
        }
        Path realParent = Files.isDirectory(parent) ? parent.toRealPath() : real(parent);
        return realParent.resolve(name.get());
    }
}
