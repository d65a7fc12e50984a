package io.github.architect.report;

import io.github.architect.check.FindingKey;
import io.github.architect.check.ProjectPaths;
import io.github.architect.check.ServiceEdge;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Everything a reporter formats. Reporters never run checks; they only lay out what is given here.
 *
 * @param toolVersion the plugin version, shown in SARIF and JSON
 * @param model       the parsed document, or null when it could not be read at all
 * @param rules       every rule the checks can break, reported or not (SARIF and JUnit list them all)
 * @param violations  the findings to report
 * @param projectRoot the build's top-level directory; files below it are reported relative to it
 * @param usedEdges   service-to-service uses seen in the code, or null when the code was not analysed
 *                    for them (then declared edges are drawn without a used/unused verdict)
 * @param suppressed  findings the baseline accepts: SARIF lists them as suppressed so code scanning
 *                    keeps their alerts closed, JSON lists them apart, the other formats leave them out
 * @param modelSummary what the document declares, as the build log's summary line says it ("3 services,
 *                    9 endpoints, ..."); null takes the model's own summary
 */
public record Report(String toolVersion, ArchitectureModel model, List<Rule> rules, List<Violation> violations,
                     Path projectRoot, List<ServiceEdge> usedEdges, List<Violation> suppressed,
                     String modelSummary) {

    /** The order of every report: by file, line, column, then rule and message. */
    public static final Comparator<Violation> ORDER = FindingKey.ORDER;

    public Report {
        Objects.requireNonNull(projectRoot, "projectRoot");
        toolVersion = toolVersion == null ? "unknown" : toolVersion;
        rules = List.copyOf(rules);
        violations = violations.stream().sorted(ORDER).toList();
        projectRoot = projectRoot.toAbsolutePath().normalize();
        usedEdges = usedEdges == null ? null : usedEdges.stream().distinct().sorted().toList();
        suppressed = suppressed == null ? List.of() : suppressed.stream().sorted(ORDER).toList();
        modelSummary = modelSummary != null || model == null ? modelSummary : model.summary();
    }

    /** A report whose summary is the model's own. */
    public Report(String toolVersion, ArchitectureModel model, List<Rule> rules, List<Violation> violations,
                  Path projectRoot, List<ServiceEdge> usedEdges, List<Violation> suppressed) {
        this(toolVersion, model, rules, violations, projectRoot, usedEdges, suppressed, null);
    }

    /** A report without a baseline: nothing is suppressed. */
    public Report(String toolVersion, ArchitectureModel model, List<Rule> rules, List<Violation> violations,
                  Path projectRoot, List<ServiceEdge> usedEdges) {
        this(toolVersion, model, rules, violations, projectRoot, usedEdges, List.of());
    }

    public long count(Severity severity) {
        return violations.stream().filter(v -> v.severity() == severity).count();
    }

    /** The rule with this id, or a rule made up from the id for findings of checks not listed. */
    public Rule rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseGet(() -> new Rule(id, Severity.ERROR, id, id, ""));
    }

    /** Every rule that is listed or has a finding, sorted by id, without duplicates. */
    public List<Rule> allRules() {
        java.util.Map<String, Rule> byId = new java.util.TreeMap<>();
        rules.forEach(r -> byId.putIfAbsent(r.id(), r));
        violations.forEach(v -> byId.computeIfAbsent(v.ruleId(), this::rule));
        suppressed.forEach(v -> byId.computeIfAbsent(v.ruleId(), this::rule));
        return List.copyOf(byId.values());
    }

    /** The path of a file as reports show it: relative to the project root with '/', else absolute. */
    public String displayPath(Path file) {
        return ProjectPaths.relative(projectRoot, file);
    }

    /**
     * Free text (a message, a hint) as reports show it: every absolute path below the project root
     * written relative to it, as {@link #displayPath} writes locations; paths outside stay absolute.
     */
    public String displayText(String text) {
        return ProjectPaths.relativeInText(projectRoot, text);
    }
}
