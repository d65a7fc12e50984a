package io.github.architect.idl;

import io.github.architect.model.OperationKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GraphqlSchemaTextTest {

    @Test
    void readsTheFieldsOfTheRootTypesWithTheirLines() {
        GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse("""
                type Order { id: ID! }
                type Query {
                  order(id: ID!): Order
                  orders: [Order!]!
                }
                type Mutation { placeOrder(sku: String!): Order }
                type Subscription { orderPlaced: Order }
                """);

        assertThat(parsed.failed()).isFalse();
        assertThat(parsed.fields()).containsExactly(
                new GraphqlSchemaText.RootField(OperationKind.GRAPHQL_QUERY, "order", 3, 3),
                new GraphqlSchemaText.RootField(OperationKind.GRAPHQL_QUERY, "orders", 4, 3),
                new GraphqlSchemaText.RootField(OperationKind.GRAPHQL_MUTATION, "placeOrder", 6, 17),
                new GraphqlSchemaText.RootField(OperationKind.GRAPHQL_SUBSCRIPTION, "orderPlaced", 7, 21));
    }

    @Test
    void readsExtendTypeAndRootTypesRenamedByTheSchemaDefinition() {
        GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse("""
                schema { query: ShopQuery mutation: ShopMutation }
                type ShopQuery { products: [String] }
                extend type ShopQuery { product(id: ID): String }
                type ShopMutation { addProduct(name: String): String }
                type Query { notRoot: String }
                """);

        assertThat(parsed.fields()).extracting(f -> f.kind() + " " + f.name())
                .containsExactly("GRAPHQL_QUERY products", "GRAPHQL_QUERY product", "GRAPHQL_MUTATION addProduct");
    }

    @Test
    void anExecutableQueryDeclaresNothing() {
        GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse("""
                query RecentOrders {
                  orders(last: 10) { id total }
                }
                """);

        assertThat(parsed.failed()).isFalse();
        assertThat(parsed.executable()).isTrue();
        assertThat(parsed.fields()).isEmpty();
    }

    @Test
    void brokenSdlIsAnErrorAtItsLine() {
        GraphqlSchemaText.Parsed parsed = GraphqlSchemaText.parse("""
                type Query {
                  orders: [Order
                }
                """);

        assertThat(parsed.failed()).isTrue();
        assertThat(parsed.line()).isEqualTo(2);
        assertThat(parsed.column()).isEqualTo(11);
        assertThat(parsed.error()).isEqualTo("Invalid syntax with offending token '['");
    }
}
