package io.github.architect.engine;

import io.github.architect.cache.InputDigests;
import io.github.architect.cache.Sha256;
import io.github.architect.cache.AtomicFile;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a run needs of the document when every module is served from the cache: the document's own
 * findings, the summary line and the files the document links to (part of every cache key). Kept
 * beside the findings cache, so that an unchanged re-run neither parses the document nor reads the
 * model back, and loads none of the libraries that would need.
 *
 * <p>It stands for the document while the document's bytes, every file the model was read from
 * (the OpenAPI contracts it links), the content of the linked files (the summary counts their
 * operations), the plugin version and the options are those it was made from: all of them are
 * hashed again on every run. Anything else is a miss, and the document is read as before.
 *
 * @param key         the document's path and hash, the plugin version and the options
 * @param modelInputs every file the model was read from besides the document, with its hash ("" when absent)
 * @param linked      the files the checks read because the document links them ({@code Check#documentInputs})
 * @param linkedContent the content fingerprint of {@code linked}
 * @param summary     the model's summary line ("3 services, 9 endpoints, ...")
 * @param findings    the document's own findings, before the configured severities
 */
record DocumentReading(String key, Map<String, String> modelInputs, List<Path> linked, String linkedContent,
                       String summary, List<Violation> findings) {

    private static final String HEADER = "architect document reading 1";

    DocumentReading {
        modelInputs = Map.copyOf(modelInputs);
        linked = List.copyOf(linked);
        findings = List.copyOf(findings);
    }

    /** The key of a document as it is now, for these options and this plugin version. */
    static String key(Path document, String documentHash, String version, Map<String, String> options) {
        List<String> parts = new ArrayList<>();
        parts.add(HEADER);
        parts.add("plugin=" + version);
        parts.add("document=" + document.toAbsolutePath().normalize());
        parts.add("sha256=" + documentHash);
        new TreeMap<>(options).forEach((name, value) -> parts.add("option:" + name + "=" + value));
        return Sha256.ofParts(parts);
    }

    /** What identifies the model this reading stands for: the document and every other file it was read from. */
    String identity() {
        List<String> parts = new ArrayList<>();
        parts.add(key);
        modelInputs.forEach((path, hash) -> parts.add(path + "=" + hash));
        parts.add("linked=" + linkedContent);
        return Sha256.ofParts(parts);
    }

    /**
     * The reading stored in {@code file} when it still stands for the document: same key, the model's
     * other files and the linked files unchanged. A missing, damaged or stale file is empty.
     */
    static Optional<DocumentReading> read(Path file, String key, InputDigests digests) {
        Optional<DocumentReading> stored = parse(file);
        if (stored.isEmpty() || !stored.get().key().equals(key)) {
            return Optional.empty();
        }
        DocumentReading reading = stored.get();
        List<Path> modelFiles = reading.modelInputs().keySet().stream().map(Path::of).toList();
        if (!digests.contentHashes(modelFiles).equals(reading.modelInputs())) {
            return Optional.empty();
        }
        try {
            if (!digests.contentFingerprint(reading.linked()).equals(reading.linkedContent())) {
                return Optional.empty();
            }
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
        return stored;
    }

    private static Optional<DocumentReading> parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            String key = null;
            String linkedContent = null;
            String summary = null;
            Map<String, String> modelInputs = new TreeMap<>();
            List<Path> linked = new ArrayList<>();
            List<Violation> findings = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> fields = TextRecords.fields(line);
                switch (fields.get(0)) {
                    case "key" -> key = fields.get(1);
                    case "model-input" -> modelInputs.put(fields.get(1), fields.get(2));
                    case "linked" -> linked.add(Path.of(fields.get(1)));
                    case "linked-content" -> linkedContent = fields.get(1);
                    case "summary" -> summary = fields.get(1);
                    case "finding" -> findings.add(TextRecords.violation(fields, 1));
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            if (key == null || linkedContent == null || summary == null) {
                return Optional.empty();
            }
            return Optional.of(new DocumentReading(key, modelInputs, linked, linkedContent, summary, findings));
        } catch (IOException | RuntimeException e) {
            // a damaged file only costs reading the document
            return Optional.empty();
        }
    }

    /** Writes this reading to {@code file}, replacing it whole. */
    void write(Path file) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append(TextRecords.line(List.of("key", key))).append('\n');
        modelInputs.forEach((path, hash) -> out.append(TextRecords.line(List.of("model-input", path, hash))).append('\n'));
        linked.forEach(path -> out.append(TextRecords.line(List.of("linked", path.toString()))).append('\n'));
        out.append(TextRecords.line(List.of("linked-content", linkedContent))).append('\n');
        out.append(TextRecords.line(List.of("summary", summary))).append('\n');
        for (Violation finding : findings) {
            List<String> fields = new ArrayList<>();
            fields.add("finding");
            fields.addAll(TextRecords.violation(finding));
            out.append(TextRecords.line(fields)).append('\n');
        }
        AtomicFile.write(file, out);
    }
}
