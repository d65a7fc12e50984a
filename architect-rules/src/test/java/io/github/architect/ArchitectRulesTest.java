package io.github.architect;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The boundary rule inside {@code @ArchTest}, as a JUnit user writes it, and what it reports when broken. */
@AnalyzeClasses(packages = "io.github.architect.fixtures.shop")
class ArchitectRulesTest {

    private static ArchitectureModel model(Dependency... dependencies) {
        return ArchitectureModel.builder(Path.of("architecture.md"))
                .services(List.of(new Service("Order Service", Position.of(12, 1)),
                        new Service("Catalog Service", Position.of(20, 1))))
                .dependencies(List.of(dependencies)).build();
    }

    @ArchTest
    static final ArchRule boundaries = ArchitectRules.serviceBoundaries(
            model(new Dependency("Order Service", "Catalog Service", Position.of(14, 1))));

    @Test
    void anUndeclaredDependencyFailsTheRuleNamingServicesClassesAndLine() {
        JavaClasses classes = new ClassFileImporter().importPackages("io.github.architect.fixtures.shop");

        EvaluationResult result = ArchitectRules.serviceBoundaries(model()).evaluate(classes);

        assertThat(result.hasViolation()).isTrue();
        String report = result.getFailureReport().toString();
        assertThat(report).contains("classes should only depend on services declared in architecture.md")
                .contains("Order Service uses Catalog Service")
                .contains("io.github.architect.fixtures.shop.orders.OrderDesk -> io.github.architect.fixtures.shop.catalog.Product")
                .contains("(OrderDesk.java:11)")
                .contains("Declare Catalog Service under Order Service's Dependencies in architecture.md (line 12)")
                .doesNotContain("Money");
    }
}
