package io.github.architect.payloads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.javaparser.ast.body.Parameter;
import io.github.architect.code.CodeModule;
import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.scan.EndpointScanner;
import io.github.architect.endpoints.framework.HandlerSource;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.payloads.JacksonProperties.Direction;
import io.github.architect.payloads.JacksonProperties.Property;
import io.github.architect.payloads.JsonShape.TypeUse;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sample bodies and statuses of a module's endpoints, built from the handlers the way the payload
 * check reads them (the same type shapes, Jackson properties and statuses), so that samples drafted
 * from them compare clean: a placeholder value of each property's kind ({@code "string"}, {@code 0},
 * {@code true}), nested objects written out down to a few levels, a type met again inside itself
 * written as {@code {}}.
 */
public final class PayloadSkeletons {

    /** How deep nested objects are written out before they become {@code {}}. */
    static final int MAX_DEPTH = 4;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * What the draft can say about one endpoint.
     *
     * @param request  the request body, or null when the handler binds none (or its type is not in the build)
     * @param response the success response body, or null for none (void, or a type not in the build)
     * @param success  the success status the handler answers with, or null when it is not read statically
     * @param errors   error statuses the handler's own body produces, ascending
     */
    public record Skeleton(JsonNode request, JsonNode response, Integer success, List<Integer> errors) {
        public Skeleton {
            errors = List.copyOf(errors);
        }
    }

    private final EndpointScanner scanner;
    private final SourceIndex index;
    private final HandlerStatuses statuses;

    public PayloadSkeletons(EndpointScanner scanner) {
        this.scanner = scanner;
        this.index = scanner.sourceIndex();
        this.statuses = new HandlerStatuses(index);
    }

    /** The skeleton of each endpoint of the module with a handler in its sources, the first handler of each. */
    public Map<CodeEndpoint, Skeleton> of(CodeModule module) {
        TypeShapes shapes = new TypeShapes(index);
        JacksonProperties properties = new JacksonProperties(index, PayloadContractCheck.namingStrategy(module));
        Map<CodeEndpoint, Skeleton> skeletons = new LinkedHashMap<>();
        for (HandlerSource handler : scanner.handlers(module)) {
            if (skeletons.containsKey(handler.endpoint())) {
                continue;
            }
            try {
                skeletons.put(handler.endpoint(), skeleton(handler, shapes, properties));
            } catch (RuntimeException | StackOverflowError e) {
                // a handler we cannot read gets no sample rather than a wrong one
                skeletons.put(handler.endpoint(), new Skeleton(null, null, null, List.of()));
            }
        }
        return skeletons;
    }

    private Skeleton skeleton(HandlerSource handler, TypeShapes shapes, JacksonProperties properties) {
        Optional<Parameter> body = PayloadContractCheck.bodyParameter(handler);
        JsonNode request = body.map(p -> value(shapes.shape(new TypeUse(p.getType(), handler.annotatedIn(), Map.of())),
                shapes, properties, Direction.READ, new HashSet<>(), 0)).orElse(null);
        JsonNode response = value(shapes.shape(new TypeUse(handler.method().getType(), handler.owner(), Map.of())),
                shapes, properties, Direction.WRITE, new HashSet<>(), 0);
        HandlerStatuses.Success success = statuses.success(handler);
        Integer status = success.known() && success.codes().size() == 1 ? success.codes().iterator().next() : null;
        return new Skeleton(structured(request), structured(response), status,
                List.copyOf(statuses.errorsInBody(handler)));
    }

    /** A body worth showing as a sample: an object or an array (a bare string says nothing a reader can check). */
    private static JsonNode structured(JsonNode body) {
        return body != null && (body.isObject() || body.isArray()) ? body : null;
    }

    /** The placeholder JSON of a shape; null for no body or a type whose source is not in the build. */
    private static JsonNode value(JsonShape shape, TypeShapes shapes, JacksonProperties properties, Direction direction,
                                  Set<String> enclosing, int depth) {
        if (shape instanceof JsonShape.Scalar scalar) {
            return switch (scalar) {
                case STRING -> JSON.textNode("string");
                case NUMBER -> JSON.numberNode(0);
                case BOOLEAN -> JSON.booleanNode(true);
                case ANY -> JSON.objectNode();
            };
        }
        if (shape instanceof JsonShape.ArrayOf array) {
            ArrayNode values = JSON.arrayNode();
            JsonNode element = depth >= MAX_DEPTH ? null
                    : value(array.element(), shapes, properties, direction, enclosing, depth + 1);
            if (element != null) {
                values.add(element);
            }
            return values;
        }
        if (shape instanceof JsonShape.PageOf page) {
            ObjectNode object = JSON.objectNode();
            object.set("content", value(new JsonShape.ArrayOf(page.content()), shapes, properties, direction,
                    enclosing, depth));
            return object;
        }
        if (shape instanceof JsonShape.ObjectOf object) {
            ObjectNode node = JSON.objectNode();
            String name = object.type().binaryName();
            if (depth >= MAX_DEPTH || !enclosing.add(name)) {
                return node;
            }
            for (Property property : properties.of(object.type(), object.bindings(), direction).properties().values()) {
                JsonNode value = value(shapes.shape(property.type()), shapes, properties, direction, enclosing, depth + 1);
                node.set(property.name(), value == null ? JSON.textNode("...") : value);
            }
            enclosing.remove(name);
            return node;
        }
        return null;
    }
}
