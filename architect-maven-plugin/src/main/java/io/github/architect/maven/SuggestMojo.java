package io.github.architect.maven;

import io.github.architect.engine.BuildSession;
import io.github.architect.suggest.DocumentSuggester;
import io.github.architect.suggest.SchemaFacts;
import io.github.architect.suggest.Suggestion;
import io.github.architect.suggest.UnifiedDiff;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Turns today's findings into the smallest edits of the document: writes
 * {@code target/architect/architecture.suggested.md} and {@code target/architect/architecture.md.diff}
 * (a unified diff for {@code git apply} or {@code patch -p1} at the top-level directory). Run it after
 * compiling, with the same configuration as verify: {@code mvn compile architect:suggest}. Never
 * writes the document and never fails the build on findings.
 */
@Mojo(name = "suggest", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class SuggestMojo extends AbstractCheckingMojo {

    static final String SUGGESTED = "architecture.suggested.md";
    static final String DIFF = "architecture.md.diff";

    @Override
    protected boolean failsOnErrors() {
        return false;
    }

    @Override
    protected void check(Checking checking) throws MojoExecutionException {
        BuildSession engine = checking.engine();
        ExecutionRun.Found found = checking.run().run();
        if (!found.ended()) {
            return;
        }
        Path document = engine.settings().document();
        Path directory = engine.reportDirectory();
        Path suggestedFile = directory.resolve(SUGGESTED);
        Path diffFile = directory.resolve(DIFF);
        if (document.toAbsolutePath().normalize().equals(suggestedFile.toAbsolutePath().normalize())) {
            throw new MojoExecutionException("architect:suggest writes " + suggestedFile + ", which is the document it"
                    + " reads: copy it elsewhere and point -Darchitect.doc at the copy");
        }
        try {
            String text = Files.readString(document, StandardCharsets.UTF_8);
            Suggestion suggestion = DocumentSuggester.suggest(engine.model(), text, engine.report().violations(),
                    SchemaFacts.of(engine.checkContext()));
            Files.createDirectories(directory);
            Files.writeString(suggestedFile, suggestion.suggested(), StandardCharsets.UTF_8);
            Files.writeString(diffFile, UnifiedDiff.of(suggestion, relative(document)), StandardCharsets.UTF_8);
            if (getLog().isDebugEnabled()) {
                suggestion.edits().forEach(e -> getLog().debug("architect: suggested edit: " + e));
            }
            suggestion.notices().forEach(n -> getLog().warn("architect: no edit suggested for " + n));
            if (!suggestion.changesDocument()) {
                getLog().info("architect: nothing to suggest for " + document.getFileName()
                        + (suggestion.notices().isEmpty() ? "" : " (" + FindingFormatter.count(suggestion.notices().size(),
                        "finding") + " left to you)"));
            } else {
                getLog().info("architect: " + FindingFormatter.count(suggestion.edits().size(), "edit")
                        + " of " + document.getFileName() + " suggested in " + suggestedFile + " and " + diffFile
                        + " (git apply " + buildRoot().relativize(diffFile.toAbsolutePath()).toString().replace('\\', '/')
                        + "); " + document.getFileName() + " itself is unchanged");
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the suggestion to " + directory + ": " + e.getMessage(), e);
        }
    }

    /** The document's path from the top-level directory, as the diff's headers name it. */
    private String relative(Path document) {
        Path root = buildRoot().toAbsolutePath().normalize();
        Path absolute = document.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute.getFileName();
        return shown.toString().replace('\\', '/');
    }
}
