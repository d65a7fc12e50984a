package io.github.architect.engine;

import io.github.architect.check.Violation;
import io.github.architect.check.ServiceEdge;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of {@link FindingsCache#lookup}: the key of these inputs, and the stored findings when
 * a run with the same key stored them.
 *
 * @param usedEdges the service pairs the module's code uses as that run stored them with the
 *                  findings; empty when none were stored (the checks cached do not look at them)
 */
record CacheLookup(String key, Optional<List<Violation>> findings, Optional<Set<ServiceEdge>> usedEdges) {

    public CacheLookup(String key, Optional<List<Violation>> findings) {
        this(key, findings, Optional.empty());
    }

    public boolean hit() {
        return findings.isPresent();
    }
}
