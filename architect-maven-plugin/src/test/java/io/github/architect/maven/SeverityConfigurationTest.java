package io.github.architect.maven;

import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.engine.SeverityPolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeverityConfigurationTest {

    private static final List<String> KNOWN = List.of("undeclared-dependency", "undeclared-endpoint", "doc-missing-section");

    private static Violation finding(String ruleId) {
        return Violation.builder(ruleId, Severity.ERROR).at(Location.of(Path.of("/p/A.java"), 1, 1)).message("m").build();
    }

    @Test
    void noConfigurationKeepsTheDefaults() {
        assertThat(SeverityConfiguration.parse(null, KNOWN).overrides()).isEmpty();
        assertThat(SeverityConfiguration.parse(Map.of(), KNOWN).overrides()).isEmpty();
    }

    @Test
    void setsEachConfiguredRule() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("undeclared-dependency", "warn");
        configured.put("undeclared-endpoint", " OFF ");

        SeverityPolicy policy = SeverityConfiguration.parse(configured, KNOWN);

        assertThat(policy.apply(finding("undeclared-dependency"))).get().extracting(Violation::severity)
                .isEqualTo(Severity.WARN);
        assertThat(policy.apply(finding("undeclared-endpoint"))).isEmpty();
        assertThat(policy.apply(finding("doc-missing-section"))).get().extracting(Violation::severity)
                .isEqualTo(Severity.ERROR);
    }

    @Test
    void anUnknownRuleIdIsAnErrorListingTheKnownOnes() {
        assertThatThrownBy(() -> SeverityConfiguration.parse(Map.of("undeclared-dependencies", "warn"), KNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown rule id 'undeclared-dependencies' in <severities>. Known rule ids: "
                        + "doc-missing-section, undeclared-dependency, undeclared-endpoint");
    }

    @Test
    void anUnknownSeverityIsAnErrorNamingTheRuleAndTheAllowedValues() {
        assertThatThrownBy(() -> SeverityConfiguration.parse(Map.of("undeclared-dependency", "fatal"), KNOWN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid severity 'fatal' for rule 'undeclared-dependency' in <severities>: "
                        + "use error, warn, info or off");
    }

    @Test
    void anEmptyValueIsAnErrorToo() {
        Map<String, String> configured = new LinkedHashMap<>();
        configured.put("undeclared-dependency", null);

        assertThatThrownBy(() -> SeverityConfiguration.parse(configured, KNOWN))
                .hasMessageContaining("Invalid severity '' for rule 'undeclared-dependency'");
    }
}
