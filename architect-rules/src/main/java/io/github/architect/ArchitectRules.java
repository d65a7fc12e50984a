package io.github.architect;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import io.github.architect.boundaries.ServiceBoundaryCondition;
import io.github.architect.check.Violation;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.model.ArchitectureModel;

import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The document's rules as ArchUnit rules, for teams that prefer a JUnit test to the Maven goal:
 * <pre>{@code
 * @AnalyzeClasses(packages = "com.acme")
 * class ArchitectureTest {
 *     @ArchTest
 *     static final ArchRule boundaries = ArchitectRules.serviceBoundaries(Path.of("architecture.md"));
 * }
 * }</pre>
 */
public final class ArchitectRules {

    private ArchitectRules() {
    }

    /**
     * Classes of a service only depend on classes of services its Dependencies declare.
     *
     * @throws IllegalArgumentException when the document has errors, listing them with their lines
     */
    public static ArchRule serviceBoundaries(Path document) {
        ParsedDocument parsed = new ArchitectureDocumentParser().parse(document);
        if (parsed.hasErrors()) {
            throw new IllegalArgumentException(document + " has errors:\n" + parsed.findings().stream()
                    .filter(v -> v.severity() == io.github.architect.check.Severity.ERROR)
                    .map(ArchitectRules::line)
                    .collect(Collectors.joining("\n")));
        }
        return serviceBoundaries(parsed.model());
    }

    /** The same rule over a model already read (or built in a test). */
    public static ArchRule serviceBoundaries(ArchitectureModel model) {
        return ArchRuleDefinition.classes().should(new ServiceBoundaryCondition(model))
                .because("architecture.md declares which service may use which")
                .allowEmptyShould(true);
    }

    private static String line(Violation violation) {
        return violation.location() + " " + violation.ruleId() + " " + violation.message();
    }
}
