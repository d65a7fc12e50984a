package io.github.architect.endpoints.contract;

import io.github.architect.check.Location;

/**
 * An HTTP endpoint the code serves.
 *
 * @param method     upper-case HTTP method, or {@code *} for a mapping that accepts every method
 * @param path       the full path as the framework would serve it (prefixes included), not normalised
 * @param className  the binary name of the class that serves it (the controller, not an interface it implements)
 * @param methodName the Java method handling it
 * @param location   the Java method's declaration
 * @param framework  "Spring", "JAX-RS" or "Micronaut"
 */
public record CodeEndpoint(String method, String path, String className, String methodName, Location location,
                           String framework) {

    public static final String ANY_METHOD = "*";

    public EndpointPath normalised() {
        return EndpointPath.parse(path);
    }

    /** "GET /orders/{}": how findings and subjects name it. */
    public String display() {
        return method + " " + normalised();
    }

    public String handler() {
        int dot = className.lastIndexOf('.');
        return className.substring(dot + 1) + "." + methodName + "()";
    }
}
