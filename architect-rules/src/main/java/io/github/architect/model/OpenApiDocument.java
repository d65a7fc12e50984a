package io.github.architect.model;

import java.nio.file.Path;
import java.util.List;

/**
 * An OpenAPI contract of section 4, embedded as a {@code yaml openapi} block or linked with
 * {@code openapi: path/to/openapi.yaml}. Its endpoints are the model's endpoints; this record keeps
 * what else reading it found out.
 *
 * @param file     the linked file, or the architecture document for an embedded block
 * @param inputs   every file it was read from (the linked file, found or not, and the files its
 *                 {@code $ref}s reach): a change to any of them changes the model
 * @param problems why it, or part of it, could not be read
 */
public record OpenApiDocument(Path file, List<Path> inputs, List<Problem> problems) {

    public OpenApiDocument {
        inputs = List.copyOf(inputs);
        problems = List.copyOf(problems);
    }

    /** A contract that cannot be read: a missing file, a remote {@code $ref}, invalid OpenAPI. */
    public record Problem(Path file, Position position, String message) {
    }
}
