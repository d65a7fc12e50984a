package io.github.architect.endpoints.scan;

import io.github.architect.code.JavaSourceLookup;
import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.ScanCache;
import io.github.architect.cache.Sha256;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The endpoint scanner's per-file results in the build's {@link ScanCache}. When the scan cache is
 * not persistent, results are computed directly: within a run the scanner's own parse memo is all
 * the reuse there is, and hashing every file would only cost time.
 */
final class EndpointCaches {

    private final ScanCache scanCache;
    final FileResultCache<FileTraits> traits;
    final FileResultCache<CarrierMatch> carrierMatches;
    final FileResultCache<FileApplicationPath> applicationPaths;
    final FileResultCache<FileEndpoints> endpoints;

    EndpointCaches(ScanCache scanCache) {
        this.scanCache = scanCache;
        this.traits = scanCache.results("endpoint-file-traits", FileTraits.class);
        this.carrierMatches = scanCache.results("endpoint-carrier-matches", CarrierMatch.class);
        this.applicationPaths = scanCache.results("endpoint-application-paths", FileApplicationPath.class);
        this.endpoints = scanCache.results("endpoints", FileEndpoints.class);
    }

    /** The result for {@code file}'s current content under {@code qualifier}, computed on a miss. */
    <T> T get(FileResultCache<T> cache, Path file, String qualifier, Predicate<T> stillValid, Supplier<T> compute) {
        if (!scanCache.persistent()) {
            return compute.get();
        }
        String hash;
        try {
            hash = scanCache.sha256(file);
        } catch (UncheckedIOException e) {
            return compute.get(); // the computation reports an unreadable file; nothing to key it by
        }
        return cache.get(hash, qualifier, stillValid, compute);
    }

    /** Whether a stored result's other inputs are as they were when it was computed. */
    boolean unchanged(SourceDependencies dependencies, JavaSourceLookup sources) {
        return dependencies.unchanged(sources, scanCache);
    }

    /** What a computation consulted, worth recording only when the result outlives the run. */
    SourceDependencies dependencies(ConsultedSources consulted) {
        return scanCache.persistent() ? consulted.dependencies(scanCache) : SourceDependencies.none();
    }

    /** A short, unambiguous key for a list of strings (a configuration, a set of names). */
    static String qualifier(List<String> parts) {
        return Sha256.ofParts(parts);
    }
}
