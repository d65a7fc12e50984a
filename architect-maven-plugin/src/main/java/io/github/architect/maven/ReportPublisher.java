package io.github.architect.maven;

import io.github.architect.engine.BuildSession;
import io.github.architect.report.GithubActionsReporter;
import org.apache.maven.plugin.logging.Log;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes the session's reports and, on GitHub Actions, publishes them once per build. */
final class ReportPublisher {

    private final Log log;

    ReportPublisher(Log log) {
        this.log = log;
    }

    /** Rewrites the reports, then publishes once; a failure to write is a warning, never hides the findings. */
    void publish(BuildSession engine) {
        try {
            List<Path> written = engine.writeReports();
            if (!written.isEmpty()) {
                log.debug("architect: reports written to " + engine.reportDirectory());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("architect: could not write the reports to " + engine.reportDirectory() + ": " + e);
        }
        writeTimings(engine);
        GithubActionsReporter github = new GithubActionsReporter(System.getenv());
        if (!github.active() || !engine.claimPublication()) {
            return;
        }
        try {
            // workflow commands must start the line, so they bypass the "[INFO] " of the Maven log
            github.publish(engine.report(), System.out::println);
        } catch (IOException e) {
            log.warn("architect: could not append to $GITHUB_STEP_SUMMARY: " + e.getMessage());
        }
    }

    /** Where the time went, whatever the report formats: at DEBUG and in timings.json beside the reports. */
    private void writeTimings(BuildSession engine) {
        if (log.isDebugEnabled()) {
            engine.timings().lines().forEach(line -> log.debug("architect: time: " + line));
        }
        Path file = engine.reportDirectory().resolve("timings.json");
        try {
            engine.timings().write(file);
        } catch (IOException e) {
            log.debug("architect: could not write " + file + ": " + e);
        }
    }
}
