package io.github.architect.model;

/**
 * A GraphQL root field or a gRPC method declared in section 4.
 *
 * @param kind     query, mutation, subscription or rpc
 * @param api      the GraphQL root type ("Query") or the gRPC service ("OrderService", package dropped)
 * @param name     the field or rpc name as written
 * @param service  the service whose sub-heading encloses the declaration, or null
 * @param position where the document declares it
 */
public record Operation(OperationKind kind, String api, String name, String service, Position position) {

    /** "query orders" or "rpc OrderService.PlaceOrder". */
    public String display() {
        return kind.isGraphql() ? kind.word() + " " + name : "rpc " + api + "." + name;
    }
}
