package io.github.architect.code;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * All code of one build: every module of the reactor, in build order.
 *
 * @param rootDirectory the top-level directory of the build (where architecture.md normally is)
 */
public record Codebase(Path rootDirectory, List<CodeModule> modules) {

    public Codebase {
        modules = List.copyOf(modules);
    }

    public static Codebase of(Path rootDirectory, CodeModule... modules) {
        return new Codebase(rootDirectory, List.of(modules));
    }

    public boolean isMultiModule() {
        return modules.stream().filter(CodeModule::holdsCode).count() > 1;
    }

    public Optional<CodeModule> module(String artifactId) {
        return modules.stream().filter(m -> m.artifactId().equals(artifactId)).findFirst();
    }
}
