package io.github.architect.maven;

import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What every architect goal shares: finding the document of the build. */
abstract class AbstractArchitectMojo extends AbstractMojo {

    /**
     * The architecture document. By default {@code architecture.md} in the top-level directory of
     * the build (the multi-module root where Maven was started, or the nearest enclosing parent
     * project directory that has one), never in each module. A relative path is resolved the same
     * way, e.g. {@code -Darchitect.doc=docs/architecture.md}.
     */
    @Parameter(property = "architect.doc")
    protected String doc;

    /** The running build: its projects and where it was started. Not configurable. */
    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    /** The directory Maven was started in (or the directory of {@code -f pom.xml}). */
    protected Path buildRoot() {
        String executionRoot = session.getExecutionRootDirectory();
        if (executionRoot != null) {
            return Path.of(executionRoot).toAbsolutePath().normalize();
        }
        MavenProject top = session.getTopLevelProject();
        return top != null && top.getBasedir() != null ? top.getBasedir().toPath().toAbsolutePath().normalize()
                : Path.of("").toAbsolutePath();
    }

    protected DocumentLocation locateDocument() {
        Path root = buildRoot();
        return DocumentLocator.locate(doc, root, DocumentLocator.enclosingAncestors(root, localParentDirectories(root)));
    }

    /** Directories of the local parent poms of the project started in {@code root}, nearest first. */
    private List<Path> localParentDirectories(Path root) {
        MavenProject start = null;
        for (MavenProject project : session.getProjects()) {
            if (project.getBasedir() != null && project.getBasedir().toPath().toAbsolutePath().normalize().equals(root)) {
                start = project;
                break;
            }
        }
        List<Path> directories = new ArrayList<>();
        MavenProject parent = start == null ? null : start.getParent();
        while (parent != null && parent.getFile() != null) {
            File basedir = parent.getBasedir();
            if (basedir == null) {
                break;
            }
            directories.add(basedir.toPath());
            parent = parent.getParent();
        }
        return directories;
    }
}
