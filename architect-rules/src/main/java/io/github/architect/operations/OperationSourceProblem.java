package io.github.architect.operations;

import io.github.architect.check.Location;

/** A schema, proto or Java file that may serve operations but cannot be read. */
record OperationSourceProblem(Location location, String message) {
}
