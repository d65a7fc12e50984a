package io.github.architect.engine;

import io.github.architect.cache.AtomicFile;
import io.github.architect.cache.Sha256;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last run wrote as reports: the key of everything they were rendered from and the hash of
 * each file written. A run whose reports would be rendered from the same inputs, and whose report
 * files still hold exactly those bytes, has nothing to write: the reports are a pure function of
 * their inputs (the same bytes whatever -T and whatever the cache holds), so rendering them again
 * would write the same bytes; such a run skips rendering, and with it loading the model and the
 * JSON library. A report file edited or deleted since is written again.
 *
 * @param key   the hash of everything the reports were rendered from
 * @param files each report file written, with the SHA-256 of its bytes
 */
record ReportStamp(String key, List<WrittenFile> files) {

    private static final String HEADER = "architect report stamp 1";

    /** One report file and the hash of the bytes written to it. */
    record WrittenFile(Path path, String sha256) {
    }

    ReportStamp {
        files = List.copyOf(files);
    }

    /** The key of the reports rendered from these parts (every one of them changes the bytes written). */
    static String key(List<String> parts) {
        List<String> all = new ArrayList<>();
        all.add(HEADER);
        all.addAll(parts);
        return Sha256.ofParts(all);
    }

    /** Hashes the files just written under {@code key}. */
    static ReportStamp of(String key, List<Path> written) throws IOException {
        List<WrittenFile> files = new ArrayList<>();
        for (Path file : written) {
            files.add(new WrittenFile(file.toAbsolutePath().normalize(), Sha256.ofFile(file)));
        }
        return new ReportStamp(key, files);
    }

    /**
     * The files the stamp in {@code stampFile} lists, when it was made for {@code key} and every file
     * still holds the bytes written then; empty otherwise (then the reports are written again).
     */
    static Optional<List<Path>> unchanged(Path stampFile, String key) {
        Optional<ReportStamp> stamp = read(stampFile).filter(s -> s.key().equals(key));
        if (stamp.isEmpty() || stamp.get().files().isEmpty()) {
            return Optional.empty();
        }
        try {
            for (WrittenFile file : stamp.get().files()) {
                if (!Files.isRegularFile(file.path()) || !Sha256.ofFile(file.path()).equals(file.sha256())) {
                    return Optional.empty();
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(stamp.get().files().stream().map(WrittenFile::path).toList());
    }

    private static Optional<ReportStamp> read(Path stampFile) {
        if (!Files.isRegularFile(stampFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(stampFile, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            List<WrittenFile> files = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                List<String> fields = TextRecords.fields(line);
                files.add(new WrittenFile(Path.of(fields.get(1)), fields.get(0)));
            }
            return Optional.of(new ReportStamp(lines.get(1), files));
        } catch (IOException | RuntimeException e) {
            // a damaged stamp only costs writing the reports
            return Optional.empty();
        }
    }

    /** Writes the stamp, replacing any earlier one. */
    void write(Path stampFile) throws IOException {
        StringBuilder out = new StringBuilder(HEADER).append('\n').append(key).append('\n');
        files.forEach(f -> out.append(TextRecords.line(List.of(f.sha256(), f.path().toString()))).append('\n'));
        AtomicFile.write(stampFile, out);
    }
}
