package io.github.architect.doc;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Request and response samples written as HTTP messages in ```http blocks. */
class HttpSamplesTest {

    private static ParsedDocument parse(String api) {
        return Docs.parse(Docs.document("### Order Service\n", api, null, null));
    }

    private static List<String> describe(ParsedDocument parsed) {
        return parsed.model().payloads().stream()
                .map(p -> p.method() + " " + p.path() + " " + p.kind() + " " + p.status() + " "
                        + (p.body() == null ? "-" : p.body().toString()))
                .toList();
    }

    @Test
    void aRequestAndItsResponsesInOneBlock() {
        ParsedDocument parsed = parse("""
                #### POST /orders

                ```http
                POST /orders HTTP/1.1
                Host: shop.example
                Content-Type: application/json

                { "customerId": "c-42", "lines": [ ... ] }

                HTTP/1.1 201 Created
                Location: /orders/1001
                Content-Type: application/json

                { "id": 1001, "status": "PLACED" }
                ```

                ```http
                HTTP/1.1 404 Not Found
                ```
                """);
        assertThat(describe(parsed)).containsExactly(
                "POST /orders REQUEST null {\"customerId\":\"c-42\",\"lines\":[]}",
                "POST /orders RESPONSE 201 {\"id\":1001,\"status\":\"PLACED\"}",
                "POST /orders RESPONSE 404 -");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void aRequestLineNamesItsEndpointAmongATablesRows() {
        ParsedDocument parsed = parse("""
                | Method | Path | Purpose |
                |---|---|---|
                | GET | /orders/{id} | one order |
                | PATCH | /orders/{id} | change an order |

                ```http
                PATCH https://shop.example/orders/42?notify=true HTTP/1.1
                Content-Type: application/json

                { "note": "fragile" }

                HTTP/1.1 200 OK
                ```
                """);
        assertThat(describe(parsed)).containsExactly(
                "PATCH /orders/{id} REQUEST null {\"note\":\"fragile\"}",
                "PATCH /orders/{id} RESPONSE 200 -");
    }

    @Test
    void aBodyThatIsNotJsonIsADocumentFindingAtItsLine() {
        ParsedDocument parsed = parse("""
                #### POST /orders

                ```http
                POST /orders HTTP/1.1
                Content-Type: application/json

                { "customerId": c-42 }
                ```
                """);
        assertThat(parsed.findings()).extracting(Violation::ruleId).containsExactly("doc-json");
        Violation finding = parsed.findings().get(0);
        assertThat(finding.message()).startsWith("The JSON body of the HTTP message at line");
        assertThat(describe(parsed)).isEmpty();
    }

    @Test
    void aBodyOfAnotherContentTypeIsNotASample() {
        ParsedDocument parsed = parse("""
                #### POST /orders

                ```http
                POST /orders HTTP/1.1
                Content-Type: text/csv

                customerId,lines
                ```
                """);
        assertThat(parsed.findings()).isEmpty();
        assertThat(describe(parsed)).isEmpty();
    }
}
