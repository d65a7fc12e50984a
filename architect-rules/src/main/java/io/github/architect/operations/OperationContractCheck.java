package io.github.architect.operations;

import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.ContractMatching;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the GraphQL root fields and gRPC methods the code serves with those section 4
 * declares: operations nobody declared, and declared operations no module serves.
 */
public final class OperationContractCheck implements Check {

    public static final Rule UNDECLARED = new Rule("undeclared-operation", Severity.ERROR,
            "GraphQL or gRPC operation not declared in the API contracts",
            "The code serves a GraphQL query, mutation or subscription, or a gRPC method, that section 4 (API"
                    + " Contracts) of architecture.md does not declare: clients may come to depend on an API nobody designed.",
            "Declare it in section 4 (a ```graphql or ```protobuf block, or a linked schema file), or remove it from the code.");
    public static final Rule NOT_IMPLEMENTED = new Rule("operation-not-implemented", Severity.ERROR,
            "Declared GraphQL or gRPC operation not implemented",
            "Section 4 declares a GraphQL root field or a gRPC method that no module of the build serves (no handler,"
                    + " and no schema file or .proto in a module with a server for it).",
            "Implement it, or remove it from section 4. A team designing ahead sets this rule to warn.");
    public static final Rule UNPARSEABLE = new Rule("unparseable-operation-source", Severity.WARN,
            "GraphQL schema or .proto file of the code cannot be read",
            "A GraphQL schema file or a .proto file of a module does not parse, so the operations it may serve are not checked.",
            "Fix the syntax error at the line named.");

    @Override
    public List<Rule> rules() {
        return List.of(UNDECLARED, NOT_IMPLEMENTED, UNPARSEABLE);
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        if (!module.holdsCode()) {
            return List.of();
        }
        ModuleOperations scan = scan(context, module);
        DeclaredOperations declared = declared(context);
        Set<String> declaredKeys = new HashSet<>();
        declared.operations().forEach(o -> declaredKeys.add(o.key()));
        List<Violation> violations = new ArrayList<>();
        for (CodeOperation operation : scan.operations()) {
            if (declaredKeys.contains(operation.key())) {
                continue;
            }
            Optional<Service> service = serviceOf(context, module, operation);
            String how = operation.kind().isGraphql()
                    ? "a ```graphql block with `type " + operation.api() + " { " + operation.name() + ": ... }`"
                    : "a ```protobuf block with `service " + operation.api() + " { rpc " + operation.name() + " (...) returns (...); }`";
            violations.add(Violation.builder(UNDECLARED).at(operation.location())
                    .message(operation.display() + " is served by " + operation.servedBy()
                            + service.map(s -> " in service " + s.name()).orElse("")
                            + " but section 4 of the architecture document does not declare it")
                    .hint("Declare it" + service.map(s -> " under the " + s.name() + " heading").orElse("")
                            + " in section 4 (" + how + "), or remove it from the code.")
                    .service(service.map(Service::name).orElse(null))
                    .subjects(operation.display())
                    .build());
        }
        for (OperationSourceProblem problem : scan.problems()) {
            violations.add(ContractMatching.unparseable(UNPARSEABLE, problem.location(), problem.message(),
                    "the operations it may serve"));
        }
        scan.unresolved().forEach(context::debug);
        return violations;
    }

    @Override
    public List<Violation> checkBuild(CheckContext context) {
        DeclaredOperations declared = declared(context);
        List<Violation> violations = new ArrayList<>(declared.problems());
        if (declared.operations().isEmpty()) {
            return violations;
        }
        Set<String> served = new HashSet<>();
        for (CodeModule module : context.codebase().modules()) {
            if (module.holdsCode()) {
                scan(context, module).operations().forEach(o -> served.add(o.key()));
            }
        }
        ContractMatching.eachUnaccounted(declared.operations(), o -> served.contains(o.key()),
                DeclaredOperations.DeclaredOperation::key, (operation, i) -> violations.add(notImplemented(operation)));
        return violations;
    }

    private static Violation notImplemented(DeclaredOperations.DeclaredOperation operation) {
        String owner = operation.service() == null ? "" : " under " + operation.service();
        String serve = operation.kind().isGraphql()
                ? "a @" + (operation.kind().rootType() + "Mapping") + " handler, or the schema file in a module with a GraphQL server"
                : "a class extending " + operation.api() + "Grpc." + operation.api() + "ImplBase (or a Quarkus @GrpcService)";
        return Violation.builder(NOT_IMPLEMENTED).at(operation.location())
                .message(operation.display() + " is declared" + owner + " in section 4 but no module of the build serves it")
                .hint("Implement it" + (operation.service() == null ? "" : " in " + operation.service() + "'s code")
                        + " (" + serve + "), or remove it from section 4 (set operation-not-implemented to warn"
                        + " while designing ahead).")
                .service(operation.service())
                .subjects(operation.display())
                .build();
    }

    /**
     * The schema files section 4 links to: not a source or resource directory, so the incremental
     * cache would not see them change otherwise.
     */
    @Override
    public List<Path> documentInputs(CheckContext context) {
        return declared(context).linkedFiles().stream().distinct().toList();
    }

    /** Every module's .proto directories, for the same reason as the linked schema files. */
    @Override
    public List<Path> layoutInputs(Codebase codebase) {
        List<Path> inputs = new ArrayList<>();
        for (CodeModule module : codebase.modules()) {
            if (module.holdsCode()) {
                OperationScanner.protoRoots(module).stream().filter(java.nio.file.Files::isDirectory).forEach(inputs::add);
            }
        }
        return inputs.stream().distinct().toList();
    }

    /** How many operations section 4 declares, those of linked schema files included, for the summary. */
    public static int declaredOperationCount(CheckContext context) {
        return declared(context).count();
    }

    private static Optional<Service> serviceOf(CheckContext context, CodeModule module, CodeOperation operation) {
        if (operation.className() != null) {
            return context.services().serviceOf(module, operation.className());
        }
        if (context.services() instanceof ServiceMapping mapping) {
            return Optional.ofNullable(mapping.moduleResolution(module).service());
        }
        return Optional.empty();
    }

    private static ModuleOperations scan(CheckContext context, CodeModule module) {
        return context.shared(new ScanKey(module), () -> OperationScanner.scan(module, context.scanCache(), context.javaSources()));
    }

    private static DeclaredOperations declared(CheckContext context) {
        return context.shared(new DeclaredKey(context.model()), () -> DeclaredOperations.of(context.model()));
    }

    private record ScanKey(CodeModule module) {
    }

    private record DeclaredKey(ArchitectureModel model) {
    }
}
