package io.github.architect.check;

import io.github.architect.code.CodeModule;

import java.util.List;

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
}
