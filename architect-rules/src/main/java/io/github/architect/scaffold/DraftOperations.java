package io.github.architect.scaffold;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.operations.CodeOperation;
import io.github.architect.operations.ServedOperations;
import io.github.architect.scaffold.DraftFacts.DraftOperation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The GraphQL root fields and gRPC methods each service serves, found by the operations check's own scanner. */
final class DraftOperations {

    private DraftOperations() {
    }

    static Map<String, List<DraftOperation>> of(Codebase codebase, ServiceMapping mapping, JavaSourceIndex index) {
        Map<String, List<DraftOperation>> byService = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CodeModule module : codebase.modules()) {
            for (CodeOperation operation : ServedOperations.of(module, index)) {
                String service = serviceOf(module, operation, mapping).map(Service::name).orElse("");
                // grpc-java lower-cases the first letter of an rpc; the proto's own spelling starts upper-case
                String name = operation.kind().isGraphql() ? operation.name()
                        : operation.name().substring(0, 1).toUpperCase(Locale.ROOT) + operation.name().substring(1);
                String api = operation.kind().isGraphql() ? operation.kind().rootType() : simple(operation.api());
                if (seen.add(service + " " + operation.kind() + " " + api + " " + name.toLowerCase(Locale.ROOT))) {
                    byService.computeIfAbsent(service, s -> new ArrayList<>())
                            .add(new DraftOperation(operation.kind(), api, name, operation.servedBy()));
                }
            }
        }
        return byService;
    }

    /** The service of the handler's class, else (a schema file is the evidence) the module's. */
    private static Optional<Service> serviceOf(CodeModule module, CodeOperation operation, ServiceMapping mapping) {
        if (operation.className() != null) {
            return mapping.serviceOf(module, operation.className());
        }
        return Optional.ofNullable(mapping.moduleResolution(module).service());
    }

    private static String simple(String api) {
        return api.substring(api.lastIndexOf('.') + 1);
    }
}
