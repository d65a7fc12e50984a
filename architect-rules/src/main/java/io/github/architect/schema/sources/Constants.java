package io.github.architect.schema.sources;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code static final String} constants found in the sources, so that {@code @Table(name = Tables.ORDERS)}
 * resolves without a symbol solver. Looked up by {@code Class.FIELD} or, when unambiguous, {@code FIELD}.
 */
public final class Constants {

    private final Map<String, String> byQualifiedName;
    private final Map<String, String> byFieldName;

    public Constants(Map<String, String> byClassAndField) {
        this.byQualifiedName = Map.copyOf(byClassAndField);
        Map<String, String> fields = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        byClassAndField.forEach((key, value) -> {
            String field = key.substring(key.lastIndexOf('.') + 1);
            counts.merge(field, 1, Integer::sum);
            fields.put(field, value);
        });
        counts.forEach((field, n) -> {
            if (n > 1) {
                fields.remove(field);
            }
        });
        this.byFieldName = Map.copyOf(fields);
    }

    public static Constants none() {
        return new Constants(Map.of());
    }

    public Optional<String> value(String reference) {
        String[] parts = reference.split("\\.");
        if (parts.length >= 2) {
            String key = parts[parts.length - 2] + "." + parts[parts.length - 1];
            if (byQualifiedName.containsKey(key)) {
                return Optional.of(byQualifiedName.get(key));
            }
        }
        return Optional.ofNullable(byFieldName.get(parts[parts.length - 1]));
    }
}
