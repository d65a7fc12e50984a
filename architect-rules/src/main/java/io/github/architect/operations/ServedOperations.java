package io.github.architect.operations;

import io.github.architect.code.CodeModule;

import java.util.List;

/** The GraphQL root fields and gRPC methods a module serves, as the operations check finds them. */
public final class ServedOperations {

    private ServedOperations() {
    }

    public static List<CodeOperation> of(CodeModule module) {
        return module.holdsCode() ? OperationScanner.scan(module).operations() : List.of();
    }
}
