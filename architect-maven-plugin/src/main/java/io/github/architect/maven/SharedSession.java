package io.github.architect.maven;

import io.github.architect.engine.BuildSession;
import io.github.architect.engine.BuildSettings;
import io.github.architect.engine.SettingsException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;

/** The build's one {@link BuildSession}, opened by the first execution with these settings. */
final class SharedSession {

    private SharedSession() {
    }

    static BuildScope.Shared<BuildSession> open(MavenSession session, BuildSettings settings, Path buildRoot, Log log) throws MojoExecutionException {
        try {
            return BuildScope.once(session, settings, () -> BuildSession.open(settings,
                    CodebaseReader.declared(codeRoot(settings, buildRoot), MavenLayout.allProjects(session)),
                    message -> log.debug("architect: " + message)));
        } catch (SettingsException e) {
            throw new MojoExecutionException(e.getMessage());
        } catch (RuntimeException e) {
            throw new MojoExecutionException("architect could not read " + settings.document()
                    + " (this is a bug in architect, please report it): " + e, e);
        }
    }

    /** The top-level directory of the build: where the document is, when that encloses the build. */
    private static Path codeRoot(BuildSettings settings, Path buildRoot) {
        Path documentDirectory = settings.document().getParent();
        return documentDirectory != null && buildRoot.startsWith(documentDirectory) ? documentDirectory : buildRoot;
    }
}
