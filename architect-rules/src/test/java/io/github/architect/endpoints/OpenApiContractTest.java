package io.github.architect.endpoints;

import io.github.architect.endpoints.contract.DeclaredEndpoint;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.architect.endpoints.Fixture.service;
import static org.assertj.core.api.Assertions.assertThat;

class OpenApiContractTest {

    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Orders
              version: "1"
            servers:
              - url: https://api.example.com/{version}
                variables:
                  version:
                    default: v1
            paths:
              /orders:
                get:
                  responses:
                    '200':
                      description: all
                post:
                  responses:
                    '201':
                      description: created
              "/orders/{orderId}":
                get:
                  parameters:
                    - name: orderId
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '200':
                      description: one
            """;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(dir);
    }

    /** The document as the reader reads it: the OpenAPI contracts are part of its model. */
    private ArchitectureModel document(String markdown) {
        fixture.write(dir.resolve("architecture.md"), markdown);
        return new io.github.architect.doc.ArchitectureDocumentParser().parse(dir.resolve("architecture.md")).model();
    }

    @Test
    void embeddedBlockDeclaresPathsTimesMethodsWithTheServerPath() {
        ArchitectureModel model = document("""
                # Architecture

                ## 3. Service Definitions

                ### Order Service

                ## 4. API Contracts

                ### Order Service

                ```yaml openapi
                """ + SPEC + """
                ```

                ## 5. Data Schema
                """);

        ParsedOpenApi contract = ParsedOpenApi.read(model, null);

        assertThat(contract.problems()).isEmpty();
        assertThat(contract.endpoints()).extracting(DeclaredEndpoint::method, DeclaredEndpoint::path, DeclaredEndpoint::service)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("GET", "/v1/orders", "Order Service"),
                        org.assertj.core.groups.Tuple.tuple("POST", "/v1/orders", "Order Service"),
                        org.assertj.core.groups.Tuple.tuple("GET", "/v1/orders/{orderId}", "Order Service"));
        // the block starts at line 11: "openapi:" is line 12, "/orders:" line 22, its "get:" line 23
        assertThat(contract.endpoints()).filteredOn(e -> e.path().equals("/v1/orders") && e.method().equals("GET"))
                .singleElement().satisfies(e -> {
                    assertThat(e.location().file()).isEqualTo(dir.resolve("architecture.md"));
                    assertThat(e.location().line()).isEqualTo(23);
                });
    }

    @Test
    void linkedDocumentIsReadRelativeToTheArchitectureDocument() {
        fixture.write(dir.resolve("api/openapi.yaml"), SPEC);
        ArchitectureModel model = document("""
                # Architecture

                ## 4. API Contracts

                openapi: `api/openapi.yaml`

                ## 5. Data Schema
                """);

        ParsedOpenApi contract = ParsedOpenApi.read(model, "/v1");

        assertThat(contract.problems()).isEmpty();
        assertThat(contract.endpoints()).extracting(DeclaredEndpoint::display)
                .containsExactlyInAnyOrder("GET /v1/orders", "POST /v1/orders", "GET /v1/orders/{orderId}");
        assertThat(contract.endpoints()).allSatisfy(e -> {
            assertThat(e.location().file()).isEqualTo(dir.resolve("api/openapi.yaml"));
            assertThat(e.service()).isNull();
        });
        // outside every source and resource directory: the incremental cache must still see edits to it
        assertThat(contract.linkedFiles()).containsExactly(dir.resolve("api/openapi.yaml").toAbsolutePath().normalize());
        assertThat(new EndpointContractCheck().documentInputs(new io.github.architect.check.CheckContext(model,
                io.github.architect.code.Codebase.of(dir), io.github.architect.code.ServiceMap.none(), java.util.Map.of())))
                .containsExactly(dir.resolve("api/openapi.yaml").toAbsolutePath().normalize());
    }

    @Test
    void theSummaryCountsTheEndpointsOfAnOpenApiContractOnceEach() {
        fixture.write(dir.resolve("api/openapi.yaml"), SPEC);
        fixture.write(dir.resolve("architecture.md"), """
                # Architecture

                ## 3. Service Definitions

                ### Order Service

                ## 4. API Contracts

                ### Order Service

                - `DELETE /v1/orders/{orderId}`: cancels
                - `GET /v1/orders`: also in the linked document, one endpoint

                openapi: `api/openapi.yaml`

                ## 5. Data Schema
                """);
        ArchitectureModel model = new io.github.architect.doc.ArchitectureDocumentParser()
                .parse(dir.resolve("architecture.md")).model();
        // DELETE from the list, GET, POST and GET {orderId} from the linked document; GET /v1/orders once
        assertThat(model.endpoints()).hasSize(5);
        assertThat(model.summary()).isEqualTo("1 service, 4 endpoints, 0 tables, 0 technologies");
    }

    @Test
    void aMissingLinkedDocumentIsAFindingAtTheLink() {
        ArchitectureModel model = document("""
                # Architecture

                ## 4. API Contracts

                openapi: docs/missing.yaml
                """);

        ParsedOpenApi contract = ParsedOpenApi.read(model, null);

        assertThat(contract.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(5);
            assertThat(p.message()).contains("docs/missing.yaml").contains("does not exist");
        });
        // a link to a file that appears later must also change the cache key
        assertThat(contract.linkedFiles()).extracting(f -> f.getFileName().toString()).containsExactly("missing.yaml");
    }

    @Test
    void anInvalidDocumentIsAnErrorFinding() {
        ArchitectureModel model = document("""
                ## 4. API Contracts

                ```yaml openapi
                openapi: 3.0.3
                info: [not, an, object]
                paths:
                  /orders:
                    get: 12
                ```
                """);
        fixture.module("app");

        List<Violation> build = new EndpointContractCheck().checkBuild(fixture.context(model));

        assertThat(build).filteredOn(v -> v.ruleId().equals("invalid-openapi")).isNotEmpty()
                .allSatisfy(v -> {
                    assertThat(v.location().line()).isEqualTo(3);
                    assertThat(v.message()).contains("is invalid");
                });
    }

    @Test
    void blocksOutsideSectionFourAreNotTheContract() {
        ArchitectureModel model = document("""
                ## 2. Architecture Overview

                ```yaml openapi
                """ + SPEC + """
                ```

                ## 4. API Contracts

                None yet.
                """);

        assertThat(ParsedOpenApi.read(model, null).endpoints()).isEmpty();
    }

    @Test
    void codeIsCheckedAgainstTheOpenApiContract() {
        CodeModule app = fixture.module("app");
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/v1/orders")
                class OrderController {
                    @GetMapping List<Object> all() { return null; }
                    @GetMapping("/{id}") Object one(@PathVariable String id) { return null; }
                    @DeleteMapping("/{id}") void delete(@PathVariable String id) { }
                }
                """);
        ArchitectureModel model = document("""
                ## 4. API Contracts

                ### Order Service

                ```yaml openapi
                """ + SPEC + """
                ```
                """);
        var context = fixture.context(model, Fixture.byModule(List.of(service("Order Service")), Map.of("app", "Order Service")),
                Map.of());

        EndpointContractCheck check = new EndpointContractCheck();
        List<Violation> violations = new ArrayList<>(check.checkModule(context, app));
        violations.addAll(check.checkBuild(context));

        assertThat(violations).extracting(Violation::ruleId, Violation::subjects).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("undeclared-endpoint", List.of("com.acme.OrderController", "DELETE /v1/orders/{}")),
                org.assertj.core.groups.Tuple.tuple("endpoint-not-implemented", List.of("POST /v1/orders")));
    }
}
