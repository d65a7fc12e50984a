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
    private final int perRule;

    /** @param perRule how many findings of each rule one call prints (0: all; with -X all are printed) */
    FindingPrinter(Log log, boolean failing, IdeMarkers markers, int perRule) {
        this.log = log;
        this.formatter = new FindingFormatter(failing);
        this.markers = markers;
        this.perRule = log.isDebugEnabled() ? 0 : perRule;
    }

    /**
     * Prints the findings, at most {@code perRule} of each rule, and replaces the markers on
     * {@code checked} (directories or files) with all of them.
     */
    void print(List<Violation> findings, Collection<Path> checked) {
        for (LogLine line : formatter.lines(findings, perRule)) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARN -> log.warn(line.text());
                case INFO -> log.info(line.text());
            }
        }
        markers.replace(checked, findings);
    }
}
