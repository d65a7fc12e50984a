package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.fixtures.SharedCorpus;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.PayloadSample.Kind;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadSamplesTest {

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
    void fencedBlocksAfterAHeadingAreRequestAndResponseByTheirLabels() {
        ParsedDocument parsed = parse("""
                #### POST /orders

                Request:

                ```json
                { "customerId": "c-42", "lines": [ { "productId": 7, "quantity": 2 } ] }
                ```

                Success: `201 Created`

                ```json
                { "id": 1001, "status": "PLACED" }
                ```

                Errors: `400 Bad Request` when there are no lines, `404 Not Found` when a product does not exist.

                #### GET /orders/{id}

                Response (200):

                ```json
                { "id": 1001 }
                ```
                """);
        assertThat(describe(parsed)).containsExactly(
                "POST /orders REQUEST null {\"customerId\":\"c-42\",\"lines\":[{\"productId\":7,\"quantity\":2}]}",
                "POST /orders RESPONSE 201 {\"id\":1001,\"status\":\"PLACED\"}",
                "POST /orders RESPONSE 400 -",
                "POST /orders RESPONSE 404 -",
                "GET /orders/{id} RESPONSE 200 {\"id\":1001}");
        assertThat(parsed.findings()).isEmpty();
    }

    @Test
    void inlineJsonAndStatusBulletsBelongToTheEndpointBeforeThem() {
        ParsedDocument parsed = parse("""
                - **PUT /orders/{id}** — body `{ "note": "gift" }`
                  - `200 OK` — `{ "id": 5, "note": "gift" }`
                  - `404 Not Found`
                """);
        assertThat(describe(parsed)).containsExactly(
                "PUT /orders/{id} REQUEST null {\"note\":\"gift\"}",
                "PUT /orders/{id} RESPONSE 200 {\"id\":5,\"note\":\"gift\"}",
                "PUT /orders/{id} RESPONSE 404 -");
    }

    @Test
    void aSampleAfterATableBelongsToTheRowItsLabelNames() {
        ParsedDocument parsed = parse("""
                | Method | Path | Success | Errors |
                |--------|------|---------|--------|
                | GET | /stock/{productId} | `200 OK` `{ "productId": 7, "onHand": 12 }` | `404 Not Found` |
                | POST | /stock/{productId}/reservations | `201 Created` with the reservation | `409 Conflict` |

                Request of a reservation: `{ "orderId": 1001, "quantity": 2 }`.

                Example: `{ "anything": 1 }`
                """);
        assertThat(describe(parsed)).containsExactly(
                "GET /stock/{productId} RESPONSE 200 {\"productId\":7,\"onHand\":12}",
                "GET /stock/{productId} RESPONSE 404 -",
                "POST /stock/{productId}/reservations RESPONSE 201 -",
                "POST /stock/{productId}/reservations RESPONSE 409 -",
                "POST /stock/{productId}/reservations REQUEST null {\"orderId\":1001,\"quantity\":2}");
    }

    @Test
    void elisionsCommentsAndPlaceholdersAreTolerated() {
        ParsedDocument parsed = parse("""
                ### GET /orders

                ```json
                [
                  { "id": <uuid>, "total": ..., // the sum of the lines
                    "lines": [ ... ], ... },
                  ...
                ]
                ```
                """);
        assertThat(parsed.findings()).isEmpty();
        PayloadSample sample = parsed.model().payloads().get(0);
        assertThat(sample.kind()).isEqualTo(Kind.RESPONSE);
        assertThat(sample.body().get(0).get("id").asText()).isEqualTo("<uuid>");
        assertThat(PayloadSample.isPlaceholder(sample.body().get(0).get("total"))).isTrue();
        assertThat(sample.body().get(0).get("lines").isArray()).isTrue();
    }

    @Test
    void aBlockThatIsNotJsonIsAWarningAtItsLine() {
        String api = """
                ### POST /orders

                ```json
                {
                  "customerId": "c-42"
                  "lines": []
                }
                ```
                """;
        ParsedDocument parsed = parse(api);
        assertThat(parsed.findings()).extracting(Violation::ruleId).containsExactly("doc-json");
        Violation finding = parsed.findings().get(0);
        int fence = lineOf(api, "```json");
        assertThat(finding.location().line()).isEqualTo(fence + 3);
        assertThat(finding.message()).contains("does not parse");
        assertThat(parsed.model().payloads()).isEmpty();
    }

    @Test
    void repeatedEndpointsMergeAndContradictionsAreFindings() {
        ParsedDocument parsed = parse("""
                | Method | Path | Response |
                |---|---|---|
                | GET | /orders/{id} | `200 OK` `{ "id": 1 }` |

                #### GET /orders/{id}

                Returns `200 OK` with `{ "id": "…", "note": "x" }`.

                #### POST /orders

                Success: `201 Created`

                #### POST /orders

                Success: `200 OK` `{ "id": true }`
                """);
        assertThat(describe(parsed)).contains("GET /orders/{id} RESPONSE 200 {\"id\":1,\"note\":\"x\"}");
        assertThat(parsed.findings()).extracting(Violation::ruleId).containsExactly("doc-payload-conflict");
        assertThat(parsed.findings().get(0).message()).contains("201").contains("200");
    }

    @Test
    void numbersThatAreNoStatusesAreNotRead() {
        ParsedDocument parsed = parse("""
                #### GET /orders

                Lists up to 200 orders, 50 per page, sorted by date since 2024.
                """);
        assertThat(parsed.model().payloads()).isEmpty();
    }

    @Test
    void everyCorpusDocumentReadsItsSamplesWithoutAnException() throws IOException {
        Path corpus = SharedCorpus.directory().orElse(null);
        Assumptions.assumeTrue(corpus != null, "no shared corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                ParsedDocument parsed = new ArchitectureDocumentParser().parse(file);
                assertThat(parsed.findings()).as(file.toString())
                        .noneMatch(v -> v.ruleId().equals("doc-unreadable"));
            }
        }
    }

    /** The 1-based line of the first line holding {@code text} in the document {@link #parse} builds. */
    private static int lineOf(String api, String text) {
        List<String> lines = Docs.document("### Order Service\n", api, null, null).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the document");
    }
}
