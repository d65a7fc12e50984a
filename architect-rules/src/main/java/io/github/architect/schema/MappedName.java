package io.github.architect.schema;

import io.github.architect.sql.Identifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The physical names a mapped table or column may have: one under a known naming strategy, several
 * when the strategy is not known. The first is the one messages show.
 */
public record MappedName(List<Identifier> candidates) {

    public MappedName {
        candidates = List.copyOf(new LinkedHashSet<>(candidates));
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("a mapped name needs a candidate");
        }
    }

    public static MappedName of(Identifier logical, PhysicalNaming naming) {
        return new MappedName(naming.physicalNames(logical));
    }

    public static MappedName of(String logical, PhysicalNaming naming) {
        return of(Identifier.parse(logical), naming);
    }

    /** Either name, for defaults that differ between naming strategies. */
    public MappedName or(MappedName other) {
        List<Identifier> all = new ArrayList<>(candidates);
        all.addAll(other.candidates);
        return new MappedName(all);
    }

    public Identifier preferred() {
        return candidates.get(0);
    }

    public boolean matches(String declared) {
        return candidates.stream().anyMatch(c -> c.matches(declared));
    }

    public boolean matches(Identifier other) {
        return candidates.stream().anyMatch(c -> c.matches(other));
    }

    /** Map keys of every candidate. */
    public Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>();
        candidates.forEach(c -> keys.add(c.key()));
        return keys;
    }

    @Override
    public String toString() {
        return preferred().text();
    }
}
