package io.github.architect.endpoints.source;

import io.github.architect.check.Location;

/** A source or configuration file that could not be read, so its endpoints are unknown. */
public record SourceProblem(Location location, String message) {
}
