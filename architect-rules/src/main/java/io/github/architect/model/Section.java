package io.github.architect.model;

/** A heading recognised as one of the seven sections. */
public record Section(SectionKind kind, String heading, Position position) {
}
