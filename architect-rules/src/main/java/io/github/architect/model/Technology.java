package io.github.architect.model;

/** A technology chosen in section 6 (not the alternatives discussed beside it). */
public record Technology(String name, Position position) {
}
