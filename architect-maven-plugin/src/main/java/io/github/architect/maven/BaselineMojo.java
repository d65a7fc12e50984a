package io.github.architect.maven;

import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes {@code architecture-baseline.json} (next to the document, or {@code architect.baseline})
 * listing today's findings, so {@code verify} fails only on new ones. Run it after compiling, with
 * the same configuration as verify, e.g. {@code mvn compile architect:baseline}. Every module is
 * checked; the last one writes the file. Findings are printed as warnings and never fail the build.
 */
@Mojo(name = "baseline", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE_PLUS_RUNTIME)
public class BaselineMojo extends VerifyMojo {

    @Override
    protected boolean writesBaseline() {
        return true;
    }
}
