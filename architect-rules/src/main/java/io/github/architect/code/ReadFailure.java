package io.github.architect.code;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Why a file could not be read, in words a user can act on. The JDK's exceptions often carry only
 * the path as their message, which made "Cannot read X: X".
 *
 * @param reason what went wrong: "permission denied", "no such file", "it is a directory", ...
 * @param remedy what to do about it, a sentence
 */
public record ReadFailure(String reason, String remedy) {

    public static ReadFailure of(Path file, Throwable error) {
        if (error instanceof java.io.UncheckedIOException unchecked && unchecked.getCause() != null) {
            error = unchecked.getCause();
        }
        if (file != null && Files.isDirectory(file)) {
            return new ReadFailure("it is a directory, not a file",
                    "Point the setting at the file itself, or remove the directory.");
        }
        if (error instanceof AccessDeniedException) {
            return new ReadFailure("permission denied", "Give the user running the build read permission on it"
                    + (file == null ? "" : " (chmod a+r " + file + ")") + ".");
        }
        if (error instanceof NoSuchFileException) {
            return new ReadFailure("no such file", "Check the path, or create the file.");
        }
        String reason = error instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                : error.getMessage();
        if (reason == null || reason.isBlank() || (file != null && reason.equals(file.toString()))) {
            reason = error.getClass().getSimpleName();
        }
        return new ReadFailure(reason.lines().findFirst().orElse(reason), "Check that the path is a readable file.");
    }

    /** "permission denied. Give the user ..." */
    public String describe() {
        return reason + ". " + remedy;
    }
}
