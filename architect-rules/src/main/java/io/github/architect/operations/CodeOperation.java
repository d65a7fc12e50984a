package io.github.architect.operations;

import io.github.architect.check.Location;
import io.github.architect.model.OperationKind;

/**
 * A GraphQL root field or gRPC method a module serves.
 *
 * @param api       the GraphQL root type or the gRPC service's simple name
 * @param className the class of the handler, or null when a schema file is the evidence
 * @param servedBy  what serves it, for messages ("OrderQueries.orders()", "schema.graphqls")
 */
public record CodeOperation(OperationKind kind, String api, String name, Location location, String className,
                            String servedBy) {

    public String display() {
        return kind.isGraphql() ? kind.word() + " " + name : "rpc " + api + "." + name;
    }

    /** The key two findings of one operation share: GraphQL names are exact, gRPC names are compared ignoring case. */
    String key() {
        return kind.isGraphql() ? kind + " " + name : "rpc " + OperationNames.simple(api).toLowerCase(java.util.Locale.ROOT)
                + "." + name.toLowerCase(java.util.Locale.ROOT);
    }
}
