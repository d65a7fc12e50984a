package io.github.architect.check;

import java.util.Objects;

/** "code of {@code from} uses code of {@code to}", by declared service name. */
public record ServiceEdge(String from, String to) implements Comparable<ServiceEdge> {

    public ServiceEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public int compareTo(ServiceEdge other) {
        int byFrom = from.compareTo(other.from);
        return byFrom != 0 ? byFrom : to.compareTo(other.to);
    }
}
