package io.github.architect.endpoints.contract;

import io.github.architect.check.Location;

/**
 * An endpoint the contract declares, from section 4 or from an OpenAPI document.
 *
 * @param path     the declared path with the base path applied
 * @param written  the path as the document writes it, for messages
 * @param service  the owning service's name, or null when any service may implement it
 * @param location where it is declared
 */
public record DeclaredEndpoint(String method, String path, String written, String service, Location location) {

    public EndpointPath normalised() {
        return EndpointPath.parse(path);
    }

    public String display() {
        return method + " " + written;
    }

    public boolean accepts(String codeMethod) {
        return method.equals(codeMethod) || CodeEndpoint.ANY_METHOD.equals(codeMethod)
                || CodeEndpoint.ANY_METHOD.equals(method);
    }
}
