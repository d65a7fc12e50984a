package io.github.architect.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Writes the chosen formats of one report into a directory (normally {@code target/architect/}). */
public final class ReportWriter {

    /** Writes each format and returns the files written, in {@link ReportFormat} order. */
    public List<Path> write(Report report, Path directory, Set<ReportFormat> formats) throws IOException {
        Files.createDirectories(directory);
        List<ReportFormat> chosen = Arrays.stream(ReportFormat.values()).filter(formats::contains).toList();
        // each format is a pure function of the report: with tens of thousands of findings they render side by side
        List<String> contents = chosen.parallelStream().map(format -> render(report, format)).toList();
        List<Path> written = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Path file = directory.resolve(chosen.get(i).fileName());
            writeAtomically(file, contents.get(i));
            written.add(file);
        }
        return written;
    }

    public static String render(Report report, ReportFormat format) {
        return switch (format) {
            case SARIF -> new SarifReportWriter().render(report);
            case JUNIT -> new JunitXmlReportWriter().render(report);
            case JSON -> new JsonReportWriter().render(report);
            case HTML -> new HtmlReportWriter().render(report);
            case MERMAID -> new MermaidWriter().render(report);
        };
    }

    /**
     * Readers (IDE, CI upload) never see a half-written file, even in a parallel build. The temporary
     * file is created as any new file is, so the report gets the permissions the user's umask gives
     * ({@code Files.createTempFile} would make it readable by its owner only).
     */
    static void writeAtomically(Path file, String content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
