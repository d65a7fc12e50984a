package io.github.architect.endpoints.framework;

import io.github.architect.check.Location;

/** A mapping whose path cannot be known without running the code; reported, never guessed. */
public record UnresolvedMapping(String className, String methodName, Location location, String reason) {
}
