package io.github.architect.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the project's text files (sources, migrations) the way a compiler would accept them. */
public final class TextFiles {

    private TextFiles() {
    }

    /**
     * The file as UTF-8, or as Latin-1 when it is not valid UTF-8: legacy sources still compile with
     * {@code -encoding ISO-8859-1}, and every line keeps its place either way.
     *
     * @throws UncheckedIOException when the file cannot be read at all
     */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException notUtf8) {
            try {
                return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + ReadFailure.of(file, e).describe(), e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + ReadFailure.of(file, e).describe(), e);
        }
    }
}
