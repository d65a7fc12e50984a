package io.github.architect.engine;

import io.github.architect.cache.CacheInputs;
import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsCacheTest {

    @TempDir
    Path root;
    private Path document;
    private Path sources;
    private FindingsCache cache;

    @BeforeEach
    void project() throws Exception {
        document = Files.writeString(root.resolve("architecture.md"), "# Architecture\n");
        sources = Files.createDirectories(root.resolve("src/main/java/com/acme"));
        Files.writeString(sources.resolve("A.java"), "class A {}");
        Files.writeString(sources.resolve("B.java"), "class B {}");
        cache = new FindingsCache(root.resolve("target/architect/cache/build.json"));
    }

    private CacheInputs inputs(String version, Map<String, String> config) {
        return CacheInputs.of(version, config, document, List.of(root.resolve("src/main/java"),
                root.resolve("target/classes"), root.resolve("pom.xml")));
    }

    private Violation finding() {
        return Violation.builder("undeclared-dependency", Severity.ERROR)
                .at(Location.of(sources.resolve("A.java"), 3, 7)).message("A uses B").hint("declare it")
                .documentLocation(Location.of(document, 12, 1)).service("Order").subjects("A", "B").build();
    }

    @Test
    void unchangedReRunIsServedWithIdenticalFindings() throws Exception {
        CacheLookup first = cache.lookup(inputs("1.0", Map.of("basePath", "/api")));
        assertThat(first.hit()).isFalse();
        cache.store(first, List.of(finding()));

        CacheLookup second = cache.lookup(inputs("1.0", Map.of("basePath", "/api")));

        assertThat(second.hit()).isTrue();
        assertThat(second.findings()).contains(List.of(finding()));
    }

    @Test
    void theServicePairsStoredWithTheFindingsComeBackAndNoneStoredStayUnknown() throws Exception {
        java.util.Set<io.github.architect.check.ServiceEdge> used = java.util.Set.of(
                new io.github.architect.check.ServiceEdge("Order", "Catalog"),
                new io.github.architect.check.ServiceEdge("Billing", "Order"));
        cache.store(cache.lookup(inputs("1.0", Map.of())), List.of(finding()), java.util.Optional.of(used));
        FindingsCache other = new FindingsCache(root.resolve("target/architect/cache/other.json"));
        other.store(other.lookup(inputs("1.0", Map.of())), List.of(finding()));

        assertThat(cache.lookup(inputs("1.0", Map.of())).usedEdges()).contains(used);
        assertThat(other.lookup(inputs("1.0", Map.of())).usedEdges()).isEmpty();
    }

    @Test
    void anyChangedInputIsAMiss() throws Exception {
        cache.store(cache.lookup(inputs("1.0", Map.of())), List.of(finding()));

        assertThat(cache.lookup(inputs("1.1", Map.of())).hit()).as("plugin version").isFalse();
        assertThat(cache.lookup(inputs("1.0", Map.of("severities", "x=off"))).hit()).as("configuration").isFalse();

        Files.writeString(document, "# Architecture\n\nchanged\n");
        assertThat(cache.lookup(inputs("1.0", Map.of())).hit()).as("document").isFalse();
    }

    @Test
    void sameContentWithNewTimestampIsStillAHit() throws Exception {
        cache.store(cache.lookup(inputs("1.0", Map.of())), List.of(finding()));
        Path a = sources.resolve("A.java");
        Files.setLastModifiedTime(a, java.nio.file.attribute.FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));

        assertThat(cache.lookup(inputs("1.0", Map.of())).hit()).isTrue();
    }

    @Test
    void corruptCacheFileIsAMissNotAnError() throws Exception {
        Files.createDirectories(cache.file().getParent());
        Files.writeString(cache.file(), "{ not json");

        CacheLookup lookup = cache.lookup(inputs("1.0", Map.of()));

        assertThat(lookup.hit()).isFalse();
    }
}
