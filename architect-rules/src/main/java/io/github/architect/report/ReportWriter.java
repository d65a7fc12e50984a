package io.github.architect.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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
        // each format is a pure function of the report: with tens of thousands of findings they render side
        // by side, each straight into its file (as one String a report of 50 MB is built, copied and encoded again)
        try {
            return chosen.parallelStream().map(format -> {
                Path file = directory.resolve(format.fileName());
                try {
                    writeAtomically(file, out -> render(report, format, out));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return file;
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static String render(Report report, ReportFormat format) {
        StringWriter out = new StringWriter();
        try {
            render(report, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not throw
        }
        return out.toString();
    }

    /** Writes one format to {@code out}: the same characters as {@link #render(Report, ReportFormat)} returns. */
    public static void render(Report report, ReportFormat format, Writer out) throws IOException {
        switch (format) {
            case SARIF -> new SarifReportWriter().render(report, out);
            case JUNIT -> new JunitXmlReportWriter().render(report, out);
            case JSON -> new JsonReportWriter().render(report, out);
            case HTML -> new HtmlReportWriter().render(report, out);
            case MERMAID -> out.write(new MermaidWriter().render(report));
        }
    }

    /** What goes into a file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Readers (IDE, CI upload) never see a half-written file, even in a parallel build. The temporary
     * file is created as any new file is, so the report gets the permissions the user's umask gives
     * ({@code Files.createTempFile} would make it readable by its owner only).
     */
    static void writeAtomically(Path file, Content content) throws IOException {
        Path temp = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), StandardCharsets.UTF_8), 1 << 16)) {
                content.writeTo(out);
            }
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
