package io.github.architect.cache;

import io.github.architect.check.Violation;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The result of {@link FindingsCache#lookup}: the stored findings when nothing changed, and in any
 * case which input files changed since the stored run, for scanners that re-parse per file.
 *
 * @param key          the key of these inputs
 * @param digests      the digest of every input file, by absolute path
 * @param findings     the stored findings on a hit, empty on a miss
 * @param changedFiles input files that are new or whose content changed since the stored run
 *                     (every file when there was no stored run)
 * @param removedFiles input files of the stored run that are gone
 * @param hadPrevious  whether a usable stored run existed at all
 */
public record CacheLookup(String key, Map<String, FileDigest> digests, Optional<List<Violation>> findings,
                          Set<Path> changedFiles, Set<Path> removedFiles, boolean hadPrevious) {

    public CacheLookup {
        digests = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(digests));
        changedFiles = Set.copyOf(changedFiles);
        removedFiles = Set.copyOf(removedFiles);
    }

    public boolean hit() {
        return findings.isPresent();
    }

    /** The content hash of an input file, or empty when it is not an input. */
    public Optional<String> sha256(Path file) {
        return Optional.ofNullable(digests.get(file.toAbsolutePath().normalize().toString())).map(FileDigest::sha256);
    }
}
