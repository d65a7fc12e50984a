package io.github.architect.model;

import java.util.Locale;

/** The API styles beyond REST whose operations section 4 declares. */
public enum OperationKind {
    GRAPHQL_QUERY("Query"),
    GRAPHQL_MUTATION("Mutation"),
    GRAPHQL_SUBSCRIPTION("Subscription"),
    GRPC(null);

    private final String rootType;

    OperationKind(String rootType) {
        this.rootType = rootType;
    }

    /** The GraphQL root type ("Query"), or null for gRPC. */
    public String rootType() {
        return rootType;
    }

    public boolean isGraphql() {
        return rootType != null;
    }

    /** The GraphQL kind of a root type name, compared case-insensitively; null for any other type. */
    public static OperationKind ofRootType(String typeName) {
        for (OperationKind kind : values()) {
            if (kind.rootType != null && kind.rootType.equalsIgnoreCase(typeName)) {
                return kind;
            }
        }
        return null;
    }

    /** "query", "mutation", "subscription" or "rpc": how a user names one in a message. */
    public String word() {
        return rootType == null ? "rpc" : rootType.toLowerCase(Locale.ROOT);
    }
}
