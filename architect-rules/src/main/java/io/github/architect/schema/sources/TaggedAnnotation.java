package io.github.architect.schema.sources;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a {@link JavaAnnotation} in the scan cache. Its attribute values are plain
 * {@code Object}s (strings, booleans, symbols, nested annotations, lists of these), which JSON alone
 * cannot tell apart on the way back (a symbol would come back as a map, a nested annotation too); each
 * value here says what it is by the one field it sets.
 */
record TaggedAnnotation(String name, Map<String, Value> attributes) {

    /** One attribute value: exactly one field is set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Value(String string, Boolean bool, String symbol, TaggedAnnotation annotation, List<Value> list) {

        static Value of(Object value) {
            if (value instanceof String s) {
                return new Value(s, null, null, null, null);
            }
            if (value instanceof Boolean b) {
                return new Value(null, b, null, null, null);
            }
            if (value instanceof JavaAnnotation.Symbol symbol) {
                return new Value(null, null, symbol.text(), null, null);
            }
            if (value instanceof JavaAnnotation nested) {
                return new Value(null, null, null, TaggedAnnotation.of(nested), null);
            }
            if (value instanceof List<?> values) {
                return new Value(null, null, null, null, values.stream().map(Value::of).toList());
            }
            throw new IllegalArgumentException("Not an annotation attribute value: " + value);
        }

        Object value() {
            if (string != null) {
                return string;
            }
            if (bool != null) {
                return bool;
            }
            if (symbol != null) {
                return new JavaAnnotation.Symbol(symbol);
            }
            if (annotation != null) {
                return annotation.annotation();
            }
            if (list != null) {
                List<Object> values = new ArrayList<>();
                list.forEach(v -> values.add(v.value()));
                return values;
            }
            throw new IllegalArgumentException("Empty annotation attribute value");
        }
    }

    static TaggedAnnotation of(JavaAnnotation annotation) {
        Map<String, Value> attributes = new LinkedHashMap<>();
        annotation.attributes().forEach((key, value) -> attributes.put(key, Value.of(value)));
        return new TaggedAnnotation(annotation.name(), attributes);
    }

    JavaAnnotation annotation() {
        Map<String, Object> values = new LinkedHashMap<>();
        if (attributes != null) {
            attributes.forEach((key, value) -> values.put(key, value.value()));
        }
        return new JavaAnnotation(name, values);
    }
}
