package io.github.architect;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ArchitectRules#serviceBoundaries(Path)} reads the document itself. */
class ArchitectRulesDocumentTest {

    @TempDir
    Path dir;

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("io.github.architect.fixtures.shop");

    private Path document(String orderDependencies) throws IOException {
        return Files.writeString(dir.resolve("architecture.md"), """
                # Shop

                ## 1. Executive Summary

                A shop.

                ## 2. Architecture Overview

                Two services.

                ## 3. Service Definitions

                ### Order Service

                **Dependencies:** %s

                ### Catalog Service

                **Dependencies:** none

                ## 4. API Contracts

                ## 5. Data Schema

                ## 6. Technology Stack Rationale

                ## 7. Key Considerations
                """.formatted(orderDependencies));
    }

    @Test
    void passesWhenTheDocumentDeclaresTheDependency() throws IOException {
        EvaluationResult result = ArchitectRules.serviceBoundaries(document("Catalog Service")).evaluate(FIXTURES);

        assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
    }

    @Test
    void failsAtTheLineOfTheUseWhenItDoesNot() throws IOException {
        EvaluationResult result = ArchitectRules.serviceBoundaries(document("none")).evaluate(FIXTURES);

        assertThat(result.getFailureReport().toString())
                .contains("Order Service uses Catalog Service", "(OrderDesk.java:11)",
                        "Declare Catalog Service under Order Service's Dependencies in architecture.md (line 13)");
    }

    @Test
    void aDocumentWithErrorsIsAClearErrorNamingTheFile() throws IOException {
        Path broken = Files.writeString(dir.resolve("architecture.md"), "# Nothing here\n\nJust prose.\n");

        assertThatThrownBy(() -> ArchitectRules.serviceBoundaries(broken))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(broken.toString());
    }
}
