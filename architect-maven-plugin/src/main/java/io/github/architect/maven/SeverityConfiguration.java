package io.github.architect.maven;

import io.github.architect.check.Severity;
import io.github.architect.engine.SeverityPolicy;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the {@code <severities>} map of the plugin configuration. A rule id nobody knows or a
 * value that is not a severity is a configuration mistake the user must hear about, not a
 * setting to ignore silently.
 */
public final class SeverityConfiguration {

    private SeverityConfiguration() {
    }

    /**
     * @param configured rule id to "error", "warn", "info" or "off", as written in the pom; may be null
     * @param knownRules every rule id of the document and of the checks
     * @throws IllegalArgumentException naming the offending entry and what is allowed
     */
    public static SeverityPolicy parse(Map<String, String> configured, Collection<String> knownRules) {
        if (configured == null || configured.isEmpty()) {
            return SeverityPolicy.defaults();
        }
        Set<String> known = new TreeSet<>();
        knownRules.forEach(id -> known.add(id.toLowerCase(Locale.ROOT)));
        Map<String, Severity> overrides = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : configured.entrySet()) {
            String ruleId = entry.getKey().trim();
            if (!known.contains(ruleId.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Unknown rule id '" + ruleId + "' in <severities>. Known rule ids: "
                        + (known.isEmpty() ? "(none)" : String.join(", ", known)));
            }
            String value = entry.getValue() == null ? "" : entry.getValue();
            try {
                overrides.put(ruleId, Severity.parse(value));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Invalid severity '" + value.trim() + "' for rule '" + ruleId
                        + "' in <severities>: use error, warn, info or off");
            }
        }
        return SeverityPolicy.of(overrides);
    }
}
