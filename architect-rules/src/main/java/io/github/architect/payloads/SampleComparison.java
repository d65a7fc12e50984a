package io.github.architect.payloads;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.architect.model.PayloadSample;
import io.github.architect.payloads.JacksonProperties.Direction;
import io.github.architect.payloads.JacksonProperties.Properties;
import io.github.architect.payloads.JacksonProperties.Property;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a JSON sample and the shape Jackson gives the Java type side by side and says where they
 * part: a field the type does not bind, a value of a kind the type cannot take, a type whose source
 * is not in the build. Placeholders ({@code "..."}, {@code "<uuid>"}) and {@code null} match anything.
 */
final class SampleComparison {

    enum Problem { UNKNOWN_FIELD, KIND, UNRESOLVED }

    /**
     * @param path   where in the sample, {@code lines[].productId}; empty for the whole body
     * @param detail the type or the kinds involved
     */
    record Difference(Problem problem, String path, String detail) {
    }

    private static final int MAX_DEPTH = 24;

    private final TypeShapes shapes;
    private final PropertyBinding properties;
    private final Direction direction;
    private final List<Difference> differences = new ArrayList<>();

    SampleComparison(TypeShapes shapes, PropertyBinding properties, Direction direction) {
        this.shapes = shapes;
        this.properties = properties;
        this.direction = direction;
    }

    List<Difference> compare(JsonNode sample, JsonShape shape) {
        walk(sample, shape, "", 0);
        return List.copyOf(differences);
    }

    private void walk(JsonNode sample, JsonShape shape, String path, int depth) {
        if (sample == null || sample.isNull() || PayloadSample.isPlaceholder(sample) || depth > MAX_DEPTH) {
            return;
        }
        if (shape instanceof JsonShape.Unresolved unresolved) {
            differences.add(new Difference(Problem.UNRESOLVED, path, unresolved.name()));
        } else if (shape instanceof JsonShape.Scalar scalar) {
            scalar(sample, scalar, path);
        } else if (shape instanceof JsonShape.ArrayOf array) {
            if (!sample.isArray()) {
                kind(sample, "an array", path);
                return;
            }
            int i = 0;
            for (JsonNode element : sample) {
                walk(element, array.element(), path + "[]", depth + 1);
                if (++i >= 20) {
                    break;
                }
            }
        } else if (shape instanceof JsonShape.PageOf page) {
            if (!sample.isObject()) {
                kind(sample, "an object (a page)", path);
                return;
            }
            JsonNode content = sample.get("content");
            if (content != null) {
                walk(content, new JsonShape.ArrayOf(page.content()), join(path, "content"), depth + 1);
            }
        } else if (shape instanceof JsonShape.ObjectOf object) {
            if (!sample.isObject()) {
                kind(sample, "an object (" + object.type().simpleName() + ")", path);
                return;
            }
            Properties bound = properties.of(object.type(), object.bindings(), direction);
            for (Iterator<Map.Entry<String, JsonNode>> it = sample.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                Property property = bound.properties().get(field.getKey());
                if (property == null) {
                    if (!bound.open()) {
                        differences.add(new Difference(Problem.UNKNOWN_FIELD, join(path, field.getKey()),
                                object.type().simpleName()));
                    }
                    continue;
                }
                walk(field.getValue(), shapes.shape(property.type()), join(path, field.getKey()), depth + 1);
            }
        }
    }

    private void scalar(JsonNode sample, JsonShape.Scalar scalar, String path) {
        boolean reading = direction == Direction.READ;
        boolean fits = switch (scalar) {
            case ANY -> true;
            // Jackson reads any scalar into a String
            case STRING -> sample.isTextual() || reading && (sample.isNumber() || sample.isBoolean());
            // and coerces "123" into a number, "true" into a boolean
            case NUMBER -> sample.isNumber() || reading && sample.isTextual() && isNumber(sample.asText());
            case BOOLEAN -> sample.isBoolean() || reading && sample.isTextual()
                    && Set.of("true", "false").contains(sample.asText());
        };
        if (!fits) {
            kind(sample, switch (scalar) {
                case STRING -> "a string";
                case NUMBER -> "a number";
                case BOOLEAN -> "a boolean";
                case ANY -> "anything";
            }, path);
        }
    }

    private static boolean isNumber(String text) {
        try {
            new java.math.BigDecimal(text.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void kind(JsonNode sample, String expected, String path) {
        differences.add(new Difference(Problem.KIND, path,
                PayloadSample.kindOf(sample) + " where the type has " + expected));
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }
}
