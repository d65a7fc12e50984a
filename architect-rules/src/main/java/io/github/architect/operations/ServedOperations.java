package io.github.architect.operations;

import io.github.architect.cache.ScanCache;
import io.github.architect.code.CodeModule;
import io.github.architect.code.JavaSourceIndex;

import java.util.List;

/** The GraphQL root fields and gRPC methods a module serves, as the operations check finds them. */
public final class ServedOperations {

    private ServedOperations() {
    }

    public static List<CodeOperation> of(CodeModule module) {
        return module.holdsCode() ? OperationScanner.scan(module).operations() : List.of();
    }

    /** As {@link #of(CodeModule)}, reading the sources through the build's index (one parse per file). */
    public static List<CodeOperation> of(CodeModule module, JavaSourceIndex index) {
        return module.holdsCode() ? OperationScanner.scan(module, ScanCache.disabled(), index).operations() : List.of();
    }
}
