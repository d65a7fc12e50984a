package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Operation;
import io.github.architect.model.OperationKind;
import io.github.architect.model.OperationLink;
import io.github.architect.model.Position;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.architect.doc.Docs.lineOf;
import static org.assertj.core.api.Assertions.assertThat;

class OperationsTest {

    private static final String SERVICES = "### Catalog Service\n\n### Order Service\n";

    @Test
    void graphqlRootFieldsAreOperationsOfTheServiceWhoseSubsectionHoldsThem() {
        String doc = Docs.withApi(SERVICES, """
                ### Catalog Service API

                ```graphql
                type Product { id: ID! }
                type Query {
                  products: [Product!]!
                }
                extend type Mutation {
                  addProduct(name: String!): Product
                }
                type Subscription { productAdded: Product }
                ```
                """);

        ArchitectureModel model = Docs.model(doc);

        assertThat(model.operations()).containsExactly(
                new Operation(OperationKind.GRAPHQL_QUERY, "Query", "products", "Catalog Service",
                        Position.of(lineOf(doc, "products:"), 3)),
                new Operation(OperationKind.GRAPHQL_MUTATION, "Mutation", "addProduct", "Catalog Service",
                        Position.of(lineOf(doc, "addProduct("), 3)),
                new Operation(OperationKind.GRAPHQL_SUBSCRIPTION, "Subscription", "productAdded", "Catalog Service",
                        Position.of(lineOf(doc, "productAdded"), 21)));
        assertThat(model.summary()).endsWith(", 3 operations");
    }

    @Test
    void anExampleQueryDeclaresNothingAndTheSummaryStaysAsItWas() {
        String doc = Docs.withApi(SERVICES, """
                ### Catalog Service API

                ```graphql
                query { products { id } }
                ```
                """);

        ParsedDocument parsed = Docs.parse(doc);

        assertThat(parsed.model().operations()).isEmpty();
        assertThat(parsed.findings()).isEmpty();
        assertThat(parsed.model().summary()).isEqualTo("2 services, 0 endpoints, 0 tables, 1 technology");
    }

    @Test
    void brokenSdlIsADocumentFindingAtItsLine() {
        String doc = Docs.withApi(SERVICES, """
                ```graphql
                type Query {
                  products: [Product
                }
                ```
                """);

        List<Violation> findings = Docs.findings(doc, "doc-graphql");

        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().line()).isEqualTo(lineOf(doc, "products: [Product"));
            assertThat(v.message()).contains("does not parse at line " + lineOf(doc, "products: [Product"));
        });
        assertThat(Docs.model(doc).services()).hasSize(2);
    }

    @Test
    void protobufRpcsAreOperationsOfTheEnclosingService() {
        String doc = Docs.withApi(SERVICES, """
                ### Order Service (gRPC)

                ```protobuf
                syntax = "proto3";
                // the order API
                service OrderApi {
                  rpc PlaceOrder (PlaceOrderRequest) returns (Order);
                  rpc GetOrder (GetOrderRequest) returns (Order) { option deprecated = false; }
                }
                message Order { message Line { string sku = 1; } }
                ```
                """);

        assertThat(Docs.model(doc).operations()).containsExactly(
                new Operation(OperationKind.GRPC, "OrderApi", "PlaceOrder", "Order Service",
                        Position.of(lineOf(doc, "rpc PlaceOrder"), 3)),
                new Operation(OperationKind.GRPC, "OrderApi", "GetOrder", "Order Service",
                        Position.of(lineOf(doc, "rpc GetOrder"), 3)));
    }

    @Test
    void brokenProtoIsADocumentFindingAtItsLine() {
        String doc = Docs.withApi(SERVICES, """
                ```proto
                service OrderApi {
                  rpc PlaceOrder (PlaceOrderRequest);
                }
                ```
                """);

        assertThat(Docs.findings(doc, "doc-proto")).singleElement()
                .satisfies(v -> assertThat(v.location().line()).isEqualTo(lineOf(doc, "rpc PlaceOrder")));
        assertThat(Docs.model(doc).operations()).isEmpty();
    }

    @Test
    void linkedSchemaFilesAreRecordedForTheCheckWithTheirService() {
        String doc = Docs.withApi(SERVICES, """
                ### Catalog Service API
                graphql: api/catalog.graphqls

                ### Order Service API
                - proto: [orders](api/orders.proto)
                """);

        assertThat(Docs.model(doc).operationLinks()).containsExactly(
                new OperationLink("graphql", "api/catalog.graphqls", "Catalog Service",
                        Position.of(lineOf(doc, "graphql: api"), 10)),
                new OperationLink("proto", "api/orders.proto", "Order Service",
                        Position.of(lineOf(doc, "proto: ["), 19)));
    }
}
