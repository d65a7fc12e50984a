package io.github.architect.model;

import java.util.List;

/** An index on a declared table (CREATE INDEX or an inline KEY/INDEX). */
public record Index(String name, List<String> columns, boolean unique, Position position) {

    public Index {
        columns = List.copyOf(columns);
    }
}
