package io.github.architect.payloads;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** OpenAPI requestBody and responses schemas compared with the handler like section 4's JSON samples. */
class OpenApiPayloadsTest {

    @TempDir
    Path dir;
    PayloadFixture fixture;

    /** Section 4 with an embedded contract; line 14 of the document is the block's first line. */
    static final String CONTRACT = """
            openapi: 3.0.3
            info: { title: Orders, version: '1' }
            paths:
              /orders:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/PlaceOrder'
                  responses:
                    '201':
                      description: placed
                      content:
                        application/json:
                          schema:
                            $ref: '#/components/schemas/Order'
                    '400': { description: no lines }
                    '404': { description: unknown product }
            components:
              schemas:
                PlaceOrder:
                  type: object
                  required: [customerId, lines]
                  properties:
                    customerId: { type: string }
                    lines:
                      type: array
                      items: { $ref: '#/components/schemas/Line' }
                Line:
                  type: object
                  properties:
                    productId: { type: integer, format: int64 }
                    quantity: { type: integer }
                Entity:
                  type: object
                  properties:
                    id: { type: integer, readOnly: true }
                Order:
                  allOf:
                    - $ref: '#/components/schemas/Entity'
                    - type: object
                      properties:
                        customerId: { type: string }
                        status: { type: string, enum: [PLACED, CANCELLED] }
                        total: { type: number }
                        lines:
                          type: array
                          items: { $ref: '#/components/schemas/Line' }
            """;

    @BeforeEach
    void setUp() {
        fixture = new PayloadFixture(dir);
        fixture.java("""
                package com.acme.orders;
                import java.util.List;
                import jakarta.validation.Valid;
                import jakarta.validation.constraints.NotNull;
                import org.springframework.web.bind.annotation.*;
                import org.springframework.http.HttpStatus;
                @RestController
                @RequestMapping("/orders")
                class OrderController {
                    record PlaceOrder(@NotNull String customerId, @NotNull List<Line> lines) {}
                    record Line(long productId, int quantity) {}
                    @PostMapping
                    @ResponseStatus(HttpStatus.CREATED)
                    Order place(@Valid @RequestBody PlaceOrder request) {
                        if (request.lines().isEmpty()) throw new ProductMissing();
                        return null;
                    }
                }
                """);
        fixture.java("""
                package com.acme.orders;
                import org.springframework.web.bind.annotation.ResponseStatus;
                import org.springframework.http.HttpStatus;
                @ResponseStatus(HttpStatus.NOT_FOUND)
                class ProductMissing extends RuntimeException {}
                """);
        fixture.java("""
                package com.acme.orders;
                import java.math.BigDecimal;
                import java.util.List;
                public record Order(Long id, String customerId, Status status, BigDecimal total, List<OrderLine> lines) {
                    public enum Status { PLACED, CANCELLED }
                }
                """);
        fixture.java("""
                package com.acme.orders;
                public record OrderLine(long productId, int quantity) {}
                """);
    }

    private List<Violation> embedded(String contract) {
        return fixture.verify("```yaml openapi\n" + contract + "```\n");
    }

    /** The document line of the first line of {@code text} in the embedded contract. */
    private static int lineOf(String contract, String text) {
        List<String> lines = contract.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return 14 + i;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void passesWhenTheSchemasStatusesAndTypesAgree() {
        assertThat(embedded(CONTRACT)).isEmpty();
        assertThat(fixture.document().model().payloads()).extracting(p -> p.kind().name(), p -> p.status())
                .containsExactly(tuple("REQUEST", null), tuple("RESPONSE", 201), tuple("RESPONSE", 400),
                        tuple("RESPONSE", 404));
    }

    @Test
    void aRequestSchemaPropertyTheBodyTypeDoesNotBindIsReportedAtTheHandlerWithTheSchemaLine() {
        String contract = CONTRACT.replace("customerId: { type: string }\n        lines:",
                "customerId: { type: string }\n        coupon: { type: string }\n        lines:");
        List<Violation> found = embedded(contract);
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored");
        Violation v = found.get(0);
        assertThat(v.message()).isEqualTo("The request schema of POST /orders sends `coupon`, which PlaceOrder does"
                + " not bind: OrderController.place() silently drops it");
        assertThat(v.location().file().getFileName().toString()).isEqualTo("OrderController.java");
        assertThat(v.location().line()).isEqualTo(14);
        assertThat(v.documentLocation().file().getFileName().toString()).isEqualTo("architecture.md");
        // the schema: line under requestBody, where the reader looks
        assertThat(v.documentLocation().line()).isEqualTo(lineOf(contract, "$ref: '#/components/schemas/PlaceOrder'") - 1);
    }

    @Test
    void aNestedPropertyReachedThroughRefsAndArraysIsCompared() {
        String contract = CONTRACT.replace("quantity: { type: integer }", "quantity: { type: integer }\n        sku: { type: string }");
        List<Violation> found = embedded(contract);
        assertThat(found).extracting(Violation::ruleId, v -> v.message().contains("`lines[].sku`"))
                .containsExactly(tuple("request-field-ignored", true), tuple("response-field-not-produced", true));
    }

    @Test
    void allOfPartsMergeIntoTheResponseObject() {
        String contract = CONTRACT.replace("id: { type: integer, readOnly: true }",
                "id: { type: integer, readOnly: true }\n        version: { type: integer }");
        List<Violation> found = embedded(contract);
        assertThat(found).extracting(Violation::ruleId).containsExactly("response-field-not-produced");
        assertThat(found.get(0).message()).isEqualTo("The response schema of POST /orders shows `version`, which"
                + " Order (returned by OrderController.place()) does not write");
        assertThat(found.get(0).documentLocation().line())
                .isEqualTo(lineOf(contract, "$ref: '#/components/schemas/Order'") - 1);
    }

    @Test
    void aRequiredFieldTheSchemaDoesNotRequireIsReported() {
        List<Violation> found = embedded(CONTRACT.replace("required: [customerId, lines]", "required: [lines]"));
        assertThat(found).extracting(Violation::ruleId).containsExactly("required-request-field-missing");
        assertThat(found.get(0).message()).contains("PlaceOrder requires `customerId`")
                .contains("the request schema of POST /orders does not list it as required");
    }

    @Test
    void aSchemaTypeTheJavaTypeCannotTakeIsAMismatch() {
        List<Violation> found = embedded(CONTRACT.replace("quantity: { type: integer }", "quantity: { type: boolean }"));
        assertThat(found).extracting(Violation::ruleId).containsExactly("payload-type-mismatch", "payload-type-mismatch");
        assertThat(found.get(0).message())
                .isEqualTo("In the request schema of POST /orders, `lines[].quantity` is a boolean where the type"
                        + " has a number (OrderController.place())");
    }

    @Test
    void statusesComeFromTheResponsesKeys() {
        String contract = CONTRACT.replace("'201':", "'200':").replace("'404':", "'409':");
        List<Violation> found = embedded(contract);
        assertThat(found).extracting(Violation::ruleId).containsExactlyInAnyOrder("status-mismatch",
                "error-status-not-produced");
        Violation status = found.stream().filter(v -> v.ruleId().equals("status-mismatch")).findFirst().orElseThrow();
        assertThat(status.message()).isEqualTo("POST /orders is declared to answer 200 but OrderController.place()"
                + " answers 201 (@ResponseStatus/@Status on the method)");
        assertThat(status.documentLocation().line())
                .isEqualTo(lineOf(contract, "$ref: '#/components/schemas/Order'") - 1);
    }

    @Test
    void oneOfSeveralDeclaredSuccessStatusesAnsweredIsEnough() {
        assertThat(embedded(CONTRACT.replace("'400': { description: no lines }",
                "'200': { description: already placed }\n        '400': { description: no lines }"))).isEmpty();
    }

    @Test
    void aLinkedContractPlacesFindingsInItsOwnFile() throws IOException {
        Path api = dir.resolve("api/openapi.yaml");
        Files.createDirectories(api.getParent());
        String contract = CONTRACT.replace("status: { type: string, enum: [PLACED, CANCELLED] }",
                "status: { type: string, enum: [PLACED, CANCELLED] }\n            trackingCode: { type: string }");
        Files.writeString(api, contract);
        List<Violation> found = fixture.verify("The contract: openapi: api/openapi.yaml\n");
        assertThat(found).extracting(Violation::ruleId).containsExactly("response-field-not-produced");
        Violation v = found.get(0);
        assertThat(v.message()).contains("`trackingCode`");
        assertThat(v.documentLocation().file()).isEqualTo(api);
        assertThat(v.documentLocation().line()).isEqualTo(lineOf(contract, "$ref: '#/components/schemas/Order'") - 14);
        assertThat(v.hint()).contains("openapi.yaml:" + v.documentLocation().line());
    }

    @Test
    void aLinkedContractSplitOverProjectFilesIsResolved() throws IOException {
        Path api = dir.resolve("api/openapi.yaml");
        Files.createDirectories(api.getParent());
        Files.writeString(api, CONTRACT.replace("$ref: '#/components/schemas/PlaceOrder'", "$ref: 'place-order.yaml'"));
        Files.writeString(dir.resolve("api/place-order.yaml"), """
                type: object
                required: [customerId, lines]
                properties:
                  customerId: { type: string }
                  giftWrap: { type: boolean }
                  lines: { type: array, items: { type: object } }
                """);
        List<Violation> found = fixture.verify("openapi: api/openapi.yaml\n");
        assertThat(found).extracting(Violation::ruleId, v -> v.message().contains("`giftWrap`"))
                .containsExactly(tuple("request-field-ignored", true));
    }

    @Test
    void cyclesRemoteRefsAndOneOfAreNotGuessed() {
        String contract = CONTRACT
                .replace("items: { $ref: '#/components/schemas/Line' }\n    Line:",
                        "items: { $ref: '#/components/schemas/Line' }\n        parent: { $ref: '#/components/schemas/PlaceOrder' }\n    Line:")
                .replace("total: { type: number }", "total: { oneOf: [ { type: number }, { type: string } ] }");
        List<Violation> found = embedded(contract);
        // parent is not a component of the Java record: reported once, its cyclic schema cut off, not expanded
        assertThat(found).extracting(Violation::ruleId, v -> v.message().contains("`parent`"))
                .containsExactly(tuple("request-field-ignored", true));
    }

    @Test
    void anExampleStandsInForAMissingSchema() {
        String contract = CONTRACT.replace("schema:\n              $ref: '#/components/schemas/PlaceOrder'",
                "example: { customerId: c-42, note: fragile, lines: [ { productId: 7, quantity: 2 } ] }");
        List<Violation> found = embedded(contract);
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored");
        assertThat(found.get(0).message()).startsWith("The request sample of POST /orders sends `note`");
    }

    @Test
    void aNestedValidatedFieldTheItemSchemaDoesNotRequireIsReported() {
        fixture.java("""
                package com.acme.orders;
                import java.util.List;
                import jakarta.validation.Valid;
                import jakarta.validation.constraints.NotNull;
                import org.springframework.web.bind.annotation.*;
                import org.springframework.http.HttpStatus;
                @RestController
                @RequestMapping("/orders")
                class OrderController {
                    record PlaceOrder(@NotNull String customerId, @NotNull @Valid List<Line> lines) {}
                    record Line(long productId, @NotNull Integer quantity) {}
                    @PostMapping
                    @ResponseStatus(HttpStatus.CREATED)
                    Order place(@Valid @RequestBody PlaceOrder request) {
                        if (request.lines().isEmpty()) throw new ProductMissing();
                        return null;
                    }
                }
                """);
        List<Violation> found = embedded(CONTRACT);
        assertThat(found).extracting(Violation::ruleId).containsExactly("required-request-field-missing");
        assertThat(found.get(0).message()).startsWith("Line requires `quantity` (at `lines[].quantity`");
        assertThat(embedded(CONTRACT.replace("    Line:\n      type: object\n",
                "    Line:\n      type: object\n      required: [quantity]\n"))).isEmpty();
    }
}
