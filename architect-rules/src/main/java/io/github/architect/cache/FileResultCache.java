package io.github.architect.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Per-file results (what a scanner extracted from one source file) keyed by the file's content hash,
 * so a run after a one-file change re-parses that file only. {@code T} must be a Jackson-serialisable
 * value, typically a record of what the file declares. Thread-safe.
 *
 * <p>Usage: {@link ScanCache#results} (or {@code open}) before scanning, {@code get} per file,
 * {@code save} after a successful run. A result that also depends on something other than the
 * file's bytes (another file, the module's configuration) is stored under the file's hash plus a
 * qualifier naming that; see {@link #get(String, String, Supplier)}.
 *
 * @param <T> what is remembered per file
 */
public final class FileResultCache<T> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** One stored result and the content hash of the file it was computed from. */
    record Entry<T>(String source, T value) {
    }

    /** The file's layout: results of another plugin version are not reused. */
    record Stored<T>(String version, Map<String, Entry<T>> entries) {
    }

    private final Path file;
    private final String version;
    private final JavaType storedType;
    private final Map<String, Entry<T>> previous;
    private final Map<String, Entry<T>> used = new ConcurrentHashMap<>();
    private final AtomicInteger computed = new AtomicInteger();
    private final AtomicInteger computedWhenSaved = new AtomicInteger();

    private FileResultCache(Path file, String version, JavaType storedType, Map<String, Entry<T>> previous) {
        this.file = file;
        this.version = version;
        this.storedType = storedType;
        this.previous = previous;
    }

    /** Opens the cache stored in {@code file}; a missing, unreadable or foreign file starts empty. */
    public static <T> FileResultCache<T> open(Path file, Class<T> type) {
        return open(file, type, "");
    }

    /**
     * Opens the cache stored in {@code file} for results of this {@code version} of the scanner (the
     * plugin's version); results stored by another version are ignored.
     */
    public static <T> FileResultCache<T> open(Path file, Class<T> type, String version) {
        JavaType storedType = JSON.getTypeFactory().constructParametricType(Stored.class, type);
        Map<String, Entry<T>> previous = Map.of();
        if (file != null && Files.isRegularFile(file)) {
            try {
                Stored<T> stored = JSON.readValue(file.toFile(), storedType);
                if (stored != null && version.equals(stored.version()) && stored.entries() != null) {
                    previous = stored.entries();
                }
            } catch (IOException | RuntimeException e) {
                // a damaged cache only costs a full scan
                previous = Map.of();
            }
        }
        return new FileResultCache<>(file, version, storedType, previous);
    }

    /** A cache that remembers nothing between runs (within a run, a result is still computed once). */
    public static <T> FileResultCache<T> inMemory() {
        return new FileResultCache<>(null, "", null, Map.of());
    }

    /** The result for {@code source}, computed only when its content is new to the cache. */
    public T get(Path source, Function<Path, T> compute) {
        try {
            return get(source, Sha256.ofFile(source), compute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #get(Path, Function)} with a hash already known, e.g. from {@link ScanCache#sha256}. */
    public T get(Path source, String sha256, Function<Path, T> compute) {
        return lookup(sha256, sha256, value -> true, () -> compute.apply(source));
    }

    /**
     * The result computed from the file with content hash {@code sha256} under {@code qualifier}: a
     * result that depends on more than the file's bytes names the rest in the qualifier (for example
     * the hashes of the files it was resolved against), so that a change there is a miss.
     */
    public T get(String sha256, String qualifier, Supplier<T> compute) {
        return lookup(sha256 + "|" + qualifier, sha256, value -> true, compute);
    }

    /**
     * As {@link #get(String, String, Supplier)} for a result whose other inputs are only known once
     * it is computed (the files a mapping was resolved against): the stored result is reused only
     * when {@code stillValid} accepts it, e.g. when every file it records still has the same hash.
     */
    public T get(String sha256, String qualifier, Predicate<T> stillValid, Supplier<T> compute) {
        return lookup(sha256 + "|" + qualifier, sha256, stillValid, compute);
    }

    private T lookup(String key, String sourceHash, Predicate<T> stillValid, Supplier<T> compute) {
        Entry<T> entry = used.get(key);
        if (entry == null) {
            entry = previous.get(key);
            if (entry == null || !stillValid.test(entry.value())) {
                // computed outside any lock: a computation may itself ask this cache for another file
                computed.incrementAndGet();
                entry = new Entry<>(sourceHash, compute.get());
            }
            Entry<T> raced = used.putIfAbsent(key, entry);
            if (raced != null) {
                entry = raced;
            }
        }
        return entry.value();
    }

    /** How many results this run had to compute (cache misses). */
    public int computedCount() {
        return computed.get();
    }

    /** Whether this run computed anything since the last save, i.e. whether the stored file is out of date. */
    boolean touched() {
        return computed.get() > computedWhenSaved.get();
    }

    /** Stores the results used by this run only, so results of deleted files do not accumulate. */
    public void save() throws IOException {
        save(Set.of());
    }

    /**
     * Stores the results used by this run and those of earlier runs computed from a file whose
     * content hash is in {@code live}: files this run did not need to look at (their module was
     * served whole from the findings cache) keep their results.
     */
    public synchronized void save(Set<String> live) throws IOException {
        if (file == null) {
            return;
        }
        computedWhenSaved.set(computed.get());
        Map<String, Entry<T>> entries = new TreeMap<>(used);
        previous.forEach((key, entry) -> {
            if (live.contains(entry.source())) {
                entries.putIfAbsent(key, entry);
            }
        });
        AtomicFile.write(file, JSON.writerFor(storedType).writeValueAsBytes(new Stored<>(version, entries)));
    }
}
