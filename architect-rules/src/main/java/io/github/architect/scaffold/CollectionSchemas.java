package io.github.architect.scaffold;

import io.github.architect.scaffold.DraftFacts.DraftCollection;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 5's MongoDB collections: each as a JSON example of a stored document under a line naming
 * the collection (the form the document reader takes for a collection), with a placeholder value of
 * each field's kind. {@link SchemaDdl} writes them under their service, after its tables.
 */
final class CollectionSchemas {

    private static final Set<String> NUMBERS = Set.of("int", "long", "short", "byte", "double", "float", "Integer",
            "Long", "Short", "Byte", "Double", "Float", "BigDecimal", "BigInteger", "Number");
    private static final Set<String> BOOLEANS = Set.of("boolean", "Boolean");
    private static final Set<String> STRINGS = Set.of("String", "char", "Character", "UUID", "ObjectId", "Date",
            "LocalDate", "LocalDateTime", "LocalTime", "Instant", "OffsetDateTime", "ZonedDateTime", "URI", "URL");

    private CollectionSchemas() {
    }

    static void append(StringBuilder out, List<DraftCollection> collections) {
        collections.forEach(c -> collection(out, c));
    }

    private static void collection(StringBuilder out, DraftCollection collection) {
        out.append("The `").append(collection.name()).append("` collection (MongoDB):\n\n```json\n{");
        int i = 0;
        for (Map.Entry<String, String> field : collection.fields().entrySet()) {
            out.append(i++ == 0 ? "\n" : ",\n").append("  \"").append(field.getKey().replace("\"", "\\\"")).append("\": ")
                    .append(placeholder(field.getValue()));
        }
        out.append(i == 0 ? "}\n" : "\n}\n").append("```\n\n");
    }

    private static String placeholder(String javaType) {
        String raw = javaType.replaceAll("<.*", "");
        if (NUMBERS.contains(raw)) {
            return "0";
        }
        if (BOOLEANS.contains(raw)) {
            return "true";
        }
        if (javaType.endsWith("[]") || Set.of("List", "Set", "Collection", "ArrayList", "HashSet").contains(raw)) {
            return "[]";
        }
        if (Set.of("Map", "HashMap", "LinkedHashMap", "Object").contains(raw)) {
            return "{}";
        }
        if (STRINGS.contains(raw)) {
            return "\"string\"";
        }
        return "\"...\"";
    }
}
