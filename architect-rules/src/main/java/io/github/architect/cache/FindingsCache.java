package io.github.architect.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The incremental cache: one JSON file (normally under {@code target/architect/}) holding the last
 * run's key (made of the content hash of every input file) and that run's findings. An unchanged re-run is served
 * from it; any change to the plugin version, configuration, document or an input file is a miss.
 *
 * <p>A corrupt or foreign cache file is treated as a miss, never as an error: the cache is only an
 * optimisation and {@code mvn clean} removes it.
 */
public final class FindingsCache {

    static final int FORMAT = 2;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;

    public FindingsCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    record Stored(int format, String key, List<StoredViolation> findings) {
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
        Optional<List<Violation>> findings = readStored().filter(s -> s.key().equals(wanted))
                .map(s -> s.findings().stream().map(StoredViolation::toViolation).toList());
        return new CacheLookup(key, findings);
    }

    /** Records this run's findings for the inputs of {@code lookup}. */
    public void store(CacheLookup lookup, List<Violation> findings) throws IOException {
        Stored stored = new Stored(FORMAT, lookup.key(), findings.stream().map(StoredViolation::of).toList());
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
