package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ArchitectBlockTest {

    private static String withBlock(String services, String yaml) {
        return Docs.document(services, null, "```sql\nCREATE TABLE orders (id INT);\nCREATE TABLE stock (sku TEXT);\n```\n", null)
                .replace("Keep it simple.", "```yaml architect\n" + yaml + "```\n");
    }

    private static final String PROSE = "### Order Service\n**Depends on:** Inventory\n### Inventory Service\n";

    @Test
    void packagesModulesAndTablesMergeIntoTheProseServices() {
        var model = Docs.model(withBlock(PROSE, """
                services:
                  Order Service:
                    packages: [com.acme.orders..]
                    modules: [orders-app]
                    tables: [orders]
                  inventory:
                    packages: com.acme.inventory..
                """));
        Service orders = model.service("order").orElseThrow();

        assertThat(model.services()).hasSize(2);
        assertThat(orders.packages()).containsExactly("com.acme.orders..");
        assertThat(orders.modules()).containsExactly("orders-app");
        assertThat(orders.ownedTables()).containsExactly("orders");
        assertThat(model.service("inventory").orElseThrow().packages()).containsExactly("com.acme.inventory..");
        assertThat(model.table("orders")).get().extracting(Table::owner).isEqualTo("Order Service");
    }

    @Test
    void servicesOnlyInTheBlockAreServicesToo() {
        String doc = withBlock(PROSE, "services:\n  Payment Service:\n    packages: [com.acme.payments..]\n");
        Service payment = Docs.model(doc).service("payment").orElseThrow();

        assertThat(payment.name()).isEqualTo("Payment Service");
        assertThat(payment.position().line()).isEqualTo(Docs.lineOf(doc, "  Payment Service:"));
    }

    @Test
    void sharedPackagesAndBasePath() {
        var model = Docs.model(withBlock(PROSE, "shared: [com.acme.common.., com.acme.money..]\nbase-path: /api/\n"));
        assertThat(model.sharedPackages()).containsExactly("com.acme.common..", "com.acme.money..");
        assertThat(model.basePath()).isEqualTo("/api");
    }

    @Test
    void dependsOnInTheBlockWinsOverProse() {
        var model = Docs.model(withBlock(PROSE + "### Payment Service\n", """
                services:
                  Order Service: {depends-on: [Payment]}
                """));
        assertThat(model.dependencies()).extracting(d -> d.from() + " -> " + d.to())
                .containsExactly("Order Service -> Payment Service");
    }

    @Test
    void tablesInTheBlockWinOverTheDocumentsOtherOwners() {
        var model = Docs.model(withBlock("### Order Service\n**Owns data:** stock\n### Inventory Service\n",
                "services:\n  Inventory Service: {tables: [stock]}\n"));
        assertThat(model.table("stock")).get().extracting(Table::owner).isEqualTo("Inventory Service");
    }

    @Test
    void yamlThatDoesNotParseIsAnErrorAtItsLine() {
        String doc = withBlock(PROSE, "services:\n  Order Service:\n    packages: [com.acme.orders..\n  bad: : :\n");
        List<Violation> errors = Docs.findings(doc, "doc-yaml");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).startsWith("The yaml architect block does not parse: ").doesNotContain("\n");
            assertThat(e.location().line()).isBetween(Docs.lineOf(doc, "services:"), Docs.lineOf(doc, "bad: : :") + 1);
        });
        assertThat(Docs.model(doc).services()).hasSize(2);
    }

    @Test
    void anUnknownTopLevelKeyIsAnErrorWithASuggestion() {
        String doc = withBlock(PROSE, "services: {}\nbasepath: /api\n");
        assertThat(Docs.findings(doc, "doc-unknown-key")).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("\"basepath\"");
            assertThat(e.hint()).contains("base-path");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "basepath: /api"));
        });
    }

    @Test
    void anUnknownServiceKeyIsAnError() {
        String doc = withBlock(PROSE, "services:\n  Order Service:\n    package: [com.acme..]\n");
        assertThat(Docs.findings(doc, "doc-unknown-key")).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("\"package\"").contains("Order Service");
            assertThat(e.hint()).contains("packages");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "package: [com.acme..]"));
        });
    }

    @Test
    void anUnknownServiceInDependsOnIsAnError() {
        String doc = withBlock(PROSE, "services:\n  Order Service:\n    depends-on: [Shipping]\n");
        assertThat(Docs.findings(doc, "doc-unknown-service")).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("Shipping");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "depends-on: [Shipping]"));
        });
    }

    @Test
    void aBasePathThatIsNotAPathIsAnError() {
        assertThat(Docs.findings(withBlock(PROSE, "base-path: api\n"), "doc-yaml")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("base-path"));
    }

    @Test
    void anOrdinaryYamlBlockIsNotTheArchitectBlock() {
        String doc = withBlock(PROSE, "services: {}\n").replace("```yaml architect", "```yaml");
        assertThat(Docs.parse(doc).findings()).isEmpty();
        assertThat(Docs.model(doc).basePath()).isNull();
    }
}
