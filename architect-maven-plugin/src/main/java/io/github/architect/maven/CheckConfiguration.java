package io.github.architect.maven;

import io.github.architect.baseline.BaselineFile;
import io.github.architect.check.Rule;
import io.github.architect.engine.BuildSession;
import io.github.architect.engine.BuildSettings;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.report.ReportFormat;
import io.github.architect.schema.PhysicalNaming;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checking goals' configuration as the pom writes it, turned into the engine's
 * {@link BuildSettings}; a value that makes no sense fails the build with what to write instead.
 */
record CheckConfiguration(String formats, String baseline, boolean cache, Map<String, String> severities,
                          String basePath, String naming) {

    /**
     * @param readBaseline false for {@code architect:baseline}, which writes the baseline instead
     */
    BuildSettings settings(Path document, Path root, PluginDescriptor plugin, boolean readBaseline)
            throws MojoExecutionException {
        Set<ReportFormat> chosen;
        SeverityPolicy policy;
        try {
            chosen = ReportFormat.parse(formats);
            policy = SeverityConfiguration.parse(severities, BuildSession.allRules().stream().map(Rule::id).toList());
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage());
        }
        return new BuildSettings(document, root, policy, options(), version(plugin), cache ? cacheVersion(plugin) : null,
                chosen, root.resolve("target").resolve("architect"),
                readBaseline ? baselineFile(document, root) : null, configuredBaseline());
    }

    boolean configuredBaseline() {
        return baseline != null && !baseline.isBlank();
    }

    /** The baseline file to use or write: configured, or next to the document. */
    Path baselineFile(Path document, Path root) {
        if (configuredBaseline()) {
            Path configured = Path.of(baseline.trim());
            return (configured.isAbsolute() ? configured : root.resolve(configured)).normalize();
        }
        return document.resolveSibling(BaselineFile.DEFAULT_NAME);
    }

    private Map<String, String> options() throws MojoExecutionException {
        try {
            PhysicalNaming.fromOption(naming);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("architect.naming: " + e.getMessage());
        }
        Map<String, String> options = new LinkedHashMap<>();
        if (basePath != null && !basePath.isBlank()) {
            options.put("basePath", basePath.trim());
        }
        if (naming != null && !naming.isBlank()) {
            options.put("naming", naming.trim());
        }
        return options;
    }

    /** The plugin's version, as the reports name the tool. */
    static String version(PluginDescriptor plugin) {
        return plugin == null ? "unknown" : Objects.requireNonNullElse(plugin.getVersion(), "unknown");
    }

    /**
     * The plugin's version for the cache key; a SNAPSHOT also carries the timestamps of its jar and
     * of the engine's jar, so a rebuilt plugin does not reuse findings of the previous build of
     * itself (a change to the engine alone, such as its technology catalogue, leaves the plugin's
     * jar as it was).
     */
    static String cacheVersion(PluginDescriptor plugin) {
        String version = version(plugin);
        if (!version.endsWith("-SNAPSHOT") || plugin.getPluginArtifact() == null
                || plugin.getPluginArtifact().getFile() == null) {
            return version;
        }
        StringBuilder key = new StringBuilder(version).append('@').append(plugin.getPluginArtifact().getFile().lastModified());
        if (plugin.getArtifacts() != null) {
            plugin.getArtifacts().stream()
                    .filter(a -> a.getGroupId().equals(plugin.getGroupId()) && a.getFile() != null)
                    .sorted(Comparator.comparing(Artifact::getArtifactId))
                    .forEach(a -> key.append('+').append(a.getArtifactId()).append('@').append(a.getFile().lastModified()));
        }
        return key.toString();
    }
}
