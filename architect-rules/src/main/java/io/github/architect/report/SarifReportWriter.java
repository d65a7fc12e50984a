package io.github.architect.report;

import io.github.architect.check.FindingKey;
import io.github.architect.check.ProjectPaths;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code architect.sarif}: SARIF 2.1.0 as GitHub code scanning and IDE SARIF viewers read it.
 * Deterministic: rules sorted by id, results in report order, no timestamps or absolute paths.
 */
final class SarifReportWriter {

    /** The fingerprint GitHub matches alerts with across commits; see {@link FindingKey}. */
    public static final String FINGERPRINT = "architectFinding/v1";

    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    public Sarif.Log toSarif(Report report) {
        List<Rule> rules = report.allRules();
        Map<String, Integer> index = new TreeMap<>();
        List<Sarif.ReportingDescriptor> descriptors = new ArrayList<>();
        for (Rule rule : rules) {
            index.put(rule.id(), descriptors.size());
            descriptors.add(descriptor(rule));
        }
        List<Sarif.Result> results = new ArrayList<>();
        report.violations().forEach(v -> results.add(result(report, v, index.get(v.ruleId()), List.of())));
        // baselined findings stay in the log as suppressed results: code scanning then shows them as
        // closed instead of opening alerts for them, and reopens one if it leaves the baseline
        List<Sarif.Suppression> accepted = List.of(new Sarif.Suppression("external", "accepted",
                "Accepted in the baseline of legacy findings (architect:baseline)"));
        report.suppressed().forEach(v -> results.add(result(report, v, index.get(v.ruleId()), accepted)));
        Sarif.ToolComponent driver = new Sarif.ToolComponent("architect", report.toolVersion(),
                semanticVersion(report.toolVersion()), "https://github.com/architect/architect", descriptors);
        Map<String, Sarif.ArtifactLocation> bases = Map.of(Sarif.SRCROOT, new Sarif.ArtifactLocation(null, null,
                Sarif.Message.of("The top-level directory of the Maven build (repository root)")));
        return new Sarif.Log(Sarif.SCHEMA, Sarif.VERSION,
                List.of(new Sarif.Run(new Sarif.Tool(driver), bases, "unicodeCodePoints", results)));
    }

    public String render(Report report) {
        return TextOut.asString(out -> render(report, out), 16);
    }

    /** The same text as {@link #render(Report)}, written to {@code out}, which is left open. */
    public void render(Report report, java.io.Writer out) throws IOException {
        JSON.writeValue(out, toSarif(report));
        out.write('\n');
    }

    private static Sarif.ReportingDescriptor descriptor(Rule rule) {
        String help = rule.help() == null || rule.help().isBlank() ? rule.description() : rule.help();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("tags", List.of("architecture", "maintainability"));
        properties.put("precision", "high");
        return new Sarif.ReportingDescriptor(rule.id(), pascalCase(rule.id()),
                Sarif.Message.of(nonBlank(rule.title(), rule.id())),
                Sarif.Message.of(nonBlank(rule.description(), nonBlank(rule.title(), rule.id()))),
                new Sarif.Message(nonBlank(help, rule.id()), nonBlank(help, rule.id())),
                new Sarif.Configuration(level(rule.defaultSeverity())), properties);
    }

    private static Sarif.Result result(Report report, Violation v, int ruleIndex,
                                       List<Sarif.Suppression> suppressions) {
        // the console prints absolute paths; a report shows them relative to the build, as its locations
        String text = report.displayText(v.hint().isBlank() ? v.message() : v.message() + " Fix: " + v.hint());
        List<Sarif.Location> related = v.documentLocation() == null ? List.of()
                : List.of(new Sarif.Location(1, physical(report, v.documentLocation()),
                Sarif.Message.of("Declared in " + report.displayPath(v.documentLocation().file()))));
        Map<String, Object> properties = new LinkedHashMap<>();
        if (v.service() != null) {
            properties.put("service", v.service());
        }
        if (!v.subjects().isEmpty()) {
            properties.put("subjects", v.subjects());
        }
        return new Sarif.Result(v.ruleId(), ruleIndex, level(v.severity()), Sarif.Message.of(text),
                List.of(new Sarif.Location(null, physical(report, v.location()), null)), related,
                Map.of(FINGERPRINT, FindingKey.of(v, report.projectRoot()).fingerprint()), suppressions, properties);
    }

    private static Sarif.PhysicalLocation physical(Report report, Location location) {
        Path file = location.file();
        Sarif.ArtifactLocation artifact = ProjectPaths.isBelow(report.projectRoot(), file)
                ? new Sarif.ArtifactLocation(uriPath(report.displayPath(file)), Sarif.SRCROOT, null)
                : new Sarif.ArtifactLocation(file.toAbsolutePath().normalize().toUri().toString(), null, null);
        Sarif.Region region = location.line() > 0
                ? new Sarif.Region(location.line(), location.column() > 0 ? location.column() : null)
                : null;
        return new Sarif.PhysicalLocation(artifact, region);
    }

    /** A relative URI reference: each segment percent-encoded (spaces and the like), '/' kept. */
    private static String uriPath(String relative) {
        StringBuilder uri = new StringBuilder();
        for (String segment : relative.split("/", -1)) {
            if (uri.length() > 0) {
                uri.append('/');
            }
            uri.append(java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20"));
        }
        return uri.toString();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARN -> "warning";
            case INFO, OFF -> "note";
        };
    }

    private static String semanticVersion(String version) {
        return version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : null;
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.length() == 0 ? id : name.toString();
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
