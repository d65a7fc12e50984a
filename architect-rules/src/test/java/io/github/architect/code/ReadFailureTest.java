package io.github.architect.code;

import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadFailureTest {

    @TempDir
    Path root;

    @Test
    void saysWhatWentWrongInsteadOfRepeatingThePath() {
        Path file = root.resolve("architecture.md");

        // the JDK's message of both is the path alone: "Cannot read X: X"
        ReadFailure denied = ReadFailure.of(file, new AccessDeniedException(file.toString()));
        ReadFailure missing = ReadFailure.of(file, new NoSuchFileException(file.toString()));
        ReadFailure other = ReadFailure.of(file, new IOException(file.toString()));

        assertThat(denied.reason()).isEqualTo("permission denied");
        assertThat(denied.remedy()).contains("read permission").contains("chmod a+r " + file);
        assertThat(missing.reason()).isEqualTo("no such file");
        assertThat(other.reason()).isEqualTo("IOException");
        assertThat(ReadFailure.of(file, new UncheckedIOException(new AccessDeniedException(file.toString()))).reason())
                .isEqualTo("permission denied");
    }

    @Test
    void aDirectoryWhereAFileIsExpectedIsNamedSo() throws IOException {
        Path directory = Files.createDirectories(root.resolve("architecture.md"));

        ParsedDocument parsed = new ArchitectureDocumentParser().parse(directory);

        assertThat(parsed.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("Cannot read " + directory + ": it is a directory, not a file");
            assertThat(f.hint()).contains("remove the directory");
        });
        assertThatThrownBy(() -> TextFiles.read(directory)).hasMessageContaining("it is a directory");
    }
}
