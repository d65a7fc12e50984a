package io.github.architect.schema.sources;

import io.github.architect.cache.FileResultCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What the schema scan keeps per Java file comes back from the stored scan cache as it was written. */
class JavaFileScanCacheTest {

    private static final String VERSION = "test-1";

    @TempDir
    Path dir;

    @TempDir
    Path cacheDir;

    @Test
    void annotationsWithNestedAnnotationsListsAndSymbolsSurviveTheStoredCache() throws IOException {
        Map<String, Object> column = new LinkedHashMap<>();
        column.put("name", "order_total");
        column.put("nullable", false);
        JavaAnnotation nested = new JavaAnnotation("Column", column);
        JavaAnnotation override = new JavaAnnotation("AttributeOverride", Map.of("name", "total", "column", nested));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("value", List.of(override, new JavaAnnotation("AttributeOverride", Map.of())));
        attributes.put("strategy", new JavaAnnotation.Symbol("InheritanceType.JOINED"));
        attributes.put("targetEntity", new JavaAnnotation.Symbol("Item.class"));
        attributes.put("names", List.of("a", "b"));
        attributes.put("mixed", List.of("text", new JavaAnnotation.Symbol("Tables.ORDERS"), true));
        attributes.put("empty", List.of());
        JavaAnnotation annotation = new JavaAnnotation("AttributeOverrides", attributes);
        Path source = dir.resolve("Order.java");
        JavaField field = new JavaField("total", "BigDecimal", List.of(), 3, 5, List.of(annotation), false, source);
        SourceClass type = new SourceClass("com.acme.Order", "Order", source, 1, 1, List.of(annotation), null,
                List.of(field), true, false, false);
        JavaFileScan scan = new JavaFileScan(List.of(type), List.of(), List.of(), Set.of("Status"),
                Map.of("Order.TABLE", "orders"), List.of());
        Path store = cacheDir.resolve("round-trip.json");
        FileResultCache<JavaFileScan> writer = FileResultCache.open(store, JavaFileScan.class, VERSION);
        writer.get("hash", "Order.java", () -> scan);
        writer.save();

        FileResultCache<JavaFileScan> reader = FileResultCache.open(store, JavaFileScan.class, VERSION);
        JavaFileScan read = reader.get("hash", "Order.java", () -> {
            throw new AssertionError("not served from the stored cache");
        });

        assertThat(read.in(source)).isEqualTo(scan);
        JavaAnnotation back = read.classes().get(0).annotation("AttributeOverrides").orElseThrow();
        assertThat(back.annotations("value").get(0).annotations("column").get(0).isTrue("nullable")).isFalse();
        assertThat(back.annotations("value").get(0).annotations("column").get(0).string("name", Constants.none()))
                .contains("order_total");
        assertThat(back.symbol("strategy")).contains("JOINED");
        assertThat(back.attribute("mixed")).contains(List.of("text", new JavaAnnotation.Symbol("Tables.ORDERS"), true));
    }
}
