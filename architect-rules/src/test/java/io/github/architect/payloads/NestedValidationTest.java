package io.github.architect.payloads;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** required-request-field-missing inside nested types, where @Valid cascades validation. */
class NestedValidationTest {

    @TempDir
    Path dir;

    private static final String API = """
            ### POST /orders

            Request:

            ```json
            { "customerId": "c-42", "shipTo": { "street": "Main St 1" }, "lines": [ { "productId": 7 } ] }
            ```
            """;

    private PayloadFixture fixture(String linesAnnotation, String shipToAnnotation) {
        PayloadFixture fixture = new PayloadFixture(dir);
        fixture.java("""
                package com.acme.orders;
                import java.util.List;
                import jakarta.validation.Valid;
                import jakarta.validation.constraints.*;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class OrderController {
                    record PlaceOrder(@NotNull String customerId, %s Address shipTo, %s List<Line> lines) {}
                    record Address(String street, @NotBlank String city) {}
                    record Line(@NotNull Long productId, @NotNull Integer quantity) {}
                    @PostMapping("/orders")
                    void place(@Valid @RequestBody PlaceOrder request) {
                    }
                }
                """.formatted(shipToAnnotation, linesAnnotation));
        return fixture;
    }

    @Test
    void validCascadesIntoNestedObjectsAndListElements() {
        List<Violation> found = fixture("@Valid", "@Valid").verify(API);
        assertThat(found).extracting(Violation::ruleId).containsExactly("required-request-field-missing",
                "required-request-field-missing");
        assertThat(found.get(0).message()).isEqualTo("Address requires `city` (at `shipTo.city`, validated by a cascading"
                + " @Valid) but the request sample of POST /orders leaves it out; OrderController.place() answers 400"
                + " to a client that follows the contract");
        assertThat(found.get(1).message()).startsWith("Line requires `quantity` (at `lines[].quantity`");
        assertThat(found.get(1).hint()).startsWith("Add `lines[].quantity` to the request sample at architecture.md:18");
    }

    @Test
    void aValidOnTheElementTypeCascadesToo() {
        List<Violation> found = new PayloadFixture(dir).java("""
                package com.acme.orders;
                import java.util.List;
                import jakarta.validation.Valid;
                import jakarta.validation.constraints.*;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class OrderController {
                    record PlaceOrder(String customerId, Address shipTo, List<@Valid Line> lines) {}
                    record Address(String street, @NotBlank String city) {}
                    record Line(@NotNull Long productId, @NotNull Integer quantity) {}
                    @PostMapping("/orders")
                    void place(@Valid @RequestBody PlaceOrder request) {
                    }
                }
                """).verify(API);
        assertThat(found).extracting(Violation::ruleId, v -> v.message().contains("`lines[].quantity`"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("required-request-field-missing", true));
    }

    @Test
    void withoutValidOnTheFieldNestedConstraintsAreNotChecked() {
        assertThat(fixture("", "").verify(API)).isEmpty();
    }
}
