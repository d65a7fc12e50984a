package io.github.architect.baseline;

import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaselineFileTest {

    @TempDir
    Path root;

    @Test
    void writesAndReadsBackTheSameBaseline() throws Exception {
        Violation v = Violation.builder("table-not-declared", Severity.ERROR)
                .at(Location.of(root.resolve("orders/src/main/java/Order.java"), 4, 1))
                .message("Table orders_archive is not declared").subjects("orders_archive").build();
        Baseline baseline = Baseline.of(List.of(v), root);
        Path file = root.resolve(BaselineFile.DEFAULT_NAME);

        BaselineFile.write(file, baseline);

        assertThat(BaselineFile.read(file)).isEqualTo(baseline);
        String json = Files.readString(file);
        assertThat(json).contains("\"schemaVersion\" : 1").contains("\"file\" : \"orders/src/main/java/Order.java\"")
                .doesNotContain("\"line\"").doesNotContain(root.toString());
    }

    @Test
    void writingTheSameFindingsTwiceGivesTheSameBytes() throws Exception {
        Violation a = Violation.builder("r", Severity.ERROR).at(Location.of(root.resolve("A.java"), 1, 1))
                .message("a").subjects("A").build();
        Violation b = Violation.builder("r", Severity.ERROR).at(Location.of(root.resolve("B.java"), 1, 1))
                .message("b").subjects("B").build();
        Path first = root.resolve("first.json");
        Path second = root.resolve("second.json");

        BaselineFile.write(first, Baseline.of(List.of(a, b), root));
        BaselineFile.write(second, Baseline.of(List.of(b, a), root));

        assertThat(Files.readString(first)).isEqualTo(Files.readString(second));
    }

    @Test
    void missingFileIsAClearErrorNamingIt() {
        Path missing = root.resolve("architecture-baseline.json");

        assertThatThrownBy(() -> BaselineFile.read(missing)).isInstanceOf(BaselineException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("file not found")
                .hasMessageContaining("mvn architect:baseline");
    }

    @Test
    void corruptFileIsAClearErrorWithTheLine() throws Exception {
        Path corrupt = root.resolve("architecture-baseline.json");
        Files.writeString(corrupt, "{\n  \"schemaVersion\": 1,\n  \"entries\": [ {\"ruleId\": \"x\", \n");

        assertThatThrownBy(() -> BaselineFile.read(corrupt)).isInstanceOf(BaselineException.class)
                .hasMessageContaining(corrupt.toString()).hasMessageContaining("not a valid baseline at line");
    }

    @Test
    void otherJsonIsNotABaseline() throws Exception {
        Path other = root.resolve("other.json");
        Files.writeString(other, "{\"schemaVersion\": 1}");
        Path future = root.resolve("future.json");
        Files.writeString(future, "{\"schemaVersion\": 7, \"entries\": []}");

        assertThatThrownBy(() -> BaselineFile.read(other)).hasMessageContaining("not a baseline");
        assertThatThrownBy(() -> BaselineFile.read(future)).hasMessageContaining("schemaVersion 7 is not supported");
    }

    private static final String ENTRY_WITH_COUNT = """
            {
              "schemaVersion" : 1,
              "entries" : [ {
                "ruleId" : "undeclared-dependency",
                "file" : "orders/src/main/java/Order.java",
                "subjects" : [ "a" ],
                "count" : %s,
                "message" : "m"
              } ]
            }
            """;

    @Test
    void aCountBelowOneIsAnErrorWithTheLineAndTheFix() throws Exception {
        Path negative = Files.writeString(root.resolve("negative.json"), ENTRY_WITH_COUNT.formatted("-5"));
        Path zero = Files.writeString(root.resolve("zero.json"), ENTRY_WITH_COUNT.formatted("0"));
        Path fraction = Files.writeString(root.resolve("fraction.json"), ENTRY_WITH_COUNT.formatted("1.5"));

        assertThatThrownBy(() -> BaselineFile.read(negative)).isInstanceOf(BaselineException.class)
                .hasMessageContaining(negative.toString())
                .hasMessageContaining("entry 1 has count -5 at line 7")
                .hasMessageContaining("at least 1").hasMessageContaining("mvn architect:baseline");
        assertThatThrownBy(() -> BaselineFile.read(zero)).hasMessageContaining("count 0 at line 7");
        assertThatThrownBy(() -> BaselineFile.read(fraction)).hasMessageContaining("count 1.5 at line 7");
        assertThat(BaselineFile.read(Files.writeString(root.resolve("two.json"), ENTRY_WITH_COUNT.formatted("2"))).size())
                .isEqualTo(2);
    }

    @Test
    void textAfterTheJsonIsAnErrorWithTheLine() throws Exception {
        Path trailing = Files.writeString(root.resolve("trailing.json"),
                ENTRY_WITH_COUNT.formatted("1") + "{ \"entries\": [] }\n");

        assertThatThrownBy(() -> BaselineFile.read(trailing)).isInstanceOf(BaselineException.class)
                .hasMessageContaining(trailing.toString())
                .hasMessageContaining("text follows the end of the JSON at line 11")
                .hasMessageContaining("Remove it");
        Path stray = Files.writeString(root.resolve("stray.json"), ENTRY_WITH_COUNT.formatted("1") + "] garbage\n");
        assertThatThrownBy(() -> BaselineFile.read(stray)).hasMessageContaining("text follows the end of the JSON at line 11");
    }

    @Test
    void aDirectoryInPlaceOfTheBaselineIsAnErrorSayingSo() throws Exception {
        Path directory = Files.createDirectories(root.resolve("architecture-baseline.json"));

        assertThatThrownBy(() -> BaselineFile.read(directory)).isInstanceOf(BaselineException.class)
                .hasMessageContaining(directory.toString()).hasMessageContaining("is a directory")
                .hasMessageContaining("mvn architect:baseline");
    }

    @Test
    void anUnreadableFileSaysPermissionDeniedAndWhatToDo() throws Exception {
        Path locked = Files.writeString(root.resolve("locked.json"), ENTRY_WITH_COUNT.formatted("1"));
        Assumptions.assumeTrue(locked.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Files.setPosixFilePermissions(locked, java.util.Set.of());
        Assumptions.assumeFalse(Files.isReadable(locked), "the user running the tests reads any file (root)");

        assertThatThrownBy(() -> BaselineFile.read(locked)).isInstanceOf(BaselineException.class)
                .hasMessageContaining("cannot be read: permission denied")
                .hasMessageContaining("chmod a+r " + locked);
    }
}
