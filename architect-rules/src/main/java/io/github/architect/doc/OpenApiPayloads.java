package io.github.architect.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.architect.model.Endpoint;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.PayloadSample.Kind;
import io.github.architect.model.Position;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The request and response payloads an OpenAPI operation declares, as the same {@link PayloadSample}s
 * section 4's JSON samples give: the {@code application/json} schema of its {@code requestBody} and
 * of each response, keyed by status, become a body whose fields are the schema's properties and whose
 * values stand for the kinds the schema declares; the properties outside a {@code required} list are
 * the fields a client may leave out. Only references inside the document ({@code #/components/...},
 * which a linked document's project files are resolved into) are followed; anything else, a
 * {@code oneOf}/{@code anyOf}, a cycle or a schema nested deeper than {@value #MAX_DEPTH} levels is a
 * placeholder that matches any value. An {@code example} stands in for a body the schema does not give.
 */
final class OpenApiPayloads {

    static final int MAX_DEPTH = 12;

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String REQUEST_BODIES = "#/components/requestBodies/";
    private static final String RESPONSES = "#/components/responses/";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final OpenAPI api;
    private final List<String> textLines;
    private final int firstLine;
    /** The OpenAPI file, or null when the architecture document embeds the contract. */
    private final Path file;

    OpenApiPayloads(OpenAPI api, List<String> textLines, int firstLine, Path file) {
        this.api = api;
        this.textLines = textLines;
        this.firstLine = firstLine;
        this.file = file;
    }

    /**
     * @param methodLine the 0-based line of the text declaring the operation, or -1 when not placed
     */
    List<PayloadSample> of(Endpoint endpoint, Operation operation, int methodLine) {
        List<PayloadSample> samples = new ArrayList<>();
        int methodIndent = methodLine < 0 ? -1 : indent(textLines.get(methodLine));
        RequestBody requestBody = requestBody(operation.getRequestBody());
        if (requestBody != null) {
            int line = methodLine < 0 ? -1 : lineOf("requestBody", methodLine + 1, methodIndent);
            Body body = body(requestBody.getContent(), true);
            if (body != null) {
                samples.add(sample(endpoint, Kind.REQUEST, null, body, schemaLine(line)));
            }
        }
        if (operation.getResponses() == null) {
            return samples;
        }
        int responsesLine = methodLine < 0 ? -1 : lineOf("responses", methodLine + 1, methodIndent);
        for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
            Integer status = status(entry.getKey());
            if (status == null) {
                continue; // "default" and "4XX" name no status to compare
            }
            int line = responsesLine < 0 ? -1
                    : lineOf(entry.getKey(), responsesLine + 1, indent(textLines.get(responsesLine)));
            ApiResponse response = response(entry.getValue());
            Body body = status < 400 && response != null ? body(response.getContent(), false) : null;
            samples.add(sample(endpoint, Kind.RESPONSE, status, body, body == null ? line : schemaLine(line)));
        }
        return samples;
    }

    /** A body and the fields of it a client may leave out. */
    private record Body(JsonNode json, List<String> optional, boolean schema) {
    }

    private PayloadSample sample(Endpoint endpoint, Kind kind, Integer status, Body body, int line) {
        Position position = line < 0 ? endpoint.position()
                : Position.of(firstLine + line, indent(textLines.get(line)) + 1);
        return new PayloadSample(endpoint.method(), endpoint.path(), endpoint.service(), kind, status,
                body == null ? null : body.json(), position, line < 0 ? endpoint.file() : file,
                body == null ? List.of() : body.optional(), body != null && body.schema());
    }

    private static Integer status(String key) {
        if (key == null || !key.trim().matches("[1-5][0-9][0-9]")) {
            return null;
        }
        return Integer.parseInt(key.trim());
    }

    /** The body of the JSON media type of {@code content}, from its schema or else its example; null when none. */
    private Body body(Content content, boolean request) {
        if (content == null) {
            return null;
        }
        MediaType json = null;
        for (Map.Entry<String, MediaType> media : content.entrySet()) {
            String type = media.getKey() == null ? "" : media.getKey().toLowerCase(java.util.Locale.ROOT);
            if (type.startsWith("application/json") || type.matches("[\\w.-]+/[\\w.-]+\\+json.*")) {
                json = media.getValue();
                break;
            }
        }
        if (json == null) {
            return null;
        }
        if (json.getSchema() != null) {
            List<String> optional = new ArrayList<>();
            JsonNode made = value(json.getSchema(), "", 0, Set.of(), request, optional);
            if (made.isObject() || made.isArray()) {
                return new Body(made, optional, true);
            }
        }
        JsonNode example = example(json);
        return example == null ? null : new Body(example, List.of(), false);
    }

    private static JsonNode example(MediaType json) {
        Object example = json.getExample();
        if (example == null && json.getExamples() != null) {
            example = json.getExamples().values().stream().map(Example::getValue).filter(v -> v != null)
                    .findFirst().orElse(null);
        }
        if (example == null) {
            return null;
        }
        if (example instanceof String text) {
            SampleJson.Result parsed = SampleJson.parse(text);
            return parsed.ok() && (parsed.json().isObject() || parsed.json().isArray()) ? parsed.json() : null;
        }
        try {
            JsonNode node = Json.mapper().valueToTree(example);
            return node != null && (node.isObject() || node.isArray()) ? node : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The JSON value a schema stands for: an object of its properties, an array of one element,
     * a string, number or boolean of its kind, or the placeholder when it is not read.
     *
     * @param refs     the schemas being expanded on the way here, against cycles
     * @param optional collects the paths of the properties outside a {@code required} list
     */
    private JsonNode value(Schema<?> schema, String path, int depth, Set<String> refs, boolean request,
                           List<String> optional) {
        if (schema == null || depth > MAX_DEPTH) {
            return placeholder();
        }
        if (schema.get$ref() != null) {
            String name = componentName(schema.get$ref());
            Schema<?> target = name == null ? null : component(name);
            if (target == null || refs.contains(name)) {
                return placeholder();
            }
            Set<String> deeper = new HashSet<>(refs);
            deeper.add(name);
            return value(target, path, depth, deeper, request, optional);
        }
        if (notEmpty(schema.getOneOf()) || notEmpty(schema.getAnyOf())) {
            return placeholder(); // one of several shapes: which one a client sends is not known
        }
        if (notEmpty(schema.getAllOf())) {
            Map<String, Schema<?>> properties = new LinkedHashMap<>();
            Set<String> required = new LinkedHashSet<>();
            if (!merge(schema, properties, required, refs, 0)) {
                return placeholder();
            }
            if (properties.isEmpty() && schema.getAllOf().size() == 1) {
                return value(schema.getAllOf().get(0), path, depth, refs, request, optional);
            }
            return object(properties, required, path, depth, refs, request, optional);
        }
        Set<String> types = types(schema);
        if (types.contains("array") || schema.getItems() != null && types.isEmpty()) {
            ArrayNode array = NODES.arrayNode();
            if (schema.getItems() != null) {
                array.add(value(schema.getItems(), path + "[]", depth + 1, refs, request, optional));
            }
            return array;
        }
        if (types.contains("object") || schema.getProperties() != null && types.isEmpty()) {
            Map<String, Schema<?>> properties = new LinkedHashMap<>();
            if (schema.getProperties() != null) {
                schema.getProperties().forEach((k, v) -> properties.put(k, v));
            }
            Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
            return object(properties, required, path, depth, refs, request, optional);
        }
        if (types.size() != 1 && !(types.size() == 2 && types.contains("null"))) {
            return placeholder();
        }
        String type = types.stream().filter(t -> !t.equals("null")).findFirst().orElse("");
        return switch (type) {
            case "string" -> NODES.textNode("string");
            case "integer" -> NODES.numberNode(0);
            case "number" -> NODES.numberNode(0.5);
            case "boolean" -> NODES.booleanNode(false);
            default -> placeholder();
        };
    }

    /** Gathers the properties and required names of an {@code allOf} and its parts; false when a part is not read. */
    private boolean merge(Schema<?> schema, Map<String, Schema<?>> properties, Set<String> required, Set<String> refs,
                          int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        Schema<?> own = schema;
        Set<String> seen = refs;
        if (schema.get$ref() != null) {
            String name = componentName(schema.get$ref());
            own = name == null ? null : component(name);
            if (own == null || refs.contains(name)) {
                return false;
            }
            seen = new HashSet<>(refs);
            seen.add(name);
        }
        if (notEmpty(own.getOneOf()) || notEmpty(own.getAnyOf())) {
            return false;
        }
        if (own.getAllOf() != null) {
            for (Schema<?> part : own.getAllOf()) {
                if (!merge(part, properties, required, seen, depth + 1)) {
                    return false;
                }
            }
        }
        if (own.getProperties() != null) {
            own.getProperties().forEach((k, v) -> properties.put(k, v));
        }
        if (own.getRequired() != null) {
            required.addAll(own.getRequired());
        }
        return true;
    }

    private JsonNode object(Map<String, Schema<?>> properties, Set<String> required, String path, int depth,
                            Set<String> refs, boolean request, List<String> optional) {
        ObjectNode object = NODES.objectNode();
        for (Map.Entry<String, Schema<?>> property : properties.entrySet()) {
            Schema<?> schema = property.getValue();
            // a client does not send what only the server writes, nor reads back what only it sends
            if (schema != null && (request && Boolean.TRUE.equals(schema.getReadOnly())
                    || !request && Boolean.TRUE.equals(schema.getWriteOnly()))) {
                continue;
            }
            String at = path.isEmpty() ? property.getKey() : path + "." + property.getKey();
            if (!required.contains(property.getKey())) {
                optional.add(at);
            }
            object.set(property.getKey(), value(schema, at, depth + 1, refs, request, optional));
        }
        return object;
    }

    private static Set<String> types(Schema<?> schema) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getType() != null) {
            types.add(schema.getType());
        }
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        }
        return types;
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static JsonNode placeholder() {
        return NODES.textNode(SampleJson.ELIDED);
    }

    private static String componentName(String ref) {
        return ref.startsWith(SCHEMAS) ? unescape(ref.substring(SCHEMAS.length())) : null;
    }

    private static String unescape(String pointer) {
        return pointer.replace("~1", "/").replace("~0", "~");
    }

    private Schema<?> component(String name) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null ? null
                : api.getComponents().getSchemas().get(name);
    }

    private RequestBody requestBody(RequestBody body) {
        if (body != null && body.get$ref() != null) {
            String ref = body.get$ref();
            if (!ref.startsWith(REQUEST_BODIES) || api.getComponents() == null
                    || api.getComponents().getRequestBodies() == null) {
                return null;
            }
            RequestBody target = api.getComponents().getRequestBodies().get(unescape(ref.substring(REQUEST_BODIES.length())));
            return target == null || target.get$ref() != null ? null : target;
        }
        return body;
    }

    private ApiResponse response(ApiResponse response) {
        if (response != null && response.get$ref() != null) {
            String ref = response.get$ref();
            if (!ref.startsWith(RESPONSES) || api.getComponents() == null || api.getComponents().getResponses() == null) {
                return null;
            }
            ApiResponse target = api.getComponents().getResponses().get(unescape(ref.substring(RESPONSES.length())));
            return target == null || target.get$ref() != null ? null : target;
        }
        return response;
    }

    /** The line of the {@code schema:} under the key at {@code line}, else {@code line}. */
    private int schemaLine(int line) {
        if (line < 0) {
            return line;
        }
        int schema = lineOf("schema", line + 1, indent(textLines.get(line)));
        return schema < 0 ? line : schema;
    }

    private int lineOf(String key, int from, int parentIndent) {
        return OpenApiReader.lineOf(textLines, key, from, parentIndent);
    }

    private static int indent(String line) {
        return OpenApiReader.indent(line);
    }
}
