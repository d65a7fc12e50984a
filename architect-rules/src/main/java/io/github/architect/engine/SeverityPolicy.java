package io.github.architect.engine;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The {@code severities} map of the configuration: rule id to error, warn or off. */
public final class SeverityPolicy {

    private final Map<String, Severity> overrides;

    private SeverityPolicy(Map<String, Severity> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    public static SeverityPolicy defaults() {
        return new SeverityPolicy(Map.of());
    }

    public static SeverityPolicy of(Map<String, Severity> overrides) {
        return new SeverityPolicy(overrides.entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().trim().toLowerCase(Locale.ROOT), Map.Entry::getValue)));
    }

    /** The violation at its configured severity, or empty when its rule is switched off. */
    public Optional<Violation> apply(Violation violation) {
        Severity configured = overrides.get(violation.ruleId().toLowerCase(Locale.ROOT));
        if (configured == null) {
            return Optional.of(violation);
        }
        return configured == Severity.OFF ? Optional.empty() : Optional.of(violation.withSeverity(configured));
    }

    public Map<String, Severity> overrides() {
        return overrides;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SeverityPolicy that && overrides.equals(that.overrides);
    }

    @Override
    public int hashCode() {
        return overrides.hashCode();
    }
}
