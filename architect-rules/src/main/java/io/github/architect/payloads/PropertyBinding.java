package io.github.architect.payloads;

import io.github.architect.endpoints.source.SourceType;
import io.github.architect.payloads.JacksonProperties.Direction;
import io.github.architect.payloads.JacksonProperties.Properties;
import io.github.architect.payloads.JsonShape.TypeUse;

import java.util.Map;

/**
 * The JSON properties a binder gives a Java type: Jackson's where Jackson binds (Spring, Micronaut,
 * JAX-RS with a Jackson provider), JSON-B's where JSON-B does (JAX-RS on Jakarta EE defaults).
 */
interface PropertyBinding {

    Properties of(SourceType type, Map<String, TypeUse> bindings, Direction direction);

    /** The annotation that names a property for this binder, for hints: {@code @JsonProperty}. */
    String renameAnnotation();
}
