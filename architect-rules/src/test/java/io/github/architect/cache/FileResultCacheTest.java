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
}
