package io.github.architect.maven;

import io.github.architect.engine.BuildSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes {@code architecture-baseline.json} (next to the document, or {@code architect.baseline})
 * listing today's findings, so {@code verify} fails only on new ones. Run it after compiling, with
 * the same configuration as verify, e.g. {@code mvn compile architect:baseline}. Every module is
 * checked; the last one writes the file. Findings are printed as warnings and never fail the build.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BaselineMojo extends AbstractCheckingMojo {

    @Override
    protected boolean failsOnErrors() {
        return false;
    }

    @Override
    protected boolean writesBaseline() {
        return true;
    }

    @Override
    protected void check(Checking checking) throws MojoExecutionException {
        BuildSession engine = checking.engine();
        ExecutionRun.Found found = checking.run().run();
        if (found.ended()) {
            Path file = checking.configuration().baselineFile(engine.settings().document(), buildRoot());
            try {
                int written = engine.writeBaseline(file);
                getLog().info("architect: wrote " + FindingFormatter.count(written, "accepted finding") + " to "
                        + file + "; commit it and verify will fail only on new findings");
            } catch (IOException e) {
                throw new MojoExecutionException("Could not write the baseline " + file + ": " + e.getMessage(), e);
            }
            new ReportPublisher(getLog()).publish(engine);
        }
    }
}
