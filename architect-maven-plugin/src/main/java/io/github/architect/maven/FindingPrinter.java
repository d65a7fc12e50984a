package io.github.architect.maven;

import io.github.architect.check.Violation;
import org.apache.maven.plugin.logging.Log;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/** Prints findings to the Maven log as compiler-style lines, and shows them as IDE markers. */
final class FindingPrinter {

    private final Log log;
    private final FindingFormatter formatter;
    private final IdeMarkers markers;

    FindingPrinter(Log log, boolean failing, IdeMarkers markers) {
        this.log = log;
        this.formatter = new FindingFormatter(failing);
        this.markers = markers;
    }

    /** Prints the findings and replaces the markers on {@code checked} (directories or files) with them. */
    void print(List<Violation> findings, Collection<Path> checked) {
        for (LogLine line : formatter.lines(findings)) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
        markers.replace(checked, findings);
    }
}
