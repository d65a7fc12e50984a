package io.github.architect.schema;

import java.nio.file.Path;

/**
 * A column an entity maps.
 *
 * @param attribute the attribute path it comes from, {@code Order.address.city}
 * @param javaType  the Java type to check against the column type, or null when not checkable
 *                  (associations, converted attributes); enums as {@code enum:STRING} / {@code enum:ORDINAL}
 */
public record MappedColumn(MappedName name, String attribute, String javaType, Path file, int line, int column) {
}
