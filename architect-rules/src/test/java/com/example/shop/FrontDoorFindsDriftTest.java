package com.example.shop;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.engine.BuildSession;
import io.github.architect.engine.BuildSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door docs/junit.md shows, from outside architect's packages (so through its API only),
 * fails a test when the code drifts: the example shop against a copy of its document that no longer
 * lists one of the endpoints the catalog serves.
 */
class FrontDoorFindsDriftTest {

    @TempDir
    Path root;

    @Test
    void anEndpointTheDocumentNoLongerListsIsAnError() throws IOException {
        String document = Files.readString(ArchitectureTest.ROOT.resolve("architecture.md"));
        assertThat(document).contains("#### POST /products\n");
        Files.writeString(root.resolve("architecture.md"), document.replace("#### POST /products\n", ""));
        List<CodeModule> modules = Stream.of("common", "catalog", "inventory", "orders")
                .map(name -> CodeModule.conventional(name, ArchitectureTest.ROOT.resolve(name)))
                .toList();
        BuildSession session = BuildSession.open(BuildSettings.of(root), new Codebase(root, modules), debug -> { });

        List<Violation> findings = new ArrayList<>(session.documentFindings());
        modules.forEach(module -> findings.addAll(session.verifyModule(module)));
        findings.addAll(session.verifyBuild());

        assertThat(findings).filteredOn(finding -> finding.severity() == Severity.ERROR)
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.ruleId()).isEqualTo("undeclared-endpoint");
                    assertThat(finding.message()).contains("POST /products");
                    assertThat(finding.location().file().toString()).contains("catalog");
                });
    }
}
