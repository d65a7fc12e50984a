package io.github.architect.check;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the document with one aspect of the code. A check is stateless and thread-safe; whatever
 * it computes that other checks could reuse it asks {@link CheckContext#shared} for.
 *
 * <p>A build runs {@link #checkModule} once per code module, then {@link #checkBuild} once for
 * findings about the whole build (a declared service with no code, a declared endpoint that no
 * module implements) so that a multi-module build reports them exactly once.
 */
public interface Check {

    /** The rules this check can break, for configuration, documentation and reports. */
    List<Rule> rules();

    /** Findings about one module's code. */
    default List<Violation> checkModule(CheckContext context, CodeModule module) {
        return List.of();
    }

    /**
     * Findings about the whole build. Other modules may not be compiled yet in a parallel build,
     * so this should rely on sources and poms, not on compiled classes of other modules.
     */
    default List<Violation> checkBuild(CheckContext context) {
        return List.of();
    }

    /**
     * Files beside the document that the findings depend on and that lie outside the build's source,
     * resource and class directories (an OpenAPI document the contracts link to), so that the
     * incremental cache sees a change to them.
     */
    default List<Path> documentInputs(CheckContext context) {
        return List.of();
    }

    /**
     * Like {@link #documentInputs}, files outside the build's source, resource and class directories
     * that the findings depend on, but found from the build's layout rather than the document (a
     * module's {@code .proto} directories). Looked for on every run: unlike the document's inputs,
     * they are not remembered with the document's reading, so they must not need the model.
     */
    default List<Path> layoutInputs(Codebase codebase) {
        return List.of();
    }

    /**
     * The files this check's findings about {@code module} are computed from, when they are only the
     * module's own (beside the document, the configuration and which classes each module holds):
     * then a change to another module's code does not run this check on {@code module} again. Empty
     * (the default) when the findings may depend on any file of the build.
     */
    default Optional<List<Path>> moduleInputs(CheckContext context, CodeModule module) {
        return Optional.empty();
    }

    /**
     * The service pairs {@code module}'s code uses, for the reports' diagram; empty when this check
     * does not look at them. Asked right after {@link #checkModule} in the same context, so it may
     * reuse what that computed; the incremental cache keeps the answer with this check's findings, so
     * that a module served from the cache draws the same diagram as a full run.
     */
    default Optional<Set<ServiceEdge>> usedEdges(CheckContext context, CodeModule module) {
        return Optional.empty();
    }
}
