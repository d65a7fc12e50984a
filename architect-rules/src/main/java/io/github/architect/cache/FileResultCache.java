package io.github.architect.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Per-file results (what a scanner extracted from one source file) keyed by the file's content hash,
 * so a run after a one-file change re-parses that file only. {@code T} must be a Jackson-serialisable
 * value, typically a record of what the file declares. Thread-safe.
 *
 * <p>Usage: {@code open} before scanning, {@code get} per file, {@code save} after a successful run.
 * Only entries used by the run are saved, so deleted files do not accumulate.
 */
public final class FileResultCache<T> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;
    private final JavaType entriesType;
    private final Map<String, T> previous;
    private final Map<String, T> used = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger computed = new java.util.concurrent.atomic.AtomicInteger();

    private FileResultCache(Path file, JavaType entriesType, Map<String, T> previous) {
        this.file = file;
        this.entriesType = entriesType;
        this.previous = previous;
    }

    /** Opens the cache stored in {@code file}; a missing or unreadable file starts empty. */
    public static <T> FileResultCache<T> open(Path file, Class<T> type) {
        JavaType entries = JSON.getTypeFactory().constructMapType(TreeMap.class, String.class, type);
        Map<String, T> previous = Map.of();
        if (Files.isRegularFile(file)) {
            try {
                previous = JSON.readValue(file.toFile(), entries);
            } catch (IOException | RuntimeException e) {
                previous = Map.of();
            }
        }
        return new FileResultCache<>(file, entries, previous);
    }

    /** The result for {@code source}, computed only when its content is new to the cache. */
    public T get(Path source, Function<Path, T> compute) {
        try {
            return get(source, FindingsCache.sha256(source), compute);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #get(Path, Function)} with a hash already known, e.g. from {@link CacheLookup#sha256}. */
    public T get(Path source, String sha256, Function<Path, T> compute) {
        return used.computeIfAbsent(sha256, hash -> {
            T known = previous.get(hash);
            if (known != null) {
                return known;
            }
            computed.incrementAndGet();
            return compute.apply(source);
        });
    }

    /** How many results this run had to compute (cache misses). */
    public int computedCount() {
        return computed.get();
    }

    public void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, JSON.writerFor(entriesType).writeValueAsBytes(new TreeMap<>(used)));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
