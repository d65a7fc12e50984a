package io.github.architect.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.List;

/**
 * A request or response section 4 shows for an endpoint: a JSON sample, a status, or both.
 *
 * @param method   upper-case HTTP method of the endpoint it belongs to
 * @param path     that endpoint's path as declared
 * @param service  the service whose sub-heading encloses the endpoint, or null
 * @param kind     whether the client sends it or the server answers it
 * @param status   the HTTP status a response is introduced with, or null when the document names none
 * @param body     the JSON sample as written (placeholders kept as strings), or null for a status alone
 * @param position where the sample (or the status) is written, in {@code file}
 * @param file     the OpenAPI file whose schema it comes from, or null when the architecture document
 *                 shows it (as a sample or as an embedded OpenAPI block)
 * @param optional for a body made from an OpenAPI schema, the fields a client may leave out (not in
 *                 the schema's {@code required} list), as paths ({@code lines[].note}); a Markdown
 *                 sample sends exactly the fields it shows, so it has none
 * @param schema   whether the body was made from an OpenAPI schema (its values stand for the kinds
 *                 the schema declares) rather than written as a sample
 */
public record PayloadSample(String method, String path, String service, Kind kind, Integer status, JsonNode body,
                            Position position, Path file, List<String> optional, boolean schema) {

    public PayloadSample {
        // Jackson reads a stored null JsonNode as NullNode: a cached model must equal a parsed one
        if (body != null && body.isNull()) {
            body = null;
        }
        optional = optional == null ? List.of() : List.copyOf(optional);
    }

    /** A sample section 4 writes in the architecture document. */
    public PayloadSample(String method, String path, String service, Kind kind, Integer status, JsonNode body,
                         Position position) {
        this(method, path, service, kind, status, body, position, null, List.of(), false);
    }

    /** Whether a client following the contract may leave out the field at {@code path} of the request body. */
    public boolean mayOmit(String path) {
        return optional.contains(path);
    }

    /** Who sends the payload. */
    public enum Kind { REQUEST, RESPONSE }

    /** A response the server sends on success: a 1xx-3xx status, or none named. */
    public boolean isSuccess() {
        return kind == Kind.RESPONSE && (status == null || status < 400);
    }

    public boolean isError() {
        return kind == Kind.RESPONSE && status != null && status >= 400;
    }

    /** "a string", "a number"...: how findings name the kind of a JSON value. */
    public static String kindOf(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "null";
        };
    }

    /** A string value standing for any value: "…", "...", "<uuid>", "{id}". */
    public static boolean isPlaceholder(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return false;
        }
        String text = value.asText().trim();
        return text.startsWith("...") || text.endsWith("...") || text.startsWith("\u2026") || text.endsWith("\u2026")
                || text.length() > 1 && (text.startsWith("<") && text.endsWith(">") || text.startsWith("{") && text.endsWith("}"));
    }
}
