package io.github.architect.cache;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class InputDigestsTest {

    @TempDir
    Path root;

    @Test
    void theNextRunReadsOnlyFilesWhoseSizeOrTimestampChanged() throws Exception {
        Path src = Files.createDirectories(root.resolve("src"));
        Path a = Files.writeString(src.resolve("A.java"), "class A {}");
        Files.writeString(src.resolve("B.java"), "class B {}");
        Path store = root.resolve("target/digests.json");
        InputDigests first = InputDigests.storedIn(store);
        Map<String, String> before = first.sha256(List.of(src));
        first.save();
        Files.writeString(a, "class A { int x; }");

        InputDigests second = InputDigests.storedIn(store);
        Map<String, String> after = second.sha256(List.of(src));

        assertThat(second.hashedCount()).isEqualTo(1);
        assertThat(after).hasSize(2);
        assertThat(after.get(a.toString())).isNotEqualTo(before.get(a.toString()))
                .isEqualTo(Sha256.ofFile(a));
    }

    @Test
    void aTouchedFileIsReadAgainAndKeepsItsHash() throws Exception {
        Path a = Files.writeString(root.resolve("A.java"), "class A {}");
        Path store = root.resolve("digests.json");
        InputDigests first = InputDigests.storedIn(store);
        String hash = first.sha256(a);
        first.save();
        Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 5000));

        InputDigests second = InputDigests.storedIn(store);

        assertThat(second.sha256(a)).isEqualTo(hash);
        assertThat(second.hashedCount()).isEqualTo(1);
    }

    @Test
    void withinARunEachFileIsLookedAtOnceHoweverManyAsk() throws Exception {
        Path src = Files.createDirectories(root.resolve("src"));
        Path a = Files.writeString(src.resolve("A.java"), "class A {}");
        InputDigests digests = InputDigests.inMemory();

        digests.sha256(List.of(src));
        Files.writeString(a, "class A { changed during the build, which the run does not see }");
        digests.sha256(List.of(src));
        digests.sha256(a);

        assertThat(digests.hashedCount()).isEqualTo(1);
        assertThat(digests.files(src)).containsExactly(a);
    }

    @Test
    void aDamagedStoreMeansReadingEveryFileOnceNotAnError() throws Exception {
        Path a = Files.writeString(root.resolve("A.java"), "class A {}");
        Path store = Files.writeString(root.resolve("digests.json"), "[ broken");

        InputDigests digests = InputDigests.storedIn(store);

        assertThat(digests.sha256(a)).isEqualTo(Sha256.ofFile(a));
        assertThat(digests.hashedCount()).isEqualTo(1);
    }
}
