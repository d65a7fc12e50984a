package io.github.architect.report;

import io.github.architect.check.ProjectPaths;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * GitHub Actions integration: workflow-command annotations ({@code ::error file=..,line=..::msg}) that
 * GitHub shows on the pull request's lines, and a Markdown table appended to the job summary.
 * The environment is a parameter so this is testable outside Actions.
 *
 * <p>Annotation lines must start at the beginning of a line of the step's output, so the caller
 * prints them raw (not through a logger that adds "[INFO] ").
 */
public final class GithubActionsReporter {

    /** GitHub shows at most 10 annotations of each type per step; more are dropped silently. */
    public static final int ANNOTATIONS_PER_TYPE = 10;
    static final int SUMMARY_ROWS = 100;

    private final Map<String, String> env;

    public GithubActionsReporter(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** True when running as a GitHub Actions step. */
    public boolean active() {
        return "true".equalsIgnoreCase(env.getOrDefault("GITHUB_ACTIONS", ""));
    }

    /**
     * Prints the annotations to {@code out} and appends the summary to {@code $GITHUB_STEP_SUMMARY}
     * when that is set. Does nothing outside GitHub Actions.
     */
    public void publish(Report report, Consumer<String> out) throws IOException {
        if (!active()) {
            return;
        }
        annotations(report).forEach(out);
        String summaryFile = env.get("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            Files.writeString(Path.of(summaryFile), summary(report), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        }
    }

    /** The first {@value #ANNOTATIONS_PER_TYPE} findings of each severity as workflow commands. */
    public List<String> annotations(Report report) {
        Map<Severity, Integer> emitted = new EnumMap<>(Severity.class);
        List<String> lines = new ArrayList<>();
        for (Violation v : report.violations()) {
            int count = emitted.merge(v.severity(), 1, Integer::sum);
            if (count > ANNOTATIONS_PER_TYPE) {
                continue;
            }
            StringBuilder line = new StringBuilder("::").append(command(v.severity()))
                    .append(" file=").append(property(path(report, v.location().file())));
            if (v.location().line() > 0) {
                line.append(",line=").append(v.location().line());
                if (v.location().column() > 0) {
                    line.append(",col=").append(v.location().column());
                }
            }
            line.append(",title=").append(property("architect " + v.ruleId()));
            String text = report.displayText(v.hint().isBlank() ? v.message() : v.message() + "\nFix: " + v.hint());
            lines.add(line.append("::").append(data(text)).toString());
        }
        return lines;
    }

    /** A Markdown section for the job summary: counts and a table of the findings. */
    public String summary(Report report) {
        StringBuilder md = new StringBuilder("### architect: ");
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARN);
        md.append(errors).append(errors == 1 ? " error, " : " errors, ")
                .append(warnings).append(warnings == 1 ? " warning" : " warnings");
        long notes = report.count(Severity.INFO);
        if (notes > 0) {
            md.append(", ").append(notes).append(notes == 1 ? " note" : " notes");
        }
        md.append("\n\n");
        if (report.model() != null) {
            md.append(cell(report.modelSummary())).append(" declared in `")
                    .append(report.displayPath(report.model().document())).append("`.\n\n");
        }
        if (report.violations().isEmpty()) {
            return md.append("No findings: the code matches the architecture document.\n\n").toString();
        }
        md.append("| Severity | Rule | Location | Finding | Fix |\n|---|---|---|---|---|\n");
        report.violations().stream().limit(SUMMARY_ROWS).forEach(v -> md.append("| ")
                .append(v.severity().name().toLowerCase(Locale.ROOT)).append(" | `").append(v.ruleId()).append("` | `")
                .append(cell(JunitXmlReportWriter.where(report, v.location()))).append("` | ")
                .append(cell(report.displayText(v.message()))).append(" | ").append(cell(report.displayText(v.hint()))).append(" |\n"));
        if (report.violations().size() > SUMMARY_ROWS) {
            md.append("\n... and ").append(report.violations().size() - SUMMARY_ROWS)
                    .append(" more in `target/architect/index.html`.\n");
        }
        return md.append('\n').toString();
    }

    private String path(Report report, Path file) {
        String workspace = env.get("GITHUB_WORKSPACE");
        if (workspace != null && !workspace.isBlank() && ProjectPaths.isBelow(Path.of(workspace), file)) {
            return ProjectPaths.relative(Path.of(workspace), file);
        }
        return report.displayPath(file);
    }

    private static String command(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARN -> "warning";
            case INFO, OFF -> "notice";
        };
    }

    /** Escaping of the message part of a workflow command, as the Actions runner un-escapes it. */
    static String data(String text) {
        return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a property value: also ':' and ',' which would end the value. */
    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }

    private static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\r", "").replace("\n", "<br>");
    }
}
