package io.github.architect.model;

/**
 * An HTTP endpoint declared in section 4.
 *
 * @param method  upper-case HTTP method
 * @param path    the path as declared, query string dropped, starting with '/'
 * @param service the service whose sub-heading encloses it, or null
 */
public record Endpoint(String method, String path, String service, Position position) {
}
