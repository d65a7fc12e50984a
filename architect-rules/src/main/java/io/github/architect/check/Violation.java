package io.github.architect.check;

import java.util.List;
import java.util.Objects;

/**
 * One finding: what drifted, where, and how to fix it.
 *
 * @param ruleId           the {@link Rule#id()} it breaks
 * @param severity         the effective severity
 * @param location         where to look: the code side, or the document for document findings
 * @param message          both sides of the drift in one sentence
 * @param hint             how to fix it; may be empty
 * @param documentLocation the document side of the drift when {@code location} is in code, else null
 * @param service          the service the finding is about, for grouping, or null
 * @param subjects         what is involved, stable across edits that move lines (classes, endpoint,
 *                         table...); reports and baselines key findings by rule, file and subjects
 */
public record Violation(String ruleId, Severity severity, Location location, String message, String hint,
                        Location documentLocation, String service, List<String> subjects) {

    public Violation {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    public static Builder builder(Rule rule) {
        return new Builder(rule.id(), rule.defaultSeverity());
    }

    public static Builder builder(String ruleId, Severity severity) {
        return new Builder(ruleId, severity);
    }

    public Violation withSeverity(Severity newSeverity) {
        return new Violation(ruleId, newSeverity, location, message, hint, documentLocation, service, subjects);
    }

    /** Builds a violation; location and message are required. */
    public static final class Builder {
        private final String ruleId;
        private final Severity severity;
        private Location location;
        private String message;
        private String hint = "";
        private Location documentLocation;
        private String service;
        private List<String> subjects = List.of();

        private Builder(String ruleId, Severity severity) {
            this.ruleId = ruleId;
            this.severity = severity;
        }

        public Builder at(Location where) {
            this.location = where;
            return this;
        }

        public Builder message(String text) {
            this.message = text;
            return this;
        }

        public Builder hint(String text) {
            this.hint = text;
            return this;
        }

        public Builder documentLocation(Location where) {
            this.documentLocation = where;
            return this;
        }

        public Builder service(String name) {
            this.service = name;
            return this;
        }

        public Builder subjects(String... involved) {
            this.subjects = List.of(involved);
            return this;
        }

        public Builder subjects(List<String> involved) {
            this.subjects = involved;
            return this;
        }

        public Violation build() {
            return new Violation(ruleId, severity, location, message, hint, documentLocation, service, subjects);
        }
    }
}
