package io.github.architect.scaffold;

import io.github.architect.schema.sources.JavaField;
import io.github.architect.schema.MappedColumn;
import io.github.architect.schema.MappedTable;
import io.github.architect.schema.sources.SourceClass;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The primary key of a table an entity maps, for tables no migration creates: the columns the
 * schema check's mapping gives the entity's {@code @Id} attributes, or the attributes of its
 * {@code @EmbeddedId}, declared on the entity or a superclass. Found by the mapped columns'
 * attribute paths ({@code Owner.id}, {@code OrderLine.key.orderId}), so names follow the same
 * naming strategy as every other column.
 */
final class EntityKeys {

    private final Map<String, SourceClass> byQualifiedName = new HashMap<>();
    private final Map<String, SourceClass> bySimpleName = new HashMap<>();

    /** @param classes the persistent classes of the whole build */
    EntityKeys(Collection<SourceClass> classes) {
        for (SourceClass c : classes) {
            byQualifiedName.putIfAbsent(c.qualifiedName(), c);
            bySimpleName.putIfAbsent(c.simpleName(), c);
        }
    }

    /** The key's column names in attribute order; empty when the table is no entity's own or its id is not a field. */
    List<String> of(MappedTable table) {
        SourceClass entity = byQualifiedName.get(table.className());
        if (!table.origin().equals("entity") || entity == null) {
            return List.of();
        }
        List<String> exact = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (SourceClass c = entity; c != null && seen.add(c.qualifiedName());
             c = c.superclass() == null ? null : bySimpleName.get(c.superclass())) {
            for (JavaField field : c.fields()) {
                if (field.excluded()) {
                    continue;
                }
                if (field.has("Id")) {
                    exact.add(entity.simpleName() + "." + field.name());
                } else if (field.has("EmbeddedId")) {
                    prefixes.add(entity.simpleName() + "." + field.name() + ".");
                }
            }
        }
        List<String> key = new ArrayList<>();
        for (MappedColumn column : table.columns()) {
            String attribute = column.attribute();
            if (exact.contains(attribute) || prefixes.stream().anyMatch(attribute::startsWith)) {
                key.add(column.name().preferred().text());
            }
        }
        return key;
    }
}
