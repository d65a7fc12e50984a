package io.github.architect.schema.sources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A class of the scanned sources, reduced to what the data mapping needs.
 *
 * @param qualifiedName the binary-ish name, {@code com.acme.Order} or {@code com.acme.Order.Line} for nested classes
 * @param superclass    the simple name of the extended class, or null
 * @param persistence   whether the file imports or names {@code jakarta.persistence} / {@code javax.persistence}
 * @param mongo         whether the file imports or names Spring Data MongoDB's mapping package
 * @param enumType      whether this is an enum
 */
// The scan cache stores it per file and attributes it to the file again when reading it back
// (JavaFileScan#in), so the path is not written; the is-methods are derived.
@JsonIgnoreProperties({"file", "entity", "embeddable", "mappedSuperclass"})
public record SourceClass(String qualifiedName, String simpleName, Path file, int line, int column,
                        List<JavaAnnotation> annotations, String superclass, List<JavaField> fields,
                        boolean persistence, boolean mongo, boolean enumType) {

    public SourceClass {
        annotations = List.copyOf(annotations);
        fields = List.copyOf(fields);
    }

    public Optional<JavaAnnotation> annotation(String simpleName) {
        return annotations.stream().filter(a -> a.name().equals(simpleName)).findFirst();
    }

    public boolean has(String simpleName) {
        return annotations.stream().anyMatch(a -> a.name().equals(simpleName));
    }

    public boolean isEntity() {
        return persistence && has("Entity");
    }

    public boolean isEmbeddable() {
        return persistence && has("Embeddable");
    }

    public boolean isMappedSuperclass() {
        return persistence && has("MappedSuperclass");
    }

    /** Annotations repeated directly or inside their container, e.g. {@code @AttributeOverride}. */
    public List<JavaAnnotation> repeated(String single, String container) {
        return Repeated.of(annotations, single, container);
    }
}
