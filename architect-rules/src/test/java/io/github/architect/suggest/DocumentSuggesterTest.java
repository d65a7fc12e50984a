package io.github.architect.suggest;

import io.github.architect.boundaries.JavaFixtures;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.engine.BuildSession;
import io.github.architect.engine.BuildSettings;
import io.github.architect.engine.SeverityPolicy;
import io.github.architect.report.ReportFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestion applied to a drifting build: the document read again by the real reader and the
 * build checked again by the real checks no longer has the findings the edits answer, and every
 * line the edits do not touch is as it was.
 */
class DocumentSuggesterTest {

    static final String DOCUMENT = """
            # Shop

            ## 1. Executive Summary
            A shop.

            ## 2. Architecture Overview
            Two services.

            ## 3. Service Definitions

            ### Catalog Service
            Lists products.

            - **Dependencies:** none

            ### Orders Service
            Takes orders.

            - **Dependencies:** none

            ## 4. API Contracts

            ### Catalog Service

            | Method | Path | Notes |
            |--------|------|-------|
            | GET | `/products` | all of them |
            | DELETE | `/products/{id}` | retired |

            ### Orders Service

            #### POST /orders

            Places an order.

            #### GET /orders/{id}/history

            The order's history.

            ## 5. Data Schema

            ### Catalog Service

            ```sql
            CREATE TABLE products (
                id   BIGINT       PRIMARY KEY,
                name VARCHAR(200) NOT NULL
            );
            ```

            ## 6. Technology Stack Rationale
            - **Java 17**: the team's language.

            ## 7. Key Considerations
            None.
            """;

    @TempDir
    Path root;
    Codebase layout;
    CodeModule orders;
    CodeModule catalog;

    @BeforeEach
    void build() throws IOException {
        Files.writeString(root.resolve("architecture.md"), DOCUMENT);
        catalog = module("catalog", List.of());
        JavaFixtures.compile(root.resolve("catalog"), Map.of("com.shop.catalog.Prices",
                "package com.shop.catalog;\npublic class Prices { }\n"));
        orders = module("orders", List.of());
        JavaFixtures.compile(root.resolve("orders"), Map.of("com.shop.orders.Checkout",
                "package com.shop.orders;\npublic class Checkout { com.shop.catalog.Prices prices; }\n"),
                root.resolve("catalog/target/classes"));
        // read from sources only, as the endpoint and schema checks read them
        source("catalog", "com/shop/catalog/ProductController.java", """
                package com.shop.catalog;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/products")
                class ProductController {
                    @GetMapping String all() { return null; }
                    @GetMapping("/{id:\\\\d+}") String one(@PathVariable long id) { return null; }
                }
                """);
        source("catalog", "com/shop/catalog/Product.java", """
                package com.shop.catalog;
                import jakarta.persistence.*;
                import java.math.BigDecimal;
                @Entity @Table(name = "products")
                class Product {
                    @Id Long id;
                    String name;
                    BigDecimal listPrice;
                }
                """);
        source("catalog", "com/shop/catalog/Review.java", """
                package com.shop.catalog;
                import jakarta.persistence.*;
                @Entity @Table(name = "reviews")
                class Review {
                    @Id Long id;
                    Integer stars;
                }
                """);
        source("orders", "com/shop/orders/OrderController.java", """
                package com.shop.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class OrderController {
                    @PostMapping("/orders") String place() { return null; }
                    @GetMapping("/orders/{orderId}") String one(@PathVariable long orderId) { return null; }
                }
                """);
        layout = Codebase.of(root, new CodeModule("shop", root, "pom", List.of(), List.of(), List.of(), List.of(),
                Set.of(), root.resolve("pom.xml")), catalog, orders);
    }

    @Test
    void theSuggestedDocumentAnswersEveryFindingWithAnEditInTheDocumentsOwnStyle() throws IOException {
        BuildSession session = open();
        List<Violation> before = verifyAll(session);
        assertThat(before).extracting(Violation::ruleId).contains("undeclared-endpoint", "endpoint-not-implemented",
                "undeclared-column", "undeclared-table", "undeclared-dependency");

        Suggestion suggestion = DocumentSuggester.suggest(session.model(), DOCUMENT, session.report().violations(),
                SchemaFacts.of(session.checkContext()));

        assertThat(suggestion.suggested()).isEqualTo(DOCUMENT
                .replace("### Orders Service\nTakes orders.\n\n- **Dependencies:** none",
                        "### Orders Service\nTakes orders.\n\n- **Dependencies:** Catalog Service")
                .replace("| DELETE | `/products/{id}` | retired |\n",
                        "| GET | `/products/{id}` |  |\n")
                .replace("#### GET /orders/{id}/history\n\nThe order's history.\n",
                        "#### GET /orders/{id}/history\n\nTODO(architect): no controller of the build serves this"
                                + " endpoint: implement it, or remove it from section 4.\n\nThe order's history.\n"
                                + "\n#### GET /orders/{orderId}\n")
                .replace("    name VARCHAR(200) NOT NULL\n",
                        "    name VARCHAR(200) NOT NULL,\n    list_price NUMERIC(19, 2)\n")
                .replace(");\n```\n", ");\n\nCREATE TABLE reviews (\n    id    BIGINT,\n    stars INTEGER\n);\n```\n"));
        assertThat(suggestion.edits()).hasSize(7);
        assertThat(suggestion.notices()).anySatisfy(n -> assertThat(n).startsWith("endpoint-not-implemented")
                .contains("more than one line"));

        Files.writeString(root.resolve("architecture.md"), suggestion.suggested());
        List<Violation> after = verifyAll(open());
        assertThat(after).extracting(Violation::ruleId).doesNotContain("undeclared-endpoint", "undeclared-column",
                "undeclared-table", "undeclared-dependency", "undeclared-dependency-summary");
        assertThat(after).filteredOn(v -> v.ruleId().equals("endpoint-not-implemented"))
                .extracting(Violation::message).singleElement().asString().contains("/orders/{id}/history");
    }

    @Test
    void theSameInputsGiveTheSameBytesAndNoFindingsGiveNoEdit() throws IOException {
        BuildSession session = open();
        verifyAll(session);
        Suggestion first = DocumentSuggester.suggest(session.model(), DOCUMENT, session.report().violations(),
                SchemaFacts.of(session.checkContext()));
        BuildSession again = open();
        verifyAll(again);
        Suggestion second = DocumentSuggester.suggest(again.model(), DOCUMENT, again.report().violations(),
                SchemaFacts.of(again.checkContext()));
        assertThat(UnifiedDiff.of(second, "architecture.md")).isEqualTo(UnifiedDiff.of(first, "architecture.md"));

        Suggestion none = DocumentSuggester.suggest(session.model(), DOCUMENT, List.of(), SchemaFacts.none());
        assertThat(none.changesDocument()).isFalse();
        assertThat(none.edits()).isEmpty();
        assertThat(UnifiedDiff.of(none, "architecture.md")).isEmpty();
    }

    @Test
    void theDiffNamesTheDocumentForPatchMinusP1AndListsWhatItLeavesToAPerson() throws IOException {
        BuildSession session = open();
        verifyAll(session);
        Suggestion suggestion = DocumentSuggester.suggest(session.model(), DOCUMENT, session.report().violations(),
                SchemaFacts.of(session.checkContext()));

        String diff = UnifiedDiff.of(suggestion, "docs/architecture.md");

        assertThat(diff).startsWith("architect:suggest left ");
        assertThat(diff).contains("\n--- a/docs/architecture.md\n+++ b/docs/architecture.md\n@@ -");
        assertThat(diff).contains("\n-| DELETE | `/products/{id}` | retired |\n+| GET | `/products/{id}` |  |\n");
    }

    private BuildSession open() {
        BuildSettings settings = new BuildSettings(root.resolve("architecture.md"), root, SeverityPolicy.defaults(),
                Map.of(), "1.0", null, ReportFormat.parse("none"), root.resolve("target/architect"), null, false);
        return BuildSession.open(settings, layout, message -> { });
    }

    private List<Violation> verifyAll(BuildSession session) {
        List<Violation> found = new ArrayList<>(session.documentFindings());
        found.addAll(session.verifyModule(catalog, root.resolve("catalog/target/architect/cache")));
        found.addAll(session.verifyModule(orders, root.resolve("orders/target/architect/cache")));
        found.addAll(session.verifyBuild());
        return found;
    }

    private void source(String module, String path, String text) throws IOException {
        Path file = root.resolve(module).resolve("src/main/java").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private CodeModule module(String name, List<String> dependencies) {
        CodeModule conventional = CodeModule.conventional(name, root.resolve(name));
        return new CodeModule(name, conventional.baseDirectory(), "jar", conventional.sourceRoots(),
                conventional.classesDirectories(), conventional.resourceDirectories(), dependencies, Set.of(),
                conventional.pomFile());
    }
}
