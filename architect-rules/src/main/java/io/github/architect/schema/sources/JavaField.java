package io.github.architect.schema.sources;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A persistent attribute candidate: a field, or a getter under property access.
 *
 * @param name          the attribute name ({@code total} for {@code getTotal()})
 * @param type          the simple type name without generics, {@code List}, {@code BigDecimal}, {@code byte[]}
 * @param typeArguments simple names of the generic arguments, {@code [Item]} for {@code List<Item>}
 * @param excluded      static, {@code transient} or {@code @Transient}: not persistent
 * @param file          the source file declaring it
 */
// The scan cache writes no path per attribute: JavaFileScan#in attributes it to its file when reading it back.
@JsonIgnoreProperties({"file"})
public record JavaField(String name, String type, List<String> typeArguments, int line, int column,
                        List<JavaAnnotation> annotations, boolean excluded, Path file) {

    public JavaField {
        typeArguments = List.copyOf(typeArguments);
        annotations = List.copyOf(annotations);
    }

    public Optional<JavaAnnotation> annotation(String simpleName) {
        return annotations.stream().filter(a -> a.name().equals(simpleName)).findFirst();
    }

    public boolean has(String simpleName) {
        return annotations.stream().anyMatch(a -> a.name().equals(simpleName));
    }
}
