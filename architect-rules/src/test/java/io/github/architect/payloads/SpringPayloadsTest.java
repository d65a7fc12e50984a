package io.github.architect.payloads;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpringPayloadsTest {

    @TempDir
    Path dir;
    PayloadFixture fixture;

    static final String API = """
            ### POST /orders

            Request:

            ```json
            { "customerId": "c-42", "lines": [ { "productId": 7, "quantity": 2 } ] }
            ```

            Success: `201 Created`

            ```json
            { "id": 1001, "customerId": "c-42", "status": "PLACED", "total": 79.80, "lines": [ { "productId": 7 } ] }
            ```

            Errors: `400 Bad Request` when there are no lines, `404 Not Found` when a product does not exist.
            """;

    @BeforeEach
    void setUp() {
        fixture = new PayloadFixture(dir);
        fixture.java("""
                package com.acme.orders;
                import java.util.List;
                import org.springframework.web.bind.annotation.*;
                import org.springframework.http.HttpStatus;
                @RestController
                @RequestMapping("/orders")
                class OrderController {
                    record PlaceOrder(String customerId, List<Line> lines) {}
                    record Line(long productId, int quantity) {}
                    @PostMapping
                    @ResponseStatus(HttpStatus.CREATED)
                    Order place(@RequestBody PlaceOrder request) {
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
                public class Order {
                    public enum Status { PLACED, CANCELLED }
                    private Long id;
                    private String customerId;
                    private Status status;
                    private BigDecimal total;
                    private List<OrderLine> lines;
                    public Long getId() { return id; }
                    public String getCustomerId() { return customerId; }
                    public Status getStatus() { return status; }
                    public BigDecimal getTotal() { return total; }
                    public List<OrderLine> getLines() { return lines; }
                }
                """);
        fixture.java("""
                package com.acme.orders;
                public class OrderLine {
                    public long productId;
                    public int quantity;
                }
                """);
    }

    @Test
    void passesWhenSamplesStatusesAndTypesAgree() {
        assertThat(fixture.verify(API)).isEmpty();
    }

    @Test
    void aRequestFieldTheRecordDoesNotHaveIsIgnoredAndReported() {
        List<Violation> found = fixture.verify(API.replace("\"customerId\": \"c-42\", \"lines\"",
                "\"customerId\": \"c-42\", \"coupon\": \"X\", \"lines\""));
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored");
        Violation v = found.get(0);
        assertThat(v.message()).contains("`coupon`").contains("PlaceOrder").contains("OrderController.place()");
        assertThat(v.location().file().getFileName().toString()).isEqualTo("OrderController.java");
        assertThat(v.location().line()).isEqualTo(12);
        assertThat(v.documentLocation().line()).isEqualTo(18);
    }

    @Test
    void aNestedRequestFieldIsComparedWithTheNestedType() {
        List<Violation> found = fixture.verify(API.replace("{ \"productId\": 7, \"quantity\": 2 }",
                "{ \"productId\": 7, \"qty\": 2 }"));
        assertThat(found).extracting(Violation::ruleId, v -> v.message().contains("`lines[].qty`"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("request-field-ignored", true));
    }

    @Test
    void aResponseFieldWithoutGetterIsNotProduced() {
        List<Violation> found = fixture.verify(API.replace("\"total\": 79.80,", "\"total\": 79.80, \"currency\": \"EUR\","));
        assertThat(found).extracting(Violation::ruleId).containsExactly("response-field-not-produced");
        assertThat(found.get(0).message()).contains("`currency`").contains("Order (returned by OrderController.place())");
    }

    @Test
    void aValueOfTheWrongKindIsAMismatchButANumericStringIsCoerced() {
        assertThat(fixture.verify(API.replace("\"quantity\": 2", "\"quantity\": \"2\""))).isEmpty();
        List<Violation> found = fixture.verify(API.replace("\"quantity\": 2", "\"quantity\": \"two\""));
        assertThat(found).extracting(Violation::ruleId).containsExactly("payload-type-mismatch");
        assertThat(found.get(0).message()).contains("`lines[].quantity` is a string where the type has a number");
        assertThat(fixture.verify(API.replace("\"status\": \"PLACED\"", "\"status\": 3")))
                .extracting(Violation::ruleId).containsExactly("payload-type-mismatch");
    }

    @Test
    void aDeclaredSuccessStatusTheHandlerDoesNotAnswerIsAMismatch() {
        List<Violation> found = fixture.verify(API.replace("`201 Created`", "`200 OK`"));
        assertThat(found).extracting(Violation::ruleId).containsExactly("status-mismatch");
        assertThat(found.get(0).message()).contains("declared to answer 200").contains("answers 201");
    }

    @Test
    void anErrorStatusNothingProducesIsReported() {
        List<Violation> found = fixture.verify(API.replace("`404 Not Found`", "`409 Conflict`"));
        assertThat(found).extracting(Violation::ruleId).containsExactly("error-status-not-produced");
        assertThat(found.get(0).message()).contains("declares 409");
    }

    @Test
    void anExceptionHandlerOfAControllerAdviceProducesItsStatus() {
        fixture.java("""
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                import org.springframework.http.*;
                @RestControllerAdvice
                class Errors {
                    @ExceptionHandler(IllegalStateException.class)
                    ResponseEntity<String> conflict(IllegalStateException e) {
                        return ResponseEntity.status(HttpStatus.CONFLICT).body(e.getMessage());
                    }
                }
                """);
        assertThat(fixture.verify(API.replace("`404 Not Found`", "`409 Conflict`"))).isEmpty();
    }

    @Test
    void anHttpBlockIsComparedLikeJsonSamples() {
        List<Violation> found = fixture.verify("""
                ### POST /orders

                ```http
                POST /orders HTTP/1.1
                Content-Type: application/json

                { "customerId": "c-42", "coupon": "X", "lines": [ { "productId": 7, "quantity": 2 } ] }

                HTTP/1.1 200 OK
                Content-Type: application/json

                { "id": 1001, "customerId": "c-42" }
                ```
                """);
        assertThat(found).extracting(Violation::ruleId).containsExactly("request-field-ignored", "status-mismatch");
        assertThat(found.get(0).message()).contains("sends `coupon`");
        assertThat(found.get(0).documentLocation().line()).isEqualTo(16);
        assertThat(found.get(1).message()).contains("declared to answer 200").contains("answers 201");
        assertThat(found.get(1).documentLocation().line()).isEqualTo(21);
    }
}
