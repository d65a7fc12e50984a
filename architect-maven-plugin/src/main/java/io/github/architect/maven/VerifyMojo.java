package io.github.architect.maven;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Placeholder: fails the build when the code drifts from architecture.md. */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.COMPILE)
public class VerifyMojo extends AbstractMojo {

    @Override
    public void execute() {
        getLog().debug("architect: not yet implemented");
    }
}
