package io.github.architect.model;

/** A column of a declared table; {@code type} is the SQL type as written (e.g. "VARCHAR(255)"). */
public record Column(String name, String type, boolean primaryKey, Position position) {
}
