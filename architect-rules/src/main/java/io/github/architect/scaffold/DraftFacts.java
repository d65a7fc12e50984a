package io.github.architect.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.architect.model.OperationKind;

import java.util.List;
import java.util.Map;

/**
 * What the code says, gathered once for every part of the draft to write from.
 *
 * @param title        the system's name (the build's)
 * @param services     the services, in build order
 * @param shared       modules or package identifiers any service may use
 * @param dependencies service name to the names of the services its code uses
 * @param endpoints    service name to the endpoints its code serves; "" for code of no service
 * @param tables       service name to the tables of its final schema; "" for tables of no service
 * @param technologies catalogued technologies the build uses, sorted
 * @param operations   service name to the GraphQL root fields and gRPC methods its code serves
 * @param topics       the topics the code produces to or consumes from
 * @param collections  service name to the MongoDB collections its code maps
 */
public record DraftFacts(String title, List<DraftService> services, List<String> shared,
                         Map<String, List<String>> dependencies, Map<String, List<DraftEndpoint>> endpoints,
                         Map<String, List<DraftTable>> tables, List<String> technologies,
                         Map<String, List<DraftOperation>> operations, List<DraftTopic> topics,
                         Map<String, List<DraftCollection>> collections) {

    public DraftFacts {
        services = List.copyOf(services);
        shared = List.copyOf(shared);
        dependencies = Map.copyOf(dependencies);
        endpoints = Map.copyOf(endpoints);
        tables = Map.copyOf(tables);
        technologies = List.copyOf(technologies);
        operations = Map.copyOf(operations);
        topics = List.copyOf(topics);
        collections = Map.copyOf(collections);
    }

    /** The facts without operations, topics and collections. */
    public DraftFacts(String title, List<DraftService> services, List<String> shared,
                      Map<String, List<String>> dependencies, Map<String, List<DraftEndpoint>> endpoints,
                      Map<String, List<DraftTable>> tables, List<String> technologies) {
        this(title, services, shared, dependencies, endpoints, tables, technologies, Map.of(), List.of(), Map.of());
    }

    /** The facts about the services only, before their dependencies, endpoints and tables are read. */
    static DraftFacts ofServices(String title, List<DraftService> services, List<String> shared) {
        return new DraftFacts(title, services, shared, Map.of(), Map.of(), Map.of(), List.of());
    }

    public List<String> dependenciesOf(String service) {
        return dependencies.getOrDefault(service, List.of());
    }

    /**
     * An endpoint the code serves: method and path as section 4 writes them, and the Java method serving it.
     *
     * @param request  a skeleton of the request body, or null
     * @param response a skeleton of the success response body, or null
     * @param success  the success status the handler answers with, or null when it is not read statically
     * @param errors   error statuses the handler produces itself
     */
    public record DraftEndpoint(String method, String path, String handler, JsonNode request, JsonNode response,
                                Integer success, List<Integer> errors) {
        public DraftEndpoint {
            errors = List.copyOf(errors);
        }

        /** An endpoint with nothing known about its payloads. */
        public DraftEndpoint(String method, String path, String handler) {
            this(method, path, handler, null, null, null, List.of());
        }
    }

    /**
     * A table of the final schema, with a comment where the code and migrations disagree.
     *
     * @param foreignKeys "(order_id) REFERENCES orders (id)" each
     * @param indexes     the index statements or UNIQUE constraints, as {@link SchemaDdl} writes them
     */
    public record DraftTable(String name, List<DraftColumn> columns, List<String> primaryKey,
                             List<DraftForeignKey> foreignKeys, List<DraftIndex> indexes, String comment) {
        public DraftTable {
            columns = List.copyOf(columns);
            primaryKey = List.copyOf(primaryKey);
            foreignKeys = List.copyOf(foreignKeys);
            indexes = List.copyOf(indexes);
        }
    }

    public record DraftForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
        public DraftForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }
    }

    /** @param name null for a UNIQUE constraint without a name */
    public record DraftIndex(String name, List<String> columns, boolean unique) {
        public DraftIndex {
            columns = List.copyOf(columns);
        }
    }

    public record DraftColumn(String name, String type, String comment) {
    }

    /**
     * A GraphQL root field or gRPC method.
     *
     * @param api      the GraphQL root type ({@code Query}) or the gRPC service's simple name
     * @param servedBy what serves it, for the reader
     */
    public record DraftOperation(OperationKind kind, String api, String name, String servedBy) {
    }

    /** A topic, queue, exchange or channel with the services producing to and consuming from it. */
    public record DraftTopic(String name, List<String> producers, List<String> consumers) {
        public DraftTopic {
            producers = List.copyOf(producers);
            consumers = List.copyOf(consumers);
        }
    }

    /** A MongoDB collection with its stored fields (name to Java type), in declaration order. */
    public record DraftCollection(String name, Map<String, String> fields) {
        public DraftCollection {
            fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
        }
    }
}
