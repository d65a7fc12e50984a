package io.github.architect.model;

/**
 * A technology section 6 names: one it chooses, or the alternative it names beside a choice and
 * rejects ("An alternative would be Cassandra").
 *
 * @param name     as written, without its version ("Spring Boot")
 * @param version  the version written beside it ("3.4", "21"), or empty
 * @param chosen   true for a choice, false for a named alternative
 * @param position where it is written
 */
public record Technology(String name, String version, boolean chosen, Position position) {

    public Technology {
        version = version == null ? "" : version;
    }

    /** A chosen technology without a version. */
    public Technology(String name, Position position) {
        this(name, "", true, position);
    }

    /** The name and version as written: "Spring Boot 3.4". */
    public String label() {
        return version.isEmpty() ? name : name + " " + version;
    }
}
