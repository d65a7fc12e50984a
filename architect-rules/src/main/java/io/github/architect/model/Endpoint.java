package io.github.architect.model;

import java.nio.file.Path;

/**
 * An HTTP endpoint declared in section 4, or by the OpenAPI contract section 4 embeds or links.
 *
 * @param method   upper-case HTTP method
 * @param path     the path as declared, query string dropped, starting with '/' (for an OpenAPI
 *                 contract: the path of {@code servers[0].url} joined with the path item's)
 * @param service  the service whose sub-heading encloses it, or null
 * @param position where it is declared in {@code file}
 * @param file     the OpenAPI file that declares it, or null when the architecture document does
 */
public record Endpoint(String method, String path, String service, Position position, Path file) {

    /** An endpoint the architecture document itself declares. */
    public Endpoint(String method, String path, String service, Position position) {
        this(method, path, service, position, null);
    }
}
