package io.github.architect.schema.sources;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An annotation as written in source, reduced to what the mapping needs. Attribute values are a
 * {@link String} (a literal, concatenations of literals included), a {@link Boolean}, a
 * {@link JavaAnnotation}, a {@link Symbol} (an enum constant, a constant or a class literal) or a
 * {@link List} of these.
 *
 * @param name the simple name, {@code Table} for {@code @jakarta.persistence.Table}
 */
public record JavaAnnotation(String name, Map<String, Object> attributes) {

    public JavaAnnotation {
        attributes = Map.copyOf(attributes);
    }

    /** A name the compiler would resolve: {@code InheritanceType.JOINED}, {@code Tables.ORDERS}, {@code Item.class}. */
    public record Symbol(String text) {

        /** The last segment, {@code JOINED} for {@code InheritanceType.JOINED}. */
        public String simpleName() {
            String t = text.endsWith(".class") ? text.substring(0, text.length() - 6) : text;
            int dot = t.lastIndexOf('.');
            return dot < 0 ? t : t.substring(dot + 1);
        }
    }

    /** How the scan cache stores it: attribute values tagged with their kind, see {@link TaggedAnnotation}. */
    @JsonValue
    TaggedAnnotation toJson() {
        return TaggedAnnotation.of(this);
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static JavaAnnotation fromJson(TaggedAnnotation json) {
        return json.annotation();
    }

    public Optional<Object> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    public boolean has(String key) {
        return attributes.containsKey(key);
    }

    /** The value, when it is a string literal or a constant the given lookup knows. */
    public Optional<String> string(String key, Constants constants) {
        Object value = attributes.get(key);
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof Symbol symbol) {
            return constants.value(symbol.text());
        }
        if (value instanceof List<?> list && list.size() == 1) {
            Object only = list.get(0);
            if (only instanceof String s) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A non-blank string attribute, the way JPA treats {@code name = ""} as "use the default". */
    public Optional<String> name(String key, Constants constants) {
        return string(key, constants).filter(s -> !s.isBlank());
    }

    /** The simple name of an enum-constant or class attribute: {@code JOINED}, {@code Item}. */
    public Optional<String> symbol(String key) {
        Object value = attributes.get(key);
        return value instanceof Symbol symbol ? Optional.of(symbol.simpleName()) : Optional.empty();
    }

    public boolean isTrue(String key) {
        return Boolean.TRUE.equals(attributes.get(key));
    }

    /** Nested annotations: one, or an array of them. */
    public List<JavaAnnotation> annotations(String key) {
        Object value = attributes.get(key);
        if (value instanceof JavaAnnotation single) {
            return List.of(single);
        }
        if (value instanceof List<?> list) {
            return list.stream().filter(JavaAnnotation.class::isInstance).map(JavaAnnotation.class::cast).toList();
        }
        return List.of();
    }
}
