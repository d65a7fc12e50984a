package io.github.architect.cache;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The incremental cache: one JSON file (normally under {@code target/architect/}) holding the last
 * run's key, the digest of every input file and that run's findings. An unchanged re-run is served
 * from it; any change to the plugin version, configuration, document or an input file is a miss.
 *
 * <p>A corrupt or foreign cache file is treated as a miss, never as an error: the cache is only an
 * optimisation and {@code mvn clean} removes it.
 */
public final class FindingsCache {

    static final int FORMAT = 1;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final Path file;

    public FindingsCache(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Cached findings of one location. */
    record StoredFinding(String ruleId, Severity severity, String file, int line, int column, String message,
                         String hint, String documentFile, int documentLine, int documentColumn, String service,
                         List<String> subjects) {

        static StoredFinding of(Violation v) {
            Location doc = v.documentLocation();
            return new StoredFinding(v.ruleId(), v.severity(), v.location().file().toString(), v.location().line(),
                    v.location().column(), v.message(), v.hint(), doc == null ? null : doc.file().toString(),
                    doc == null ? 0 : doc.line(), doc == null ? 0 : doc.column(), v.service(), v.subjects());
        }

        Violation toViolation() {
            Location doc = documentFile == null ? null : Location.of(Path.of(documentFile), documentLine, documentColumn);
            return new Violation(ruleId, severity, Location.of(Path.of(file), line, column), message, hint, doc,
                    service, subjects);
        }
    }

    record Stored(int format, String key, Map<String, FileDigest> files, List<StoredFinding> findings) {
    }

    /**
     * Digests the inputs, reusing the stored hash of every file whose size and modification time did
     * not change, and compares the key with the stored one.
     */
    public CacheLookup lookup(CacheInputs inputs) throws IOException {
        Optional<Stored> stored = readStored();
        Map<String, FileDigest> previous = stored.map(Stored::files).orElse(Map.of());
        Map<String, FileDigest> current = new TreeMap<>();
        digest(inputs.document(), previous, current);
        for (Path root : inputs.inputRoots()) {
            if (Files.isDirectory(root)) {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) throws IOException {
                        if (attrs.isRegularFile()) {
                            digest(path, attrs, previous, current);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } else if (Files.isRegularFile(root)) {
                digest(root, previous, current);
            }
        }
        String key = key(inputs, current, layout(inputs.layoutRoots()));
        Set<Path> changed = new LinkedHashSet<>();
        current.forEach((path, digest) -> {
            FileDigest before = previous.get(path);
            if (before == null || !before.sha256().equals(digest.sha256())) {
                changed.add(Path.of(path));
            }
        });
        Set<Path> removed = new LinkedHashSet<>();
        previous.keySet().stream().filter(p -> !current.containsKey(p)).forEach(p -> removed.add(Path.of(p)));
        Optional<List<Violation>> findings = stored.filter(s -> s.key().equals(key))
                .map(s -> s.findings().stream().map(StoredFinding::toViolation).toList());
        return new CacheLookup(key, current, findings, changed, removed, stored.isPresent());
    }

    /** Records this run's findings for the inputs of {@code lookup}. */
    public void store(CacheLookup lookup, List<Violation> findings) throws IOException {
        Stored stored = new Stored(FORMAT, lookup.key(), lookup.digests(),
                findings.stream().map(StoredFinding::of).toList());
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

    /** Drops the stored findings, e.g. after a failure while computing them. */
    public void invalidate() throws IOException {
        Files.deleteIfExists(file);
    }

    private Optional<Stored> readStored() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (stored == null || stored.format() != FORMAT || stored.key() == null || stored.files() == null
                    || stored.findings() == null) {
                return Optional.empty();
            }
            return Optional.of(stored);
        } catch (IOException | RuntimeException e) {
            // a damaged cache only costs a full run
            return Optional.empty();
        }
    }

    private static void digest(Path path, Map<String, FileDigest> previous, Map<String, FileDigest> current)
            throws IOException {
        if (Files.isRegularFile(path)) {
            digest(path, Files.readAttributes(path, BasicFileAttributes.class), previous, current);
        }
    }

    private static void digest(Path path, BasicFileAttributes attrs, Map<String, FileDigest> previous,
                               Map<String, FileDigest> current) throws IOException {
        String name = path.toAbsolutePath().normalize().toString();
        long modified = attrs.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
        FileDigest before = previous.get(name);
        if (before != null && before.size() == attrs.size() && before.modifiedNanos() == modified) {
            current.put(name, before);
        } else {
            current.put(name, new FileDigest(attrs.size(), modified, sha256(path)));
        }
    }

    static String sha256(Path path) throws IOException {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The names of the files under the layout roots, sorted. */
    private static List<String> layout(List<Path> roots) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                try (java.util.stream.Stream<Path> files = Files.walk(root)) {
                    files.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize().toString())
                            .forEach(names::add);
                }
            }
        }
        java.util.Collections.sort(names);
        return names;
    }

    private static String key(CacheInputs inputs, Map<String, FileDigest> digests, List<String> layout) {
        MessageDigest digest = newDigest();
        update(digest, "format=" + FORMAT);
        update(digest, "plugin=" + inputs.pluginVersion());
        inputs.configuration().forEach((name, value) -> update(digest, "config:" + name + "=" + value));
        update(digest, "document=" + inputs.document().toAbsolutePath().normalize());
        inputs.inputRoots().forEach(root -> update(digest, "root=" + root));
        digests.forEach((path, d) -> update(digest, "file:" + path + "=" + d.sha256()));
        layout.forEach(path -> update(digest, "layout:" + path));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
