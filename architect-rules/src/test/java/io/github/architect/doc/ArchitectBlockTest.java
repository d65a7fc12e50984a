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

    @Test
    void anEmptyOrNullServiceNameIsAnErrorAtItsLineAndNoService() {
        String doc = withBlock(PROSE, "services:\n  \"\": {modules: [orders]}\n  ~: {modules: [stock]}\n  Order Service: {modules: [orders-app]}\n");

        assertThat(Docs.findings(doc, "doc-yaml")).extracting(v -> v.location().line(), Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "  \"\": {modules"),
                                "A service of the yaml architect block has an empty name (\"\")"),
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "  ~: {modules"),
                                "A service of the yaml architect block has an empty name (~)"));
        assertThat(Docs.findings(doc, "doc-yaml")).extracting(v -> v.location().column()).containsExactly(3, 3);
        assertThat(Docs.model(doc).services()).extracting(Service::name).containsExactly("Order Service", "Inventory Service");
        assertThat(Docs.model(doc).service("order").orElseThrow().modules()).containsExactly("orders-app");
    }

    @Test
    void anEmptyItemInAListIsAnErrorAndNoName() {
        String doc = withBlock(PROSE, "services:\n  Order Service:\n    modules: [~, orders, \"\"]\n");

        assertThat(Docs.findings(doc, "doc-yaml")).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("modules of Order Service has an empty item (~ or \"\")");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "    modules: [~"));
        });
        assertThat(Docs.model(doc).service("order").orElseThrow().modules()).containsExactly("orders");

        String blank = withBlock(PROSE, "services:\n  Order Service:\n    modules: \"\"\n");
        assertThat(Docs.findings(blank, "doc-yaml")).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("modules of Order Service is empty (\"\")");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(blank, "    modules: \"\""));
        });
        assertThat(Docs.model(blank).service("order").orElseThrow().modules()).isEmpty();
    }

    @Test
    void namesInAnyScriptAreServicesOfTheBlock() {
        String doc = withBlock("### Сервис уведомлений\n### 通知サービス\n", """
                services:
                  Сервис уведомлений: {modules: [notifications], depends-on: [通知サービス]}
                  "~~": {packages: [com.acme.tilde..]}
                """);

        assertThat(Docs.parse(doc).findings()).filteredOn(v -> v.severity() == io.github.architect.check.Severity.ERROR).isEmpty();
        var model = Docs.model(doc);
        assertThat(model.services()).extracting(Service::name).containsExactly("Сервис уведомлений", "通知サービス", "~~");
        assertThat(model.service("сервис уведомлений").orElseThrow().modules()).containsExactly("notifications");
        assertThat(model.dependencies()).extracting(d -> d.from() + " -> " + d.to())
                .containsExactly("Сервис уведомлений -> 通知サービス");
    }

    @Test
    void aKeyWrittenTwiceIsAnErrorAtItsSecondLine() {
        String doc = withBlock(PROSE, """
                services:
                  Order Service:
                    modules: [orders]
                    modules: [orders-app]
                  Inventory Service: {packages: [a..], packages: [b..]}
                  Order Service: {tables: [orders]}
                shared: [com.acme.common..]
                """);

        assertThat(Docs.findings(doc, "doc-yaml")).extracting(v -> v.location().line(), Violation::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "    modules: [orders-app]"),
                                "\"modules\" is written twice in the yaml architect block (lines "
                                        + Docs.lineOf(doc, "    modules: [orders]") + " and "
                                        + Docs.lineOf(doc, "    modules: [orders-app]") + "); the second would replace the first"),
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "  Inventory Service: {packages"),
                                "\"packages\" is written twice in the yaml architect block (line "
                                        + Docs.lineOf(doc, "  Inventory Service: {packages") + "); the second would replace the first"),
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "  Order Service: {tables"),
                                "\"Order Service\" is written twice in the yaml architect block (lines "
                                        + Docs.lineOf(doc, "  Order Service:") + " and "
                                        + Docs.lineOf(doc, "  Order Service: {tables") + "); the second would replace the first"));
        assertThat(Docs.findings(doc, "doc-yaml")).allSatisfy(v -> assertThat(v.hint()).contains("Merge"));
    }

    @Test
    void aYamlErrorSaysWhatWasExpectedAndWhereTheProblemIs() {
        String doc = withBlock(PROSE, "services:\n  Order Service:\n    modules: [orders]\n   bad: 1\n");
        assertThat(Docs.findings(doc, "doc-yaml")).singleElement().satisfies(e -> {
            assertThat(e.message()).isEqualTo("The yaml architect block does not parse: expected <block end>, but found"
                    + " '<block mapping start>' (in the block mapping that starts at line " + Docs.lineOf(doc, "  Order Service:") + ")");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "   bad: 1"));
            assertThat(e.location().column()).isEqualTo(4);
            assertThat(e.hint()).contains("indent");
        });
    }

    @Test
    void aTabIsReportedAtItsLine() {
        String doc = withBlock(PROSE, "services:\n\tOrder Service: {}\n");
        assertThat(Docs.findings(doc, "doc-yaml")).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("TAB").contains("indentation");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "\tOrder Service"));
        });
    }
}
