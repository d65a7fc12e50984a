package io.github.architect.model;

/** "from may use to": a dependency the document allows, by service name. */
public record Dependency(String from, String to, Position position) {
}
