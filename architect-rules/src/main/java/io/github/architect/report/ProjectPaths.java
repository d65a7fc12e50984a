package io.github.architect.report;

import java.nio.file.Path;

/** Paths as reports and baselines write them: stable across machines and operating systems. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /**
     * {@code file} relative to {@code root} with forward slashes when it lies below the root, else its
     * absolute path (also with forward slashes) so a finding outside the build still points somewhere.
     */
    public static String relative(Path root, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    public static boolean isBelow(Path root, Path file) {
        return file.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }
}
