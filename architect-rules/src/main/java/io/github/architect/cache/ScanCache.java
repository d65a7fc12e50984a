package io.github.architect.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
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
    private final Map<Path, String> hashes = new ConcurrentHashMap<>();

    private ScanCache(Path directory, String version) {
        this.directory = directory;
        this.version = version;
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

    /** Content hashes already computed elsewhere (by the findings cache), so they are not read again. */
    public void knownHashes(Map<String, FileDigest> digests) {
        digests.forEach((path, digest) -> hashes.putIfAbsent(Path.of(path), digest.sha256()));
    }

    /** The SHA-256 of a file's content, read at most once per run. */
    public String sha256(Path file) {
        Path key = file.toAbsolutePath().normalize();
        String known = hashes.get(key);
        if (known != null) {
            return known;
        }
        try {
            String hash = FindingsCache.sha256(key);
            hashes.putIfAbsent(key, hash);
            return hash;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes every kind of result this run computed some of. Earlier results are kept while a file
     * of the build still has the content they were computed from (this run's modules may have been
     * served whole from the findings cache without looking at them); results of deleted or changed
     * files go.
     */
    public void save() throws IOException {
        if (directory == null) {
            return;
        }
        Set<String> live = Set.copyOf(hashes.values());
        for (FileResultCache<?> cache : caches.values()) {
            if (cache.touched()) {
                cache.save(live);
            }
        }
    }
}
