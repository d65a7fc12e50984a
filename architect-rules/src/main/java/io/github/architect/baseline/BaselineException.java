package io.github.architect.baseline;

import java.nio.file.Path;

/** A configured baseline that cannot be used: missing, unreadable or not a baseline. Names the file. */
public final class BaselineException extends Exception {

    private final transient Path file;

    public BaselineException(Path file, String problem, Throwable cause) {
        super("Baseline " + file.toAbsolutePath().normalize() + ": " + problem, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
