package io.github.architect.engine;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.architect.cache.Sha256;
import io.github.architect.check.StoredViolation;
import io.github.architect.cache.InputDigests;
import io.github.architect.cache.CacheInputs;
import io.github.architect.check.Violation;
import io.github.architect.check.ServiceEdge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The incremental cache: one JSON file (normally under {@code target/architect/}) holding the last
 * run's key (made of the content hash of every input file) and that run's findings. An unchanged re-run is served
 * from it; any change to the plugin version, configuration, document or an input file is a miss.
 *
 * <p>A corrupt or foreign cache file is treated as a miss, never as an error: the cache is only an
 * optimisation and {@code mvn clean} removes it.
 */
final class FindingsCache {

    // 3: the service pairs a module uses are stored with the findings of the check that found them
    static final int FORMAT = 3;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;

    public FindingsCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** @param usedEdges "from -> to" pairs, null when the checks cached do not look at them */
    record Stored(int format, String key, List<StoredViolation> findings, List<StoredEdge> usedEdges) {
    }

    /** One service pair the module's code uses. */
    record StoredEdge(String from, String to) {
    }

    /** Looks the inputs up, hashing each input file (a run without stored hashes: tests, one-off use). */
    public CacheLookup lookup(CacheInputs inputs) throws IOException {
        return lookup(inputs, InputDigests.inMemory());
    }

    /**
     * Looks the inputs up with this run's {@code digests}, which every lookup of a run shares so that
     * each input file is looked at once however many modules ask.
     */
    public CacheLookup lookup(CacheInputs inputs, InputDigests digests) throws IOException {
        String key;
        try {
            List<Path> files = new ArrayList<>(inputs.inputRoots());
            files.add(inputs.document().toAbsolutePath().normalize());
            key = key(inputs, digests.contentFingerprint(files), digests.layoutFingerprint(inputs.layoutRoots()));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        String wanted = key;
        Optional<Stored> stored = readStored().filter(s -> s.key().equals(wanted));
        Optional<List<Violation>> findings = stored.map(s -> s.findings().stream().map(StoredViolation::toViolation).toList());
        Optional<Set<ServiceEdge>> edges = stored.map(Stored::usedEdges).map(list -> list.stream()
                .map(e -> new ServiceEdge(e.from(), e.to())).collect(Collectors.toCollection(TreeSet::new)));
        return new CacheLookup(key, findings, edges.map(Collections::unmodifiableSet));
    }

    /** Records this run's findings for the inputs of {@code lookup}. */
    public void store(CacheLookup lookup, List<Violation> findings) throws IOException {
        store(lookup, findings, Optional.empty());
    }

    /** Records this run's findings, and the service pairs the module's code uses when known, for the inputs of {@code lookup}. */
    public void store(CacheLookup lookup, List<Violation> findings, Optional<Set<ServiceEdge>> usedEdges) throws IOException {
        List<StoredEdge> edges = usedEdges.map(set -> set.stream().sorted()
                .map(e -> new StoredEdge(e.from(), e.to())).toList()).orElse(null);
        Stored stored = new Stored(FORMAT, lookup.key(), findings.stream().map(StoredViolation::of).toList(), edges);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        try {
            Files.write(temp, JSON.writeValueAsBytes(stored));
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private Optional<Stored> readStored() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (stored == null || stored.format() != FORMAT || stored.key() == null || stored.findings() == null) {
                return Optional.empty();
            }
            return Optional.of(stored);
        } catch (IOException | RuntimeException e) {
            // a damaged cache only costs a full run
            return Optional.empty();
        }
    }

    private static String key(CacheInputs inputs, String content, String layout) {
        List<String> parts = new ArrayList<>();
        parts.add("format=" + FORMAT);
        parts.add("plugin=" + inputs.pluginVersion());
        inputs.configuration().forEach((name, value) -> parts.add("config:" + name + "=" + value));
        parts.add("document=" + inputs.document().toAbsolutePath().normalize());
        inputs.inputRoots().forEach(root -> parts.add("root=" + root));
        parts.add("content=" + content);
        parts.add("layout=" + layout);
        return Sha256.ofParts(parts);
    }
}
