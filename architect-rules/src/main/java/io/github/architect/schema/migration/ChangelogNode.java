package io.github.architect.schema.migration;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a Liquibase changelog, the same shape whether it was written in XML, YAML or JSON, so
 * that one mapping turns changes into {@link SchemaOperation}s.
 *
 * @param name       the element name ({@code createTable}, {@code column}, {@code include}...)
 * @param attributes scalar properties as written
 * @param children   nested elements in document order; YAML's {@code changes} and {@code columns} lists are
 *                   flattened into their parent as XML writes them
 * @param text       the element's text ({@code <sql>} content, YAML {@code sql:}), null when it has none
 * @param textLine   the file line the text starts on
 * @param line       the file line of the element
 */
record ChangelogNode(String name, Map<String, String> attributes, List<ChangelogNode> children, String text,
                     int textLine, int line) {

    ChangelogNode {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key)).map(String::strip).filter(v -> !v.isEmpty());
    }

    boolean flag(String key) {
        return attribute(key).map(Boolean::parseBoolean).orElse(false);
    }

    List<ChangelogNode> children(String childName) {
        return children.stream().filter(c -> c.name().equals(childName)).toList();
    }
}
