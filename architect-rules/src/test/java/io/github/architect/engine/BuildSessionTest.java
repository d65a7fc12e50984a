package io.github.architect.engine;

import io.github.architect.baseline.Baseline;
import io.github.architect.baseline.BaselineFile;
import io.github.architect.boundaries.JavaFixtures;
import io.github.architect.check.Rule;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.report.EdgeKind;
import io.github.architect.report.ReportFormat;
import io.github.architect.report.ServiceGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The engine's front door, used as the plugin uses it: open once, verify each module, then the build. */
class BuildSessionTest {

    private static final String DOCUMENT = """
            # Shop

            ## 1. Executive Summary
            A shop.

            ## 2. Architecture Overview
            Two services.

            ## 3. Service Definitions

            ### Orders Service
            Takes orders.

            ### Catalog Service
            Lists products.

            ## 4. API Contracts

            ### Catalog Service

            ```yaml openapi
            openapi: 3.0.3
            info: {title: Catalog, version: "1"}
            paths:
              /products:
                get:
                  responses: {'200': {description: all}}
            ```

            ## 5. Data Schema
            None.

            ## 6. Technology Stack Rationale
            - **Java 17**

            ## 7. Key Considerations
            None.
            """;

    @TempDir
    Path root;
    Codebase layout;
    CodeModule orders;
    CodeModule catalog;

    @BeforeEach
    void build() throws IOException {
        Files.writeString(root.resolve("architecture.md"), DOCUMENT);
        catalog = module("catalog", List.of());
        JavaFixtures.compile(root.resolve("catalog"), Map.of("com.shop.catalog.Product",
                "package com.shop.catalog;\npublic class Product { }\n"));
        orders = module("orders", List.of("catalog"));
        JavaFixtures.compile(root.resolve("orders"), Map.of("com.shop.orders.Checkout",
                "package com.shop.orders;\npublic class Checkout { com.shop.catalog.Product product; }\n"),
                root.resolve("catalog/target/classes"));
        layout = Codebase.of(root, new CodeModule("shop", root, "pom", List.of(), List.of(), List.of(), List.of(),
                Set.of(), root.resolve("pom.xml")), catalog, orders);
    }

    private CodeModule module(String name, List<String> dependencies) {
        CodeModule conventional = CodeModule.conventional(name, root.resolve(name));
        return new CodeModule(name, conventional.baseDirectory(), "jar", conventional.sourceRoots(),
                conventional.classesDirectories(), conventional.resourceDirectories(), dependencies, Set.of(),
                conventional.pomFile());
    }

    private BuildSettings settings(String cacheVersion, Path baseline) {
        return new BuildSettings(root.resolve("architecture.md"), root, SeverityPolicy.defaults(), Map.of(), "1.0",
                cacheVersion, ReportFormat.parse("json"), root.resolve("target/architect"), baseline, baseline != null);
    }

    private List<Violation> verifyAll(BuildSession session) {
        List<Violation> found = new ArrayList<>(session.documentFindings());
        found.addAll(session.verifyModule(catalog, root.resolve("catalog/target/architect/cache")));
        found.addAll(session.verifyModule(orders, root.resolve("orders/target/architect/cache")));
        found.addAll(session.verifyBuild());
        return found;
    }

    @Test
    void aBuildGivesFindingsTheModelWithItsOpenApiEndpointsAndTheServiceGraph() throws IOException {
        BuildSession session = BuildSession.open(settings(null, null), layout, message -> { });

        List<Violation> found = verifyAll(session);

        assertThat(found).extracting(Violation::ruleId).contains("undeclared-dependency", "endpoint-not-implemented");
        assertThat(session.summary()).isEqualTo("architecture.md: 2 services, 1 endpoint, 0 tables, 1 technology");
        assertThat(session.model().endpoints()).extracting(e -> e.method() + " " + e.path() + " " + e.service())
                .containsExactly("GET /products Catalog Service");
        ServiceGraph graph = session.serviceGraph();
        assertThat(graph.edges(EdgeKind.UNDECLARED)).extracting(e -> e.from() + " -> " + e.to())
                .containsExactly("Orders Service -> Catalog Service");
        assertThat(session.writeReports()).singleElement()
                .satisfies(file -> assertThat(Files.readString(file)).contains("undeclared-dependency"));
    }

    @Test
    void aModuleVerifiedTwiceKeepsItsFirstAnswerAndACachedRunFindsTheSame() {
        BuildSession first = BuildSession.open(settings("1.0", null), layout, message -> { });
        List<Violation> ordersFindings = first.verifyModule(orders, root.resolve("orders/target/architect/cache"));
        List<Violation> cold = verifyAll(first);
        assertThat(ordersFindings).extracting(Violation::ruleId).contains("undeclared-dependency");
        assertThat(cold).containsAll(ordersFindings);

        BuildSession second = BuildSession.open(settings("1.0", null), layout, message -> { });

        assertThat(verifyAll(second)).isEqualTo(cold);
        assertThat(second.serviceGraph()).isEqualTo(first.serviceGraph());
    }

    @Test
    void theBaselineAcceptsWhatItListsAndABrokenOneIsASettingsError() throws IOException {
        List<Violation> all = verifyAll(BuildSession.open(settings(null, null), layout, message -> { }));
        Path file = root.resolve("architecture-baseline.json");
        BaselineFile.write(file, Baseline.of(all, root));

        BuildSession baselined = BuildSession.open(settings(null, file), layout, message -> { });

        assertThat(verifyAll(baselined)).isEmpty();
        assertThat(baselined.baseline()).hasValueSatisfying(status -> {
            assertThat(status.accepted()).isEqualTo(all.size());
            assertThat(status.stale()).isEmpty();
        });
        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> BuildSession.open(settings(null, file), layout, message -> { }))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(file.toString()).hasMessageEndingWith("(configured by architect.baseline)");
    }

    @Test
    void everyRuleIsListedOnceForTheConfigurationAndTheReports() {
        List<String> ids = BuildSession.allRules().stream().map(Rule::id).toList();

        assertThat(ids).doesNotHaveDuplicates().contains("undeclared-dependency", "invalid-openapi", "doc-no-services");
        assertThat(BuildSession.open(settings(null, null), layout, message -> { }).rules()).extracting(Rule::id)
                .containsExactlyElementsOf(ids);
    }
}
