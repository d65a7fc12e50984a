package io.github.architect.model;

import java.util.List;

/** A NoSQL collection declared in section 5 by a JSON-like schema. */
public record NoSqlCollection(String name, List<String> fields, String owner, Position position) {

    public NoSqlCollection {
        fields = List.copyOf(fields);
    }
}
