package io.github.architect.scaffold;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.architect.scaffold.DraftFacts.DraftEndpoint;
import io.github.architect.scaffold.DraftFacts.DraftOperation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Section 4: per service, a sub-heading for each endpoint its code serves (the form the endpoint and
 * payload readers both take), with the Java method serving it, the success status it answers with,
 * skeletons of its request and response bodies, and the error statuses its own code produces; then
 * the GraphQL root fields and gRPC methods it serves, as the operation reader reads them.
 */
final class EndpointList implements DraftPart {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<Integer, String> REASONS = Map.ofEntries(Map.entry(200, "OK"), Map.entry(201, "Created"),
            Map.entry(202, "Accepted"), Map.entry(204, "No Content"), Map.entry(301, "Moved Permanently"),
            Map.entry(302, "Found"), Map.entry(303, "See Other"), Map.entry(304, "Not Modified"),
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(409, "Conflict"),
            Map.entry(410, "Gone"), Map.entry(412, "Precondition Failed"), Map.entry(415, "Unsupported Media Type"),
            Map.entry(422, "Unprocessable"), Map.entry(429, "Too Many Requests"),
            Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"), Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

    @Override
    public String markdown(DraftFacts facts) {
        StringBuilder out = new StringBuilder();
        endpoints(out, facts.endpoints().getOrDefault("", List.of()));
        operations(out, facts.operations().getOrDefault("", List.of()));
        for (DraftService service : facts.services()) {
            List<DraftEndpoint> endpoints = facts.endpoints().getOrDefault(service.name(), List.of());
            List<DraftOperation> operations = facts.operations().getOrDefault(service.name(), List.of());
            if (endpoints.isEmpty() && operations.isEmpty()) {
                continue;
            }
            out.append("### ").append(service.name()).append("\n\n");
            if (!endpoints.isEmpty()) {
                out.append("PLACEHOLDER: what each endpoint is for, and its key errors. The samples are skeletons"
                        + " drafted from the code's types: replace their values with realistic ones.\n\n");
            }
            endpoints(out, endpoints);
            operations(out, operations);
        }
        if (out.isEmpty()) {
            out.append("PLACEHOLDER: the code serves no HTTP endpoint that architect found.\n\n");
        }
        return out.toString();
    }

    private static void endpoints(StringBuilder out, List<DraftEndpoint> endpoints) {
        for (DraftEndpoint endpoint : endpoints) {
            out.append("#### ").append(endpoint.method()).append(' ').append(endpoint.path()).append("\n\n")
                    .append("Served by `").append(endpoint.handler()).append("`.\n\n");
            if (endpoint.request() != null) {
                out.append("Request:\n\n");
                block(out, endpoint.request());
            }
            if (endpoint.success() != null) {
                out.append("Success: ").append(status(endpoint.success())).append("\n\n");
            }
            if (endpoint.response() != null) {
                if (endpoint.success() == null) {
                    out.append("Response:\n\n");
                }
                block(out, endpoint.response());
            }
            if (!endpoint.errors().isEmpty()) {
                out.append("Errors: ").append(String.join(", ", endpoint.errors().stream().map(EndpointList::status)
                        .toList())).append(".\n\n");
            }
        }
    }

    /**
     * The GraphQL root fields as SDL and the gRPC methods as a protobuf service, one block each, with
     * PLACEHOLDER types: the operations check compares names only.
     */
    private static void operations(StringBuilder out, List<DraftOperation> operations) {
        if (operations.isEmpty()) {
            return;
        }
        Map<String, List<DraftOperation>> graphql = new LinkedHashMap<>();
        Map<String, List<DraftOperation>> grpc = new LinkedHashMap<>();
        for (DraftOperation operation : operations) {
            (operation.kind().isGraphql() ? graphql : grpc).computeIfAbsent(operation.api(), a -> new ArrayList<>())
                    .add(operation);
        }
        if (!graphql.isEmpty()) {
            out.append("GraphQL operations (PLACEHOLDER: their arguments and types):\n\n```graphql\n");
            graphql.forEach((type, fields) -> {
                out.append("type ").append(type).append(" {\n");
                fields.forEach(f -> out.append("  ").append(f.name()).append(": PLACEHOLDER # served by ")
                        .append(f.servedBy()).append('\n'));
                out.append("}\n");
            });
            out.append("```\n\n");
        }
        if (!grpc.isEmpty()) {
            out.append("gRPC services (PLACEHOLDER: their request and response messages):\n\n```protobuf\n");
            grpc.forEach((service, rpcs) -> {
                out.append("service ").append(service).append(" {\n");
                rpcs.forEach(r -> out.append("  rpc ").append(r.name()).append(" (PLACEHOLDER) returns (PLACEHOLDER);"
                        + " // served by ").append(r.servedBy()).append('\n'));
                out.append("}\n");
            });
            out.append("```\n\n");
        }
    }

    /** {@code `201 Created`}: the code with its reason, which the payload reader takes for a status. */
    static String status(int code) {
        String reason = REASONS.get(code);
        return "`" + code + (reason == null ? "" : " " + reason) + "`";
    }

    private static void block(StringBuilder out, JsonNode body) {
        try {
            out.append("```json\n").append(JSON.writeValueAsString(body).replace("\r\n", "\n")).append("\n```\n\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of placeholders always writes", e);
        }
    }
}
