package io.github.architect.check;

import io.github.architect.model.Position;

import java.nio.file.Path;

/**
 * Where a finding is: a file and, when known, a 1-based line and column (0 when unknown).
 * Prints as {@code /abs/path/File.java:[12,5]}, the shape IDEs and CI turn into links.
 */
public record Location(Path file, int line, int column) implements Comparable<Location> {

    public static Location of(Path file, int line, int column) {
        return new Location(file, line, column);
    }

    public static Location of(Path file, Position position) {
        return new Location(file, position.line(), position.column());
    }

    public static Location of(Path file) {
        return new Location(file, 0, 0);
    }

    @Override
    public String toString() {
        String path = file.toAbsolutePath().normalize().toString();
        if (line <= 0) {
            return path;
        }
        return path + ":[" + line + "," + Math.max(column, 1) + "]";
    }

    @Override
    public int compareTo(Location other) {
        int byFile = file.toString().compareTo(other.file.toString());
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }
}
