package io.github.architect.maven;

import io.github.architect.code.Codebase;
import io.github.architect.scaffold.DocumentDraft;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes an {@code architecture.md} to start from: the seven sections in order, each with a
 * short guide and one worked example marked as a placeholder. Never overwrites an existing
 * document unless asked to with {@code -Darchitect.force=true}. In a build with code, a first draft
 * of the code's services, dependencies, endpoints, tables and technologies that verify accepts;
 * run it after {@code compile} so that dependencies can be read from the classes.
 */
@Mojo(name = "scaffold-doc", aggregator = true, requiresProject = false, threadSafe = true)
public class ScaffoldDocMojo extends AbstractArchitectMojo {

    /** Overwrites an existing document. */
    @Parameter(property = "architect.force", defaultValue = "false")
    private boolean force;

    /**
     * The template, or for a build with code a first draft from it: services, dependencies (from
     * compiled classes), endpoints, tables and technologies, as {@link DocumentDraft} reads them.
     */
    private String content() {
        Codebase codebase = CodebaseReader.declared(buildRoot(), session.getProjects());
        if (!DocumentDraft.hasCode(codebase)) {
            return DocumentTemplate.text();
        }
        DocumentDraft.Draft draft = DocumentDraft.write(codebase, title());
        draft.notes().forEach(getLog()::warn);
        return draft.markdown();
    }

    private String title() {
        MavenProject top = session.getTopLevelProject();
        String name = top == null ? null : top.getName();
        return name == null || name.isBlank() ? buildRoot().getFileName().toString() : name;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        DocumentLocation location = locateDocument();
        Path target = location.path();
        Path landing;
        try {
            landing = ScaffoldTarget.landing(target, buildRoot(), doc);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage());
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + target + ": " + e.getMessage(), e);
        }
        if (Files.exists(landing) && !force) {
            throw new MojoFailureException(target + " already exists; scaffold-doc leaves it untouched."
                    + " Re-run with -Darchitect.force=true to replace it, or with -Darchitect.doc=other.md to write the draft to another file.");
        }
        try {
            Path directory = landing.getParent();
            if (directory != null) {
                Files.createDirectories(directory);
            }
            Files.writeString(landing, content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write " + landing + ": " + e.getMessage(), e);
        }
        String written = landing.equals(target.toAbsolutePath().normalize()) ? target.toString()
                : target + " (a link to " + landing + ")";
        getLog().info("Wrote " + written + ": replace the PLACEHOLDER examples with your design, then run mvn architect:verify");
    }
}
