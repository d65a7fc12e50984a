package io.github.architect.suggest;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.suggest.SchemaFacts.FactColumn;
import io.github.architect.suggest.SchemaFacts.FactTable;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of edit in the shapes documents take, read back by the real reader: what was missing is
 * declared, and the edit only adds lines (or changes the one line it must).
 */
class SuggestionStylesTest {

    private static final Path DOC = Path.of("/shop/architecture.md");

    private static String document(String services, String contracts, String schema, String technologies) {
        return "# Shop\n\n## 1. Executive Summary\nA shop.\n\n## 2. Architecture Overview\nTwo services.\n\n"
                + "## 3. Service Definitions\n\n" + services + "\n## 4. API Contracts\n\n" + contracts
                + "\n## 5. Data Schema\n\n" + schema + "\n## 6. Technology Stack Rationale\n\n" + technologies
                + "\n## 7. Key Considerations\nNone.\n";
    }

    private static final String SERVICES = """
            ### Catalog Service
            Lists products.

            ### Order Service
            Takes orders.

            - **Dependencies:**
              - Catalog Service

            ### Inventory Service
            Counts stock.
            """;

    private static ArchitectureModel read(String text) {
        return new ArchitectureDocumentParser().parse(text, DOC).model();
    }

    private static Violation finding(String rule, String service, String hint, String message, String... subjects) {
        return Violation.builder(rule, Severity.ERROR).at(Location.of(DOC)).message(message).hint(hint)
                .service(service).subjects(subjects).build();
    }

    private static Suggestion suggest(String text, SchemaFacts facts, Violation... findings) {
        return DocumentSuggester.suggest(read(text), text, List.of(findings), facts);
    }

    /** Only lines added, apart from {@code changed} lines replaced one for one. */
    private static void onlyAdds(Suggestion suggestion, int changed) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(suggestion.original().lines().toList(),
                suggestion.suggested().lines().toList()).getDeltas();
        assertThat(deltas).isNotEmpty();
        assertThat(deltas).filteredOn(d -> d.getType() != DeltaType.INSERT).hasSize(changed)
                .allSatisfy(d -> assertThat(d.getSource().size()).isEqualTo(1));
    }

    @Test
    void aServiceWithoutEndpointsGetsThemShapedAsTheFirstEndpointOfSection4() {
        String text = document(SERVICES, """
                ### Catalog Service

                * **`GET /products`** lists them

                ### Order Service

                """, "None.\n", "- **Java 17**: the language.\n");

        Suggestion suggestion = suggest(text, SchemaFacts.none(), finding("undeclared-endpoint", "Order Service",
                "Declare `POST /orders/{id:\\d+}/cancel` under the Order Service heading in section 4 (API Contracts).",
                "POST /orders/{}/cancel is served", "com.shop.orders.OrderController", "POST /orders/{}/cancel"));

        assertThat(suggestion.suggested()).contains("### Order Service\n\n* **`POST /orders/{id}/cancel`**\n");
        assertThat(read(suggestion.suggested()).endpoints())
                .extracting(e -> e.method() + " " + e.path() + " " + e.service())
                .contains("POST /orders/{id}/cancel Order Service");
        onlyAdds(suggestion, 0);
    }

    @Test
    void aTechnologyJoinsATableOfChoicesAsARowWithATodoForItsRationale() {
        String text = document(SERVICES, "None.\n", "None.\n", """
                | Technology | Why |
                |------------|-----|
                | **PostgreSQL 16** | relational data |
                """);

        Suggestion suggestion = suggest(text, SchemaFacts.none(), finding("undeclared-technology", "Order Service",
                "Choose Flyway in section 6.", "Module orders uses Flyway", "orders", "Flyway"));

        assertThat(suggestion.suggested()).contains("| **PostgreSQL 16** | relational data |\n"
                + "| **Flyway** | TODO: why it was chosen, and what else was weighed. |\n");
        assertThat(read(suggestion.suggested()).chosenTechnologies()).extracting(t -> t.name()).contains("Flyway");
        onlyAdds(suggestion, 0);
    }

    @Test
    void aRejectedAlternativeIsLeftToAPerson() {
        String text = document(SERVICES, "None.\n", "None.\n",
                "- **PostgreSQL**: relational data. An alternative would be MongoDB.\n");

        Suggestion suggestion = suggest(text, SchemaFacts.none(), finding("undeclared-technology", "Order Service",
                "Section 6 rejected MongoDB: remove the <dependency>.",
                "Module orders uses MongoDB, which architecture.md section 6 names as the rejected alternative",
                "orders", "MongoDB"));

        assertThat(suggestion.changesDocument()).isFalse();
        assertThat(suggestion.notices()).singleElement().asString().startsWith("undeclared-technology").contains("rejects MongoDB");
    }

    @Test
    void aDependencyJoinsTheListItemsOfTheServicesDependencies() {
        String text = document(SERVICES, "None.\n", "None.\n", "- **Java 17**: the language.\n");

        Suggestion suggestion = suggest(text, SchemaFacts.none(), finding("undeclared-dependency", "Order Service",
                "Declare Inventory Service under Order Service's Dependencies in architecture.md (line 15), or remove"
                        + " the dependency.", "Order Service uses Inventory Service", "a.B", "c.D"));

        assertThat(suggestion.suggested()).contains("- **Dependencies:**\n  - Catalog Service\n  - Inventory Service\n");
        assertThat(read(suggestion.suggested()).allows("Order Service", "Inventory Service")).isTrue();
        onlyAdds(suggestion, 0);
    }

    @Test
    void aServiceWithoutDependenciesGetsADependenciesLine() {
        String text = document(SERVICES, "None.\n", "None.\n", "- **Java 17**: the language.\n");

        Suggestion suggestion = suggest(text, SchemaFacts.none(), finding("undeclared-module-dependency",
                "Inventory Service", "Declare Catalog Service under Inventory Service's Dependencies in architecture.md"
                        + " (line 18), or remove the <dependency> on catalog from this pom.", "Module inventory ...",
                "inventory", "catalog"));

        assertThat(suggestion.suggested()).contains("### Inventory Service\nCounts stock.\n\n- **Dependencies:** Catalog Service\n");
        assertThat(read(suggestion.suggested()).allows("Inventory Service", "Catalog Service")).isTrue();
        onlyAdds(suggestion, 0);
    }

    @Test
    void aColumnGoesBeforeTheConstraintsAndATableOfAServiceWithoutSchemaStartsItsPart() {
        String text = document(SERVICES, "None.\n", """
                ### Catalog Service

                ```sql
                CREATE TABLE products (
                  id    BIGINT NOT NULL,
                  name  VARCHAR(200), -- as shown
                  PRIMARY KEY (id)
                );
                ```
                """, "- **Java 17**: the language.\n");
        SchemaFacts facts = SchemaFacts.of(List.of(
                new FactTable("products", List.of(new FactColumn("sku", "VARCHAR(32)"))),
                new FactTable("stock", List.of(new FactColumn("product_id", "BIGINT"), new FactColumn("units", "INTEGER")))));

        Suggestion suggestion = suggest(text, facts,
                finding("undeclared-column", "Catalog Service", "Add column 'sku'.", "maps column 'sku'",
                        "com.shop.catalog.Product", "products.sku"),
                finding("undeclared-table", "Inventory Service", "Declare table 'stock' in section 5.",
                        "maps table 'stock'", "com.shop.inventory.Stock", "stock"));

        assertThat(suggestion.suggested()).contains("  name  VARCHAR(200), -- as shown\n  sku   VARCHAR(32),\n  PRIMARY KEY (id)\n");
        assertThat(suggestion.suggested()).contains("```\n\n### Inventory Service\n\n```sql\nCREATE TABLE stock (\n"
                + "    product_id BIGINT,\n    units      INTEGER\n);\n```\n");
        ArchitectureModel model = read(suggestion.suggested());
        assertThat(model.table("products").orElseThrow().column("sku")).isPresent();
        assertThat(model.table("stock").orElseThrow().owner()).isEqualTo("Inventory Service");
        onlyAdds(suggestion, 0);
    }

    @Test
    void aColumnAfterTheLastOneAddsTheCommaItNeeds() {
        String text = document(SERVICES, "None.\n", """
                ### Catalog Service

                ```sql
                CREATE TABLE products (
                    id   BIGINT PRIMARY KEY,
                    name VARCHAR(200) -- as shown
                );
                ```
                """, "- **Java 17**: the language.\n");

        Suggestion suggestion = suggest(text, SchemaFacts.none(), finding("undeclared-column", "Catalog Service",
                "Add column 'sku'.", "maps column 'sku'", "com.shop.catalog.Product", "products.sku"));

        assertThat(suggestion.suggested()).contains("    name VARCHAR(200), -- as shown\n"
                + "    sku  VARCHAR(255) -- TODO(architect): the type the code gives this column\n);");
        assertThat(read(suggestion.suggested()).table("products").orElseThrow().column("sku")).isPresent();
        onlyAdds(suggestion, 1);
    }
}
