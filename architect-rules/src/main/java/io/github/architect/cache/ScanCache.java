package io.github.architect.cache;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scanners' per-file results for one build, one {@link FileResultCache} per kind of result,
 * stored as {@code <name>.json} in a directory (normally {@code target/architect/cache/scan}).
 * Checks reach it through {@code CheckContext#scanCache}; whoever runs the checks saves it.
 */
public final class ScanCache {

    private final Path directory;
    private final String version;
    private final Map<String, FileResultCache<?>> caches = new ConcurrentHashMap<>();
    private final InputDigests digests;

    private ScanCache(Path directory, String version) {
        this.directory = directory;
        this.version = version;
        this.digests = directory == null ? InputDigests.inMemory() : InputDigests.storedIn(directory.resolve("digests.json"));
    }

    /** Results live for one run only: what a unit test or a run with the cache turned off gets. */
    public static ScanCache disabled() {
        return new ScanCache(null, "");
    }

    /**
     * Results stored in {@code directory} between runs of the same scanner {@code version}; pass
     * something that changes with every build of the plugin (a SNAPSHOT jar's timestamp).
     */
    public static ScanCache in(Path directory, String version) {
        return new ScanCache(directory, version);
    }

    public boolean persistent() {
        return directory != null;
    }

    /** The results of one kind, e.g. {@code results("endpoints", FileEndpoints.class)}; one instance per name. */
    @SuppressWarnings("unchecked")
    public <T> FileResultCache<T> results(String name, Class<T> type) {
        return (FileResultCache<T>) caches.computeIfAbsent(name, n -> directory == null
                ? FileResultCache.inMemory()
                : FileResultCache.open(directory.resolve(n + ".json"), type, version));
    }

    /** How many results of each kind this run computed (files parsed again), for diagnostics and benchmarks. */
    public Map<String, Integer> computedCounts() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        caches.forEach((name, cache) -> counts.put(name, cache.computedCount()));
        return counts;
    }

    /** The content hashes of this run's input files, shared with the findings cache's lookups. */
    public InputDigests digests() {
        return digests;
    }

    /** The SHA-256 of a file's content, looked at once per run. */
    public String sha256(Path file) {
        return digests.sha256(file);
    }

    /**
     * Writes the input hashes and every kind of result this run computed some of since the last
     * save; a no-op when there is none, as in an unchanged re-run. Earlier results are kept while a
     * file of the build still has the content they were computed from (this run's modules may have
     * been served whole from the findings cache without looking at them); results of deleted or
     * changed files go. Synchronized: modules of a parallel build ({@code -T}) finishing at once must
     * not overwrite each other.
     */
    public synchronized void save() throws IOException {
        if (directory == null) {
            return;
        }
        digests.save();
        List<FileResultCache<?>> touched = caches.values().stream().filter(FileResultCache::touched).toList();
        if (touched.isEmpty()) {
            return;
        }
        Set<String> live = digests.liveHashes();
        for (FileResultCache<?> cache : touched) {
            cache.save(live);
        }
    }
}
