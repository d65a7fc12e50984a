package io.github.architect.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FileResultCacheTest {

    record Declared(List<String> types) {
    }

    @TempDir
    Path root;

    private Declared parse(Path file, List<Path> parsed) {
        parsed.add(file.getFileName());
        try {
            return new Declared(List.of(Files.readString(file).split(" ")[1]));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void afterAOneFileChangeOnlyThatFileIsComputedAgain() throws Exception {
        Path a = Files.writeString(root.resolve("A.java"), "class A {}");
        Path b = Files.writeString(root.resolve("B.java"), "class B {}");
        Path store = root.resolve("target/architect/cache/types.json");
        List<Path> parsed = new ArrayList<>();

        FileResultCache<Declared> first = FileResultCache.open(store, Declared.class);
        first.get(a, f -> parse(f, parsed));
        first.get(b, f -> parse(f, parsed));
        first.save();
        Files.writeString(b, "class Bee {}");

        parsed.clear();
        FileResultCache<Declared> second = FileResultCache.open(store, Declared.class);
        Declared fromA = second.get(a, f -> parse(f, parsed));
        Declared fromB = second.get(b, f -> parse(f, parsed));

        assertThat(parsed).containsExactly(Path.of("B.java"));
        assertThat(second.computedCount()).isEqualTo(1);
        assertThat(fromA.types()).containsExactly("A");
        assertThat(fromB.types()).containsExactly("Bee");
    }

    @Test
    void resultsOfAnotherScannerVersionAreNotReused() throws Exception {
        Path a = Files.writeString(root.resolve("A.java"), "class A {}");
        Path store = root.resolve("cache/types.json");
        List<Path> parsed = new ArrayList<>();
        FileResultCache<Declared> first = FileResultCache.open(store, Declared.class, "1.0");
        first.get(a, f -> parse(f, parsed));
        first.save();

        FileResultCache<Declared> upgraded = FileResultCache.open(store, Declared.class, "1.1");
        upgraded.get(a, f -> parse(f, parsed));

        assertThat(upgraded.computedCount()).isEqualTo(1);
    }

    @Test
    void aStoredResultIsRecomputedWhenWhatItWasResolvedAgainstChanged() throws Exception {
        Path store = root.resolve("cache/resolved.json");
        FileResultCache<Declared> first = FileResultCache.open(store, Declared.class, "1");
        first.get("hash-of-controller", "context=/api", () -> new Declared(List.of("/api/orders", "constants=v1")));
        first.save();

        FileResultCache<Declared> sameConstants = FileResultCache.open(store, Declared.class, "1");
        Declared reused = sameConstants.get("hash-of-controller", "context=/api",
                d -> d.types().contains("constants=v1"), () -> new Declared(List.of("recomputed")));
        FileResultCache<Declared> otherConstants = FileResultCache.open(store, Declared.class, "1");
        Declared recomputed = otherConstants.get("hash-of-controller", "context=/api",
                d -> d.types().contains("constants=v2"), () -> new Declared(List.of("recomputed")));
        FileResultCache<Declared> otherQualifier = FileResultCache.open(store, Declared.class, "1");
        otherQualifier.get("hash-of-controller", "context=/v2", () -> new Declared(List.of("recomputed")));

        assertThat(reused.types()).containsExactly("/api/orders", "constants=v1");
        assertThat(recomputed.types()).containsExactly("recomputed");
        assertThat(otherQualifier.computedCount()).isEqualTo(1);
    }

    @Test
    void savingKeepsResultsOfLiveFilesThisRunDidNotLookAt() throws Exception {
        Path store = root.resolve("cache/kept.json");
        FileResultCache<Declared> first = FileResultCache.open(store, Declared.class, "1");
        first.get("live", "", () -> new Declared(List.of("Live")));
        first.get("deleted", "", () -> new Declared(List.of("Gone")));
        first.save();

        FileResultCache<Declared> second = FileResultCache.open(store, Declared.class, "1");
        second.get("new", "", () -> new Declared(List.of("New")));
        second.save(java.util.Set.of("live", "new"));

        FileResultCache<Declared> third = FileResultCache.open(store, Declared.class, "1");
        third.get("live", "", () -> new Declared(List.of("recomputed")));
        third.get("new", "", () -> new Declared(List.of("recomputed")));
        third.get("deleted", "", () -> new Declared(List.of("recomputed")));
        assertThat(third.computedCount()).isEqualTo(1);
    }

    @Test
    void aDamagedStoreStartsEmptyInsteadOfFailing() throws Exception {
        Path store = Files.writeString(root.resolve("damaged.json"), "{ not json");
        Path a = Files.writeString(root.resolve("A.java"), "class A {}");

        FileResultCache<Declared> cache = FileResultCache.open(store, Declared.class, "1");

        assertThat(cache.get(a, f -> parse(f, new ArrayList<>())).types()).containsExactly("A");
    }
}
