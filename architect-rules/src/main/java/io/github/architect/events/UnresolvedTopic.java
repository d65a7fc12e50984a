package io.github.architect.events;

import io.github.architect.check.Location;

/** Messaging code whose topic cannot be known statically: reported as INFO, never guessed. */
record UnresolvedTopic(String className, Location location, String origin, String reason) {
}
