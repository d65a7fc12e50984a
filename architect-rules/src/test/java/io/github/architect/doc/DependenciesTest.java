package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.Dependency;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DependenciesTest {

    private static List<String> dependencies(String services) {
        return Docs.model(Docs.withServices(services)).dependencies().stream()
                .map(d -> d.from() + " -> " + d.to()).toList();
    }

    private static final String OTHERS = "### Inventory Service\n### Payment Service\n";

    @Test
    void aBoldDependenciesLineNamingServices() {
        assertThat(dependencies("### Order Service\n**Dependencies:** Inventory Service, Payment Service\n" + OTHERS))
                .containsExactly("Order Service -> Inventory Service", "Order Service -> Payment Service");
    }

    @Test
    void aPlainDependsOnLineWithShortNames() {
        assertThat(dependencies("### Order Service\nDepends on: inventory and payment.\n" + OTHERS))
                .containsExactly("Order Service -> Inventory Service", "Order Service -> Payment Service");
    }

    @Test
    void aCallsBulletAndAnUpstreamBullet() {
        assertThat(dependencies("### Order Service\n- **Calls**: Payment (to charge)\n- Upstream: `inventory-service`\n" + OTHERS))
                .containsExactly("Order Service -> Payment Service", "Order Service -> Inventory Service");
    }

    @Test
    void aLabelFollowedByABulletList() {
        assertThat(dependencies("### Order Service\n**Dependencies:**\n- Inventory Service - reserve stock\n- Payment Service\n\nMore text.\n" + OTHERS))
                .containsExactly("Order Service -> Inventory Service", "Order Service -> Payment Service");
    }

    @Test
    void aDependenciesSubHeadingFollowedByAList() {
        assertThat(dependencies("### Order Service\n#### Dependencies\n* Payment Service\n" + OTHERS))
                .containsExactly("Order Service -> Payment Service");
    }

    @Test
    void noneAndDashesMeanNoDependency() {
        assertThat(dependencies("### Order Service\nDependencies: none\n### Inventory Service\n**Depends on:** —\n### Payment Service\nCalls: -\n"))
                .isEmpty();
    }

    @Test
    void aTableColumnNamedDependsOn() {
        assertThat(dependencies("""
                | Service | Depends on |
                |---|---|
                | Order Service | Inventory, Payment |
                | Inventory Service | none |
                | Payment Service | — |
                """)).containsExactly("Order Service -> Inventory Service", "Order Service -> Payment Service");
    }

    @Test
    void mermaidFlowchartEdgesBetweenServiceNodes() {
        String doc = Docs.withServices("### Order Service\n" + OTHERS).replace("Services talk over HTTP.", """
                ```mermaid
                flowchart LR
                  O[Order Service] -->|reserve| I(Inventory Service)
                  O --> P{{Payment Service}}
                  Client --> O
                ```
                """);
        assertThat(Docs.model(doc).dependencies()).extracting(d -> d.from() + " -> " + d.to())
                .containsExactly("Order Service -> Inventory Service", "Order Service -> Payment Service");
    }

    @Test
    void mermaidEventsAndQueuesAreNotDependencies() {
        String doc = Docs.withServices("### Order Service\n" + OTHERS).replace("Services talk over HTTP.", """
                ```mermaid
                graph TD
                  O[Order Service] -.-> I[Inventory Service]
                  O -->|publishes OrderPlaced event| P[Payment Service]
                  O --> K[(Kafka)] --> I
                  I -- calls --> P
                ```
                """);
        assertThat(Docs.model(doc).dependencies()).extracting(d -> d.from() + " -> " + d.to())
                .containsExactly("Inventory Service -> Payment Service");
    }

    @Test
    void asciiArrowsBetweenServiceNames() {
        String doc = Docs.withServices("### Order Service\n" + OTHERS).replace("Services talk over HTTP.", """
                ```
                Order Service --> Inventory Service
                Inventory -> Payment
                Order Service -> Kafka (publishes OrderPlaced event) -> Payment Service
                ```
                """);
        List<Dependency> dependencies = Docs.model(doc).dependencies();

        assertThat(dependencies).extracting(d -> d.from() + " -> " + d.to())
                .containsExactly("Order Service -> Inventory Service", "Inventory Service -> Payment Service");
        assertThat(dependencies.get(0).position().line()).isEqualTo(Docs.lineOf(doc, "Order Service --> Inventory Service"));
    }

    @Test
    void aDependencyOnAnUndeclaredServiceIsAnErrorWithItsLine() {
        String doc = Docs.withServices("### Order Service\n**Dependencies:** Payment Service, Shipping Service\n" + OTHERS);
        List<Violation> errors = Docs.findings(doc, "doc-unknown-service");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("Order Service").contains("Shipping Service");
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "Shipping Service"));
            assertThat(e.hint()).contains("Declare");
        });
    }

    @Test
    void librariesAndDatabasesInADependenciesListAreNotServices() {
        String doc = Docs.withServices("### Order Service\n**Dependencies:**\n- PostgreSQL (orders)\n- Zod (validation)\n- Payment Service\n" + OTHERS);
        assertThat(Docs.model(doc).dependencies()).extracting(Dependency::to).containsExactly("Payment Service");
        assertThat(Docs.findings(doc, "doc-unknown-service")).isEmpty();
    }

    @Test
    void noDeclaredDependencyMeansNoneIsAllowed() {
        var model = Docs.model(Docs.withServices("### Order Service\n" + OTHERS));
        assertThat(model.dependencies()).isEmpty();
        assertThat(model.allows("Order Service", "Payment Service")).isFalse();
    }

    @Test
    void dependencyLinesBelongToTheServiceAboveThem() {
        var model = Docs.model(Docs.withServices(
                "### Order Service\nDepends on: Payment\n### Inventory Service\n### Payment Service\nDepends on: Inventory\n"));
        assertThat(model.allows("order", "payment")).isTrue();
        assertThat(model.allows("payment", "inventory")).isTrue();
        assertThat(model.allows("inventory", "payment")).isFalse();
    }

    @Test
    void aSelfDependencyIsAWarningAtItsLineAndNoDependency() {
        String doc = Docs.withServices("### Order Service\n**Dependencies:** Order Service, Inventory Service\n" + OTHERS)
                .replace("Services talk over HTTP.", "```mermaid\nflowchart LR\n  inventory[Inventory Service] --> inventory\n```\n")
                .replace("Keep it simple.", "```yaml architect\nservices:\n  Payment Service: {depends-on: [Payment Service]}\n```\n");

        assertThat(Docs.findings(doc, "doc-self-dependency"))
                .extracting(v -> v.location().line(), Violation::message, Violation::severity)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "  inventory[Inventory Service] --> inventory"),
                                "Inventory Service is declared to depend on itself", io.github.architect.check.Severity.WARN),
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "**Dependencies:** Order Service"),
                                "Order Service is declared to depend on itself", io.github.architect.check.Severity.WARN),
                        org.assertj.core.groups.Tuple.tuple(Docs.lineOf(doc, "  Payment Service: {depends-on"),
                                "Payment Service is declared to depend on itself", io.github.architect.check.Severity.WARN));
        assertThat(Docs.findings(doc, "doc-self-dependency")).allSatisfy(v -> assertThat(v.hint())
                .isEqualTo("Remove it: a service may always use its own code."));
        assertThat(Docs.model(doc).dependencies()).extracting(d -> d.from() + " -> " + d.to())
                .containsExactly("Order Service -> Inventory Service");
    }
}
