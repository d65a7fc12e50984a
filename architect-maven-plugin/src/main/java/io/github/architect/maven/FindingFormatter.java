package io.github.architect.maven;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns findings into log lines shaped like compiler messages,
 * {@code /abs/path/File.java:[12,5] rule-id message}, which IDEs and CI make clickable, followed
 * by the hint and, for code findings, where the document says otherwise.
 */
public final class FindingFormatter {

    private final boolean failOnViolation;

    /** @param failOnViolation false prints errors as warnings, since they will not fail the build */
    public FindingFormatter(boolean failOnViolation) {
        this.failOnViolation = failOnViolation;
    }

    public List<LogLine> lines(Violation violation) {
        LogLevel level = levelOf(violation.severity());
        List<LogLine> lines = new ArrayList<>();
        lines.add(new LogLine(level, violation.location() + " " + violation.ruleId() + " " + violation.message()));
        if (violation.documentLocation() != null && !violation.documentLocation().equals(violation.location())) {
            lines.add(new LogLine(level, "  -> declared at " + violation.documentLocation()));
        }
        if (!violation.hint().isBlank()) {
            lines.add(new LogLine(level, "  -> " + violation.hint()));
        }
        return lines;
    }

    public List<LogLine> lines(List<Violation> violations) {
        return violations.stream().flatMap(v -> lines(v).stream()).toList();
    }

    private LogLevel levelOf(Severity severity) {
        return switch (severity) {
            case ERROR -> failOnViolation ? LogLevel.ERROR : LogLevel.WARN;
            case WARN -> LogLevel.WARN;
            case INFO, OFF -> LogLevel.INFO;
        };
    }

    public static long errors(List<Violation> violations) {
        return violations.stream().filter(v -> v.severity() == Severity.ERROR).count();
    }

    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
