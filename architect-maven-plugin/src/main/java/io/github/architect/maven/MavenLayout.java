package io.github.architect.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

import java.util.List;

/** Which projects a build has, and which of them it builds. */
final class MavenLayout {

    private MavenLayout() {
    }

    /**
     * Every project of the build, also those left out with {@code -pl}: their sources are still
     * there, and a build-wide check that saw only the selected modules would report the others'
     * services as missing.
     */
    static List<MavenProject> allProjects(MavenSession session) {
        List<MavenProject> all = session.getAllProjects();
        return all == null || all.isEmpty() ? session.getProjects() : all;
    }

    /**
     * True when {@code -pl}, {@code -rf} or the like left projects of the build out: modules that
     * are not built are not checked, so findings about the build as a whole would not be sound.
     */
    static boolean isPartial(MavenSession session) {
        List<MavenProject> all = session.getAllProjects();
        return all != null && session.getProjects().size() < all.size();
    }
}
