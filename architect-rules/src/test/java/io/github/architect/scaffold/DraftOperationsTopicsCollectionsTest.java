package io.github.architect.scaffold;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.NoSqlCollection;
import io.github.architect.model.Operation;
import io.github.architect.model.Topic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** GraphQL operations, gRPC methods, topics and MongoDB collections of the code, drafted and read back. */
class DraftOperationsTopicsCollectionsTest {

    @TempDir
    Path root;
    DraftFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new DraftFixture(root)
                .java("""
                        package com.acme.shop.catalog;
                        import org.springframework.graphql.data.method.annotation.*;
                        import org.springframework.stereotype.Controller;
                        @Controller
                        class ProductGraph {
                            @QueryMapping String products() { return ""; }
                            @MutationMapping(name = "addProduct") String add(@Argument String name) { return name; }
                        }
                        """)
                .java("""
                        package com.acme.shop.orders;
                        import org.springframework.kafka.core.KafkaTemplate;
                        import org.springframework.web.bind.annotation.*;
                        @RestController
                        class OrderController {
                            private final KafkaTemplate<String, String> kafka;
                            OrderController(KafkaTemplate<String, String> kafka) { this.kafka = kafka; }
                            @PostMapping("/orders") void place(@RequestBody String order) { kafka.send("orders.placed", order); }
                        }
                        """)
                .java("""
                        package com.acme.shop.orders;
                        import io.grpc.stub.StreamObserver;
                        class OrderApiService extends OrderApiGrpc.OrderApiImplBase {
                            @Override public void placeOrder(PlaceOrderRequest request, StreamObserver<Order> out) { }
                        }
                        """)
                .java("""
                        package com.acme.shop.billing;
                        import org.springframework.kafka.annotation.KafkaListener;
                        class OrderListener {
                            @KafkaListener(topics = "orders.placed") void on(String order) { }
                        }
                        """)
                .java("""
                        package com.acme.shop.billing;
                        import java.math.BigDecimal;
                        import java.util.List;
                        import org.springframework.data.annotation.Id;
                        import org.springframework.data.annotation.Transient;
                        import org.springframework.data.mongodb.core.mapping.Document;
                        import org.springframework.data.mongodb.core.mapping.Field;
                        @Document(collection = "invoices")
                        public class Invoice {
                            @Id private String id;
                            @Field("total_amount") private BigDecimal total;
                            private boolean paid;
                            private List<String> lines;
                            @Transient private String cached;
                            private static final long LIMIT = 10;
                        }
                        """);
    }

    @Test
    void operationsTopicsAndCollectionsAreDraftedInTheFormsTheReadersTake() {
        String draft = fixture.draft();
        ArchitectureModel model = fixture.readBack(draft);

        assertThat(model.operations()).extracting(Operation::kind, Operation::name, Operation::service)
                .containsExactlyInAnyOrder(
                        tuple(io.github.architect.model.OperationKind.GRAPHQL_QUERY, "products", "Catalog"),
                        tuple(io.github.architect.model.OperationKind.GRAPHQL_MUTATION, "addProduct", "Catalog"),
                        tuple(io.github.architect.model.OperationKind.GRPC, "PlaceOrder", "Orders"));
        assertThat(model.topics()).extracting(Topic::name, Topic::producers, Topic::consumers)
                .containsExactly(tuple("orders.placed", List.of("Orders"), List.of("Billing")));
        assertThat(model.collections()).extracting(NoSqlCollection::name, NoSqlCollection::fields)
                .containsExactly(tuple("invoices", List.of("_id", "total_amount", "paid", "lines")));
        assertThat(draft).contains("| `orders.placed` | Orders | Billing |\n",
                "type Query {\n  products: PLACEHOLDER # served by ProductGraph.products()\n}\n",
                "service OrderApi {\n  rpc PlaceOrder (PLACEHOLDER) returns (PLACEHOLDER);",
                "The `invoices` collection (MongoDB):\n\n```json\n{\n  \"_id\": \"string\",\n  \"total_amount\": 0,\n"
                        + "  \"paid\": true,\n  \"lines\": []\n}\n```\n");
    }

    @Test
    void verifyHasNoFindingAboutTheDraftedOperationsTopicsOrCollections() {
        String draft = fixture.draft();

        List<Violation> findings = fixture.findings(draft);

        assertThat(findings).extracting(Violation::ruleId).doesNotContain("undeclared-operation",
                "operation-not-implemented", "undeclared-topic", "topic-wrong-producer", "topic-wrong-consumer",
                "topic-not-used", "undeclared-collection", "doc-graphql", "doc-proto");
        assertThat(findings).filteredOn(v -> v.severity() == Severity.ERROR).isEmpty();
    }

    @Test
    void theDraftParsesOnlyTheFilesThatMatterAndEachOnceLikeTheChecks() {
        for (int i = 0; i < 10; i++) {
            fixture.java("package com.acme.shop.orders;\nclass Worker" + i + " { int work(int x) { return x + " + i + "; } }\n");
        }
        JavaSourceIndex sources = JavaSourceIndex.of(fixture.codebase());

        String draft = DocumentDraft.write(fixture.codebase(), "Shop", sources).markdown();

        // the five annotated files: the scans of endpoints, operations, topics and collections share their parse
        assertThat(sources.parsedCount()).isEqualTo(5);
        assertThat(fixture.readBack(draft).collections()).extracting(NoSqlCollection::fields)
                .containsExactly(List.of("_id", "total_amount", "paid", "lines"));
    }
}
