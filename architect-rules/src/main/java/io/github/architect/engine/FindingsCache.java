package io.github.architect.engine;

import io.github.architect.cache.Sha256;
import io.github.architect.cache.InputDigests;
import io.github.architect.cache.CacheInputs;
import io.github.architect.cache.AtomicFile;
import io.github.architect.check.Violation;
import io.github.architect.check.ServiceEdge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The incremental cache: one file (normally under {@code target/architect/}) holding the last
 * run's key (made of the content hash of every input file) and that run's findings, as lines of
 * {@link TextRecords} (a JSON library would cost an unchanged re-run more than all its other work). An unchanged re-run is served
 * from it; any change to the plugin version, configuration, document or an input file is a miss.
 *
 * <p>A corrupt or foreign cache file is treated as a miss, never as an error: the cache is only an
 * optimisation and {@code mvn clean} removes it.
 */
final class FindingsCache {

    // 3: the service pairs a module uses are stored with the findings of the check that found them
    // 4: lines of tab-separated fields instead of JSON
    static final int FORMAT = 4;

    private static final String HEADER = "architect findings " + FORMAT;

    private final Path file;

    public FindingsCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** @param usedEdges the service pairs, null when the checks cached do not look at them */
    record Stored(String key, List<Violation> findings, List<ServiceEdge> usedEdges) {
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
        Optional<List<Violation>> findings = stored.map(Stored::findings);
        Optional<Set<ServiceEdge>> edges = stored.map(Stored::usedEdges).map(TreeSet::new);
        return new CacheLookup(key, findings, edges.map(Collections::unmodifiableSet));
    }

    /** Records this run's findings for the inputs of {@code lookup}. */
    public void store(CacheLookup lookup, List<Violation> findings) throws IOException {
        store(lookup, findings, Optional.empty());
    }

    /** Records this run's findings, and the service pairs the module's code uses when known, for the inputs of {@code lookup}. */
    public void store(CacheLookup lookup, List<Violation> findings, Optional<Set<ServiceEdge>> usedEdges) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append(lookup.key()).append('\n');
        if (usedEdges.isPresent()) {
            out.append("edges\n");
            usedEdges.get().stream().sorted().forEach(e -> out.append(TextRecords.line(List.of("edge", e.from(), e.to())))
                    .append('\n'));
        }
        for (Violation finding : findings) {
            List<String> fields = new ArrayList<>();
            fields.add("finding");
            fields.addAll(TextRecords.violation(finding));
            out.append(TextRecords.line(fields)).append('\n');
        }
        AtomicFile.write(file, out);
    }

    private Optional<Stored> readStored() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            List<Violation> findings = new ArrayList<>();
            List<ServiceEdge> edges = null;
            for (String line : lines.subList(2, lines.size())) {
                List<String> fields = TextRecords.fields(line);
                switch (fields.get(0)) {
                    case "edges" -> edges = new ArrayList<>();
                    case "edge" -> edges.add(new ServiceEdge(fields.get(1), fields.get(2)));
                    case "finding" -> findings.add(TextRecords.violation(fields, 1));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new Stored(lines.get(1), findings, edges));
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
