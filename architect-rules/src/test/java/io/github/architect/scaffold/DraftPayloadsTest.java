package io.github.architect.scaffold;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.PayloadSample.Kind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class DraftPayloadsTest {

    @TempDir
    Path root;
    DraftFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DraftFixture(root);
        fixture.java("""
                package com.acme.orders;
                import java.util.List;
                import jakarta.validation.Valid;
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/orders")
                class OrderController {
                    @PostMapping
                    @ResponseStatus(HttpStatus.CREATED)
                    Order place(@Valid @RequestBody PlaceOrder request) {
                        if (request.lines().isEmpty()) throw new ProductMissing();
                        return null;
                    }
                    @GetMapping("/{id}")
                    ResponseEntity<Order> get(@PathVariable long id) { return ResponseEntity.ok(null); }
                    @DeleteMapping("/{id}")
                    @ResponseStatus(HttpStatus.NO_CONTENT)
                    void cancel(@PathVariable long id) { }
                    @GetMapping("/{id}/note")
                    String note(@PathVariable long id) { return ""; }
                }
                """);
        fixture.java("""
                package com.acme.orders;
                import java.util.List;
                import java.util.Map;
                import jakarta.validation.constraints.NotBlank;
                record PlaceOrder(@NotBlank String customerId, List<Line> lines, Map<String, String> notes) {}
                """);
        fixture.java("""
                package com.acme.orders;
                import com.fasterxml.jackson.annotation.JsonProperty;
                record Line(@JsonProperty("product_id") long productId, int quantity, boolean gift) {}
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
                import com.fasterxml.jackson.annotation.JsonIgnore;
                public class Order {
                    public enum Status { PLACED, CANCELLED }
                    private Long id;
                    private Status status;
                    private BigDecimal total;
                    private List<Line> lines;
                    private Order replaces;
                    private String secret;
                    public Long getId() { return id; }
                    public Status getStatus() { return status; }
                    public BigDecimal getTotal() { return total; }
                    public List<Line> getLines() { return lines; }
                    public Order getReplaces() { return replaces; }
                    @JsonIgnore public String getSecret() { return secret; }
                }
                """);
    }

    @Test
    void endpointsCarrySkeletonsOfTheirBodiesAndTheirStatusesReadBackByTheDocumentReader() {
        String draft = fixture.draft();
        ArchitectureModel model = fixture.readBack(draft);

        JsonNode request = sample(model, "POST", "/orders", Kind.REQUEST, null).orElseThrow().body();
        assertThat(request.toString()).isEqualTo("{\"customerId\":\"string\",\"lines\":[{\"product_id\":0,"
                + "\"quantity\":0,\"gift\":true}],\"notes\":{}}");
        PayloadSample created = sample(model, "POST", "/orders", Kind.RESPONSE, 201).orElseThrow();
        // the nested Order it replaces is the type met again inside itself: written as {}
        assertThat(created.body().toString()).isEqualTo("{\"id\":0,\"status\":\"string\",\"total\":0,"
                + "\"lines\":[{\"product_id\":0,\"quantity\":0,\"gift\":true}],\"replaces\":{}}");
        assertThat(sample(model, "POST", "/orders", Kind.RESPONSE, 404)).isPresent();
        assertThat(sample(model, "GET", "/orders/{id}", Kind.RESPONSE, 200).orElseThrow().body().get("id").asInt())
                .isZero();
        PayloadSample deleted = sample(model, "DELETE", "/orders/{id}", Kind.RESPONSE, 204).orElseThrow();
        assertThat(deleted.body()).isNull();
        // a bare string says nothing a reader can check: the status only
        assertThat(sample(model, "GET", "/orders/{id}/note", Kind.RESPONSE, 200).orElseThrow().body()).isNull();
        assertThat(draft).contains("#### POST /orders\n\nServed by `OrderController.place()`.\n\nRequest:\n\n```json\n{\n"
                + "  \"customerId\" : \"string\",\n", "Success: `201 Created`\n", "Errors: `404 Not Found`.\n");
    }

    @Test
    void verifyFindsNothingAboutTheDraftedPayloads() {
        String draft = fixture.draft();

        List<Violation> findings = fixture.findings(draft);

        assertThat(findings).extracting(Violation::ruleId).doesNotContain("request-field-ignored",
                "required-request-field-missing", "response-field-not-produced", "payload-type-mismatch",
                "status-mismatch", "error-status-not-produced", "doc-payload-conflict", "doc-json");
        assertThat(findings).filteredOn(v -> v.severity() == io.github.architect.check.Severity.ERROR).isEmpty();
    }

    @Test
    void twoHandlersOfOneEndpointGetNoSampleThatOneOfThemWouldFail() {
        fixture.java("""
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class LegacyOrders {
                    @GetMapping(value = "/orders/{id}", params = "legacy")
                    Line legacy(@PathVariable long id) { return null; }
                }
                """);
        String draft = fixture.draft();

        assertThat(sample(fixture.readBack(draft), "GET", "/orders/{id}", Kind.RESPONSE, null)).isEmpty();
        assertThat(fixture.findings(draft)).filteredOn(v -> v.severity() == io.github.architect.check.Severity.ERROR)
                .isEmpty();
    }

    private static Optional<PayloadSample> sample(ArchitectureModel model, String method, String path, Kind kind,
                                                  Integer status) {
        return model.payloads().stream().filter(s -> s.method().equals(method) && s.path().equals(path)
                && s.kind() == kind && java.util.Objects.equals(s.status(), status)).findFirst();
    }
}
