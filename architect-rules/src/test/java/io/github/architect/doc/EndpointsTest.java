package io.github.architect.doc;

import io.github.architect.model.Endpoint;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointsTest {

    private static final String SERVICES = "### Order Service\n### Payment Service\n### Gateway Service\n";

    private static List<String> endpoints(String api) {
        return Docs.model(Docs.withApi(SERVICES, api)).endpoints().stream()
                .map(e -> e.method() + " " + e.path()).toList();
    }

    @Test
    void aHeadingNamingMethodAndPath() {
        assertThat(endpoints("#### POST /orders\nCreates an order.\n")).containsExactly("POST /orders");
    }

    @Test
    void boldAndBacktickedText() {
        assertThat(endpoints("**GET** `/orders/{id}` returns one order.\n\n`DELETE /orders/{id}` cancels it.\n"))
                .containsExactly("GET /orders/{id}", "DELETE /orders/{id}");
    }

    @Test
    void listItems() {
        assertThat(endpoints("- `PUT /orders/{id}` - replace\n* PATCH /orders/{id}/status\n1. HEAD /orders\n"))
                .containsExactly("PUT /orders/{id}", "PATCH /orders/{id}/status", "HEAD /orders");
    }

    @Test
    void tableRowsWithMethodAndPathInOneCell() {
        assertThat(endpoints("| Endpoint | Purpose |\n|---|---|\n| `GET /orders` | list |\n"))
                .containsExactly("GET /orders");
    }

    @Test
    void tableRowsWithMethodAndPathInSeparateColumns() {
        assertThat(endpoints("| Method | Path | Purpose |\n|---|---|---|\n| GET | `/orders/{id}` | one |\n| **POST** | /orders | create |\n"))
                .containsExactly("GET /orders/{id}", "POST /orders");
    }

    @Test
    void linesInCodeBlocksIncludingHttpRequestLines() {
        assertThat(endpoints("```http\nPOST /payments HTTP/1.1\nContent-Type: application/json\n```\n```\nGET /payments/42\n```\n"))
                .containsExactly("POST /payments", "GET /payments/42");
    }

    @Test
    void pathParametersInAnyNotationBecomeBraces() {
        assertThat(endpoints("- GET /orders/:orderId\n- GET /users/[userId]/cart\n- GET /files/<name>\n"))
                .containsExactly("GET /orders/{orderId}", "GET /users/{userId}/cart", "GET /files/{name}");
    }

    @Test
    void queryStringsAndTrailingPunctuationAreDropped() {
        assertThat(endpoints("Call GET /orders?status=open&page=2. Then POST /orders/.\n"))
                .containsExactly("GET /orders", "POST /orders");
    }

    @Test
    void boldAroundAPathIsNotPartOfItButAGlobSegmentIs() {
        assertThat(endpoints("- **GET /orders**\n- GET /static/**\n- **GET /assets/***\n- GET /files/*.\n"))
                .containsExactly("GET /orders", "GET /static/**", "GET /assets/*", "GET /files/*");
    }

    @Test
    void anAbsoluteUrlKeepsItsPath() {
        assertThat(endpoints("`POST https://api.example.com/v1/orders`\n")).containsExactly("POST /v1/orders");
    }

    @Test
    void theSameEndpointMentionedTwiceIsOne() {
        assertThat(endpoints("#### GET /orders/{id}\n```http\nGET /orders/{orderId}\n```\n- GET /orders/:id\n"))
                .containsExactly("GET /orders/{id}");
    }

    @Test
    void anEndpointBelongsToTheNearestServiceNamedSubHeading() {
        String api = """
                ### 4.1 Order Service API
                #### Create
                POST /orders
                ### 4.2 Payments (`payment-service`)
                POST /payments
                ### 4.3 Common
                GET /health
                """;
        List<Endpoint> endpoints = Docs.model(Docs.withApi(SERVICES.replace("### Payment Service",
                "### Payment Service (`payment-service`)"), api)).endpoints();

        assertThat(endpoints).extracting(Endpoint::service).containsExactly("Order Service", "Payment Service", null);
    }

    @Test
    void aGatewayReExposingAnotherServicesPathIsASecondEndpoint() {
        String api = "### Order Service\nGET /orders\n### Gateway Service\nGET /orders\nGET /orders\n";
        List<Endpoint> endpoints = Docs.model(Docs.withApi(SERVICES, api)).endpoints();

        assertThat(endpoints).extracting(e -> e.method() + " " + e.path() + " @" + e.service())
                .containsExactly("GET /orders @Order Service", "GET /orders @Gateway Service");
    }

    @Test
    void anEndpointHasTheLineAndColumnOfItsMethod() {
        String doc = Docs.withApi(SERVICES, "Use `GET /orders` to list.\n");
        Endpoint endpoint = Docs.model(doc).endpoints().get(0);

        assertThat(endpoint.position().line()).isEqualTo(Docs.lineOf(doc, "Use `GET /orders`"));
        assertThat(endpoint.position().column()).isEqualTo(6);
    }

    @Test
    void onlySectionFourDeclaresEndpoints() {
        String doc = Docs.withApi("### Order Service\n- GET /orders/internal\n", "GET /orders\n");
        assertThat(Docs.model(doc).endpoints()).extracting(Endpoint::path).containsExactly("/orders");
    }

    @Test
    void lowerCaseWordsAndMethodsWithoutAPathAreNotEndpoints() {
        assertThat(endpoints("We get /orders from the cache. GET requests are cached. FORGET /x.\n")).isEmpty();
    }
}
