package io.github.architect.engine;

import io.github.architect.report.ReportFormat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * What a build verifies with: everything {@link BuildSession#open} needs besides the layout of the
 * code. Two executions with equal settings share one session.
 *
 * @param document           the architecture document
 * @param projectRoot        the top-level directory of the build: locations in reports are relative to it
 * @param severities         the configured severity per rule id
 * @param options            options of the checks ({@code basePath}, {@code naming})
 * @param toolVersion        the version the reports name
 * @param cacheVersion       the version the caches are keyed on, or null to use no cache
 * @param formats            the report formats to write under {@code reportDirectory}
 * @param reportDirectory    where the reports go
 * @param baselineFile       the baseline to read, or null for none
 * @param baselineConfigured true when the user named the baseline: then it must exist
 */
public record BuildSettings(Path document, Path projectRoot, SeverityPolicy severities, Map<String, String> options,
                            String toolVersion, String cacheVersion, Set<ReportFormat> formats, Path reportDirectory,
                            Path baselineFile, boolean baselineConfigured) {

    public BuildSettings {
        options = Map.copyOf(options);
        formats = Set.copyOf(formats);
    }

    /**
     * The settings of a JUnit test of the project under {@code projectRoot}: its {@code architecture.md},
     * every rule at its default severity, no check option, no cache, no report and no baseline.
     */
    public static BuildSettings of(Path projectRoot) {
        Path root = projectRoot.toAbsolutePath().normalize();
        return new BuildSettings(root.resolve("architecture.md"), root, SeverityPolicy.defaults(), Map.of(), "junit",
                null, Set.of(), root.resolve("target/architect"), null, false);
    }

    /** True when the caches under {@code target/architect/cache} are used. */
    public boolean cached() {
        return cacheVersion != null;
    }
}
