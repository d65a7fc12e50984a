package io.github.architect.cache;

import io.github.architect.check.Violation;

import java.util.List;
import java.util.Optional;

/**
 * The result of {@link FindingsCache#lookup}: the key of these inputs, and the stored findings when
 * a run with the same key stored them.
 */
public record CacheLookup(String key, Optional<List<Violation>> findings) {

    public boolean hit() {
        return findings.isPresent();
    }
}
