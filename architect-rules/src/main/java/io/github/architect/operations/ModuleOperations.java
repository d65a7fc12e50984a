package io.github.architect.operations;

import java.util.List;

/**
 * What one module serves.
 *
 * @param operations the operations, one per kind and name (a handler wins over the schema line)
 * @param problems   files that could not be read
 * @param unresolved handler names that are not string constants of the project, for -X
 */
record ModuleOperations(List<CodeOperation> operations, List<OperationSourceProblem> problems, List<String> unresolved) {

    ModuleOperations {
        operations = List.copyOf(operations);
        problems = List.copyOf(problems);
        unresolved = List.copyOf(unresolved);
    }
}
