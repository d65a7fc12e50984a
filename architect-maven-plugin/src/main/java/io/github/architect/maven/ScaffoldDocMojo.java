package io.github.architect.maven;

import io.github.architect.code.CodeModule;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes an {@code architecture.md} to start from: the seven sections in order, each with a
 * short guide and one worked example marked as a placeholder. Never overwrites an existing
 * document unless asked to with {@code -Darchitect.force=true}. In a build with code, the draft
 * already names its modules as services, with the dependencies their poms declare.
 */
@Mojo(name = "scaffold-doc", aggregator = true, requiresProject = false, threadSafe = true)
public class ScaffoldDocMojo extends AbstractArchitectMojo {

    /** Overwrites an existing document. */
    @Parameter(property = "architect.force", defaultValue = "false")
    private boolean force;

    /**
     * The template, or for a build with code modules a first draft naming them as services.
     * Modules come from the poms only: nothing needs to be compiled first.
     */
    private String content() {
        List<DocumentTemplate.Module> modules = CodebaseReader.declared(buildRoot(), session.getProjects()).modules()
                .stream()
                .filter(CodeModule::holdsCode)
                .map(m -> new DocumentTemplate.Module(m.artifactId(), m.moduleDependencies()))
                .toList();
        return modules.isEmpty() ? DocumentTemplate.text() : DocumentTemplate.draft(modules);
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
                    + " Re-run with -Darchitect.force=true to replace it with the template.");
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
