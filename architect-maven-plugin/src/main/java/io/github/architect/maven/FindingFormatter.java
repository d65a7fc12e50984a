package io.github.architect.maven;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /**
     * The lines of the first {@code perRule} findings of each rule (all of them when {@code perRule} is
     * 0 or less), then for each rule cut short one line saying how many were not printed, at the level
     * of the most severe of those. Tens of thousands of findings printed one by one cost more time in
     * Maven's logger than the checks that found them, and nobody reads them in a log.
     */
    public List<LogLine> lines(List<Violation> violations, int perRule) {
        if (perRule <= 0) {
            return lines(violations);
        }
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> notPrinted = new LinkedHashMap<>();
        Map<String, LogLevel> notPrintedLevel = new HashMap<>();
        List<LogLine> lines = new ArrayList<>();
        for (Violation violation : violations) {
            if (seen.merge(violation.ruleId(), 1, Integer::sum) <= perRule) {
                lines.addAll(lines(violation));
            } else {
                notPrinted.merge(violation.ruleId(), 1, Integer::sum);
                notPrintedLevel.merge(violation.ruleId(), levelOf(violation.severity()),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        notPrinted.forEach((rule, count) -> lines.add(new LogLine(notPrintedLevel.get(rule),
                "... and " + count(count, "more " + rule + " finding") + " not printed (the first " + perRule
                        + " of each rule are): the reports list them all, -X or -Darchitect.maxPrintedPerRule=0"
                        + " prints them all")));
        return lines;
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
