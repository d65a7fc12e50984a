package io.github.architect.operations;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OperationContractCheckTest {

    @TempDir
    Path dir;
    final OperationContractCheck check = new OperationContractCheck();
    final List<CodeModule> modules = new ArrayList<>();

    private static final String SCHEMA = """
            type Product { id: ID! }
            type Query {
              products: [Product!]!
              product(id: ID!): Product
            }
            type Mutation { addProduct(name: String!): Product }
            """;

    private CodeModule module(String name, String... libraries) {
        Path base = dir.resolve(name);
        CodeModule module = new CodeModule(name, base, "jar", List.of(base.resolve("src/main/java")),
                List.of(base.resolve("target/classes")), List.of(base.resolve("src/main/resources")), List.of(),
                Set.copyOf(Arrays.asList(libraries)), base.resolve("pom.xml"));
        modules.add(module);
        return module;
    }

    private Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Path java(CodeModule module, String path, String text) throws IOException {
        return write(module.sourceRoots().get(0).resolve(path), text);
    }

    private ParsedDocument document(String api) throws IOException {
        String doc = """
                # Shop
                ## 1. Executive Summary
                A shop.
                ## 2. Architecture Overview
                Services.
                ## 3. Service Definitions
                ### Catalog Service
                ### Order Service
                ## 4. API Contracts
                %s
                ## 5. Data Schema
                None.
                ## 6. Technology Stack Rationale
                - **Java 17**
                ## 7. Key Considerations
                Simple.
                """.formatted(api);
        return new ArchitectureDocumentParser().parse(write(dir.resolve("architecture.md"), doc));
    }

    private List<Violation> verify(ArchitectureModel model) {
        CheckContext context = new CheckContext(model, new Codebase(dir, modules), ServiceMap.none(), Map.of());
        List<Violation> all = new ArrayList<>();
        for (CodeModule module : modules) {
            all.addAll(check.checkModule(context, module));
        }
        all.addAll(check.checkBuild(context));
        return all;
    }

    private static List<String> lines(List<Violation> violations) {
        return violations.stream().map(v -> v.ruleId() + " " + v.location().file().getFileName() + ":"
                + v.location().line() + " " + v.subjects()).toList();
    }

    @Test
    void springGraphqlHandlersMatchTheDeclaredSchema() throws IOException {
        CodeModule catalog = module("catalog", "org.springframework.boot:spring-boot-starter-graphql");
        java(catalog, "com/acme/catalog/ProductController.java", """
                package com.acme.catalog;
                import org.springframework.graphql.data.method.annotation.*;
                @org.springframework.stereotype.Controller
                class ProductController {
                    static final String ONE = "product";
                    @QueryMapping List<Object> products() { return null; }
                    @QueryMapping(name = ONE) Object byId(@Argument String id) { return null; }
                    @SchemaMapping(typeName = "Mutation", field = "addProduct") Object add(String name) { return null; }
                    @SchemaMapping(typeName = "Product", field = "price") Object price() { return null; }
                }
                """);
        ParsedDocument parsed = document("### Catalog Service API\n```graphql\n" + SCHEMA + "```\n");

        assertThat(parsed.findings()).isEmpty();
        assertThat(verify(parsed.model())).isEmpty();
    }

    @Test
    void anUndeclaredHandlerAndAnUnservedDeclarationAreBothReported() throws IOException {
        CodeModule catalog = module("catalog", "org.springframework.boot:spring-boot-starter-graphql");
        Path handler = java(catalog, "com/acme/catalog/ProductController.java", """
                package com.acme.catalog;
                import org.springframework.graphql.data.method.annotation.*;
                class ProductController {
                    @QueryMapping Object products() { return null; }
                    @QueryMapping Object product(String id) { return null; }
                    @MutationMapping Object addProduct(String name) { return null; }
                    @SubscriptionMapping Object productAdded() { return null; }
                }
                """);
        ParsedDocument parsed = document("### Catalog Service API\n```graphql\n" + SCHEMA + "type Query { search: [Product] }\n```\n");

        List<Violation> violations = verify(parsed.model());

        assertThat(lines(violations)).containsExactly(
                "undeclared-operation ProductController.java:7 [subscription productAdded]",
                "operation-not-implemented architecture.md:18 [query search]");
        assertThat(violations.get(0).location().file()).isEqualTo(handler);
        assertThat(violations.get(0).message()).isEqualTo("subscription productAdded is served by"
                + " ProductController.productAdded() but section 4 of the architecture document does not declare it");
        assertThat(violations.get(1).message()).isEqualTo("query search is declared under Catalog Service in section 4"
                + " but no module of the build serves it");
    }

    @Test
    void aSchemaFileServesItsFieldsOnlyInAModuleWithAGraphqlServer() throws IOException {
        CodeModule server = module("catalog", "com.netflix.graphql.dgs:graphql-dgs-spring-graphql-starter");
        write(server.resourceDirectories().get(0).resolve("graphql/catalog.graphqls"), SCHEMA + "type Query { extra: Int }\n");
        CodeModule client = module("storefront", "org.springframework.graphql:spring-graphql");
        write(client.resourceDirectories().get(0).resolve("graphql/nested/client.graphql"), "type Query { clientOnly: Int }\n");
        ParsedDocument parsed = document("```graphql\n" + SCHEMA + "```\n");

        assertThat(lines(verify(parsed.model()))).containsExactly(
                "undeclared-operation catalog.graphqls:7 [query extra]");
    }

    @Test
    void dgsHandlersServeTheirFields() throws IOException {
        CodeModule catalog = module("catalog");
        java(catalog, "com/acme/catalog/ProductFetcher.java", """
                package com.acme.catalog;
                import com.netflix.graphql.dgs.*;
                @DgsComponent
                class ProductFetcher {
                    @DgsQuery Object products() { return null; }
                    @DgsQuery(field = "product") Object one(String id) { return null; }
                    @DgsData(parentType = "Mutation", field = "addProduct") Object add() { return null; }
                    @DgsData(parentType = "Mutation", field = "removeProduct") Object remove() { return null; }
                }
                """);
        ParsedDocument parsed = document("```graphql\n" + SCHEMA + "```\n");

        assertThat(lines(verify(parsed.model()))).containsExactly(
                "undeclared-operation ProductFetcher.java:8 [query removeProduct]".replace("query", "mutation"));
    }

    @Test
    void grpcImplementationsServeTheirOverriddenRpcs() throws IOException {
        CodeModule orders = module("orders");
        java(orders, "com/acme/orders/OrderApiService.java", """
                package com.acme.orders;
                import io.grpc.stub.StreamObserver;
                class OrderApiService extends OrderApiGrpc.OrderApiImplBase {
                    @Override public void placeOrder(PlaceOrderRequest request, StreamObserver<Order> out) { }
                    @Override public void cancelOrder(CancelRequest request, StreamObserver<Order> out) { }
                    public void helper() { }
                }
                """);
        ParsedDocument parsed = document("""
                ### Order Service API
                ```protobuf
                service OrderApi {
                  rpc PlaceOrder (PlaceOrderRequest) returns (Order);
                  rpc GetOrder (GetOrderRequest) returns (Order);
                }
                ```
                """);

        assertThat(lines(verify(parsed.model()))).containsExactly(
                "undeclared-operation OrderApiService.java:5 [rpc OrderApi.CancelOrder]",
                "operation-not-implemented architecture.md:14 [rpc OrderApi.GetOrder]");
    }

    @Test
    void aProtoServesItsRpcsOnlyWhereAServerImplementsItsService() throws IOException {
        CodeModule orders = module("orders");
        write(orders.baseDirectory().resolve("src/main/proto/orders.proto"), """
                syntax = "proto3";
                package shop.v1;
                service OrderApi {
                  rpc PlaceOrder (PlaceOrderRequest) returns (Order);
                  rpc GetOrder (GetOrderRequest) returns (Order);
                }
                """);
        java(orders, "com/acme/orders/OrderApiService.java", """
                package com.acme.orders;
                @io.quarkus.grpc.GrpcService
                class OrderApiService implements OrderApi {
                    public io.smallrye.mutiny.Uni<Order> placeOrder(PlaceOrderRequest request) { return null; }
                }
                """);
        CodeModule client = module("storefront");
        write(client.baseDirectory().resolve("src/main/proto/catalog.proto"), """
                service CatalogApi { rpc ListProducts (Empty) returns (Products); }
                """);
        ParsedDocument parsed = document("```proto\nservice OrderApi {\n  rpc PlaceOrder (A) returns (B);\n}\n```\n");

        assertThat(lines(verify(parsed.model()))).containsExactly(
                "undeclared-operation orders.proto:5 [rpc OrderApi.GetOrder]");
    }

    @Test
    void anImplementedRpcOfTheModulesProtoIsReportedAtTheMethodWithTheProtosSpelling() throws IOException {
        CodeModule orders = module("orders");
        write(orders.baseDirectory().resolve("src/main/proto/orders.proto"),
                "service OrderApi {\n  rpc placeORDER (A) returns (B);\n}\n");
        java(orders, "com/acme/orders/OrderApiService.java", """
                package com.acme.orders;
                class OrderApiService extends OrderApiGrpc.OrderApiImplBase {
                    @Override public void placeORDER(A request, io.grpc.stub.StreamObserver<B> out) { }
                }
                """);
        ParsedDocument parsed = document("None.\n");

        List<Violation> violations = verify(parsed.model());

        assertThat(lines(violations)).containsExactly("undeclared-operation OrderApiService.java:3 [rpc OrderApi.placeORDER]");
        assertThat(violations.get(0).message()).startsWith("rpc OrderApi.placeORDER is served by OrderApiService.placeORDER()");
    }

    @Test
    void linkedSchemaFilesDeclareOperationsAtTheirOwnLines() throws IOException {
        write(dir.resolve("api/catalog.graphqls"), SCHEMA);
        write(dir.resolve("api/broken.proto"), "service Broken {\n  rpc X (A);\n}\n");
        ParsedDocument parsed = document("""
                ### Catalog Service API
                graphql: api/catalog.graphqls

                ### Order Service API
                proto: `api/broken.proto`
                proto: api/missing.proto
                """);
        CheckContext context = new CheckContext(parsed.model(), new Codebase(dir, modules), ServiceMap.none(), Map.of());

        List<Violation> violations = verify(parsed.model());

        assertThat(lines(violations)).containsExactly(
                "doc-proto broken.proto:2 [api/broken.proto]",
                "doc-proto architecture.md:15 [api/missing.proto]",
                "operation-not-implemented catalog.graphqls:3 [query products]",
                "operation-not-implemented catalog.graphqls:4 [query product]",
                "operation-not-implemented catalog.graphqls:6 [mutation addProduct]");
        assertThat(check.documentInputs(context)).containsExactly(dir.resolve("api/catalog.graphqls"),
                dir.resolve("api/broken.proto"), dir.resolve("api/missing.proto"));
        assertThat(OperationContractCheck.declaredOperationCount(context)).isEqualTo(3);
        assertThat(parsed.model().summary(0, OperationContractCheck.declaredOperationCount(context)))
                .isEqualTo("2 services, 0 endpoints, 0 tables, 1 technology, 3 operations");
    }

    @Test
    void theTypeNameOfAClassLevelSchemaMappingAppliesToItsMethods() throws IOException {
        CodeModule catalog = module("catalog");
        java(catalog, "com/acme/catalog/Mutations.java", """
                package com.acme.catalog;
                import org.springframework.graphql.data.method.annotation.*;
                @SchemaMapping(typeName = "Mutation")
                class Mutations {
                    @SchemaMapping Object addProduct(String name) { return null; }
                    @SchemaMapping(field = "removeProduct") Object remove(String id) { return null; }
                }
                """);
        ParsedDocument parsed = document("```graphql\ntype Mutation { addProduct(name: String): ID }\n```\n");

        assertThat(lines(verify(parsed.model()))).containsExactly(
                "undeclared-operation Mutations.java:6 [mutation removeProduct]");
    }

    @Test
    void aPublicHelperOfAnImplBaseServerIsNoRpc() throws IOException {
        CodeModule orders = module("orders");
        java(orders, "com/acme/orders/OrderApiService.java", """
                package com.acme.orders;
                @io.quarkus.grpc.GrpcService
                class OrderApiService extends MutinyOrderApiGrpc.OrderApiImplBase {
                    @Override public io.smallrye.mutiny.Uni<Order> placeOrder(PlaceOrderRequest request) { return null; }
                    public Order toOrder(Object row) { return null; }
                }
                """);
        ParsedDocument parsed = document("```proto\nservice OrderApi { rpc PlaceOrder (A) returns (B); }\n```\n");

        assertThat(verify(parsed.model())).isEmpty();
    }

    @Test
    void aBrokenSchemaFileInTheCodeIsAWarningAtItsLine() throws IOException {
        CodeModule catalog = module("catalog", "org.springframework.boot:spring-boot-starter-graphql");
        write(catalog.resourceDirectories().get(0).resolve("graphql/schema.graphqls"), "type Query {\n  a: [Int\n}\n");
        ParsedDocument parsed = document("None.\n");

        assertThat(lines(verify(parsed.model()))).containsExactly(
                "unparseable-operation-source schema.graphqls:2 [schema.graphqls]");
    }
}
