package com.example.shop;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.github.architect.ArchitectRules;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.engine.BuildSession;
import io.github.architect.engine.BuildSettings;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * architect's checks in a JUnit test. Shown in docs/junit.md as it is here; architect's own build
 * runs it on the shop of examples/ (a test of yours points ROOT at the top of its build).
 */
@AnalyzeClasses(packages = "com.example.shop", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The top of the build: architecture.md and the modules below it. */
    static final Path ROOT = Path.of("..", "examples").toAbsolutePath().normalize();

    /** The service boundaries, as an ArchUnit rule over the classes ArchUnit imports. */
    @ArchTest
    static final ArchRule boundaries = ArchitectRules.serviceBoundaries(ROOT.resolve("architecture.md"));

    /** Every check of architect:verify: the document, endpoints, data schema, events, technologies... */
    @Test
    void theCodeFollowsTheDocument() {
        List<CodeModule> modules = Stream.of("common", "catalog", "inventory", "orders")
                .map(name -> CodeModule.conventional(name, ROOT.resolve(name)))
                .toList();
        BuildSession session = BuildSession.open(BuildSettings.of(ROOT), new Codebase(ROOT, modules), debug -> { });

        List<Violation> findings = new ArrayList<>(session.documentFindings());
        modules.forEach(module -> findings.addAll(session.verifyModule(module)));
        findings.addAll(session.verifyBuild());

        assertThat(findings).filteredOn(finding -> finding.severity() == Severity.ERROR).isEmpty();
    }
}
