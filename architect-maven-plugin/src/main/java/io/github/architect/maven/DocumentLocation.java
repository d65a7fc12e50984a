package io.github.architect.maven;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the architecture document is, or would be.
 *
 * @param path     the document to read (the first candidate that exists, else the first candidate)
 * @param lookedAt every place looked at, nearest first, for the "not found" message
 */
public record DocumentLocation(Path path, List<Path> lookedAt) {

    public DocumentLocation {
        lookedAt = List.copyOf(lookedAt);
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    /** "No architecture document at ..." naming every place looked at. */
    public String notFoundMessage() {
        StringBuilder text = new StringBuilder("No architecture document found at ").append(path);
        if (lookedAt.size() > 1) {
            text.append(" (also looked at ");
            text.append(String.join(", ", lookedAt.subList(1, lookedAt.size()).stream().map(Path::toString).toList()));
            text.append(')');
        }
        return text.toString();
    }
}
