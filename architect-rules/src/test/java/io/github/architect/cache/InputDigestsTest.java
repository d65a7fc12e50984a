package io.github.architect.cache;

import org.junit.jupiter.api.Assumptions;
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
        anHourAgo(Files.writeString(src.resolve("B.java"), "class B {}"));
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

    private static Path anHourAgo(Path file) throws java.io.IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        return file;
    }

    /** Rewrites the file with other bytes of the same length and puts its modification time back, as {@code touch -r} does. */
    private static void editKeepingSizeAndTime(Path file, String text) throws java.io.IOException {
        FileTime modified = Files.getLastModifiedTime(file);
        long size = Files.size(file);
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, modified);
        assertThat(Files.size(file)).isEqualTo(size);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(modified);
    }

    @Test
    void anEditOfTheDocumentThatKeepsSizeAndModificationTimeIsSeen() throws Exception {
        Path doc = anHourAgo(Files.writeString(root.resolve("architecture.md"), "**Dependencies:** Catalog"));
        Path store = root.resolve("digests.json");
        InputDigests first = InputDigests.storedIn(store);
        String before = first.sha256(doc);
        first.save();
        editKeepingSizeAndTime(doc, "**Dependencies:** Billing");

        InputDigests second = InputDigests.storedIn(store);

        assertThat(second.sha256(doc)).isNotEqualTo(before).isEqualTo(Sha256.ofFile(doc));
    }

    @Test
    void pomsPropertiesContractsAndBaselinesAreHashedOnEveryRun() throws Exception {
        List<Path> small = List.of(anHourAgo(Files.writeString(root.resolve("pom.xml"), "<project/>")),
                anHourAgo(Files.writeString(root.resolve("application.properties"), "server.port=1")),
                anHourAgo(Files.writeString(root.resolve("openapi.yaml"), "openapi: 3.0.0")),
                anHourAgo(Files.writeString(root.resolve("architecture-baseline.json"), "{}")));
        Path store = root.resolve("digests.json");
        InputDigests first = InputDigests.storedIn(store);
        small.forEach(first::sha256);
        first.save();

        InputDigests second = InputDigests.storedIn(store);
        small.forEach(second::sha256);

        assertThat(second.hashedCount()).isEqualTo(small.size());
    }

    @Test
    void aSourceFileEditedKeepingSizeAndModificationTimeIsHashedAgain() throws Exception {
        Assumptions.assumeTrue(root.getFileSystem().supportedFileAttributeViews().contains("unix"),
                "the change time (ctime) tells the edit apart");
        Path a = anHourAgo(Files.writeString(root.resolve("A.java"), "class A {}"));
        Path store = root.resolve("digests.json");
        InputDigests first = InputDigests.storedIn(store);
        String before = first.sha256(a);
        first.save();
        Thread.sleep(20); // a change time the file system tells apart from the first write's
        editKeepingSizeAndTime(a, "class B {}");

        InputDigests second = InputDigests.storedIn(store);

        assertThat(second.sha256(a)).isNotEqualTo(before).isEqualTo(Sha256.ofFile(a));
    }

    @Test
    void anUnchangedSourceFileCostsAStatButAFileModifiedAsTheRunStartedIsHashedAgain() throws Exception {
        Path old = anHourAgo(Files.writeString(root.resolve("Old.java"), "class Old {}"));
        Path racy = Files.writeString(root.resolve("Racy.java"), "class Racy {}");
        Path store = root.resolve("digests.json");
        InputDigests first = InputDigests.storedIn(store);
        first.sha256(old);
        first.sha256(racy);
        first.save();

        InputDigests second = InputDigests.storedIn(store);
        second.sha256(old);
        int afterOld = second.hashedCount();
        second.sha256(racy);

        assertThat(afterOld).as("an old file with the stat recorded is not read").isZero();
        assertThat(second.hashedCount()).as("a file modified in the second its hash was taken is read again")
                .isEqualTo(1);
    }
}
