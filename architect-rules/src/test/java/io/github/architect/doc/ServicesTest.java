package io.github.architect.doc;

import io.github.architect.check.Violation;
import io.github.architect.model.Service;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServicesTest {

    @Test
    void subHeadingsOfSectionThreeAreServices() {
        String doc = Docs.withServices("""
                ### Order Service
                Takes orders.
                ### Inventory Service
                Keeps stock.
                """);
        List<Service> services = Docs.model(doc).services();

        assertThat(services).extracting(Service::name).containsExactly("Order Service", "Inventory Service");
        assertThat(services.get(1).position().line()).isEqualTo(Docs.lineOf(doc, "### Inventory Service"));
        assertThat(services.get(1).position().column()).isEqualTo(1);
    }

    @Test
    void numberingEmphasisAndParentheticalsAreNotPartOfTheName() {
        String doc = Docs.withServices("### 3.1 **Ledger Service** (core)\n#### 3.1.2 _Billing Service_ - invoices\n");
        assertThat(Docs.model(doc).services()).extracting(Service::name).containsExactly("Ledger Service", "Billing Service");
    }

    @Test
    void aBacktickedIdIsTheServiceId() {
        String doc = Docs.withServices("### Inventory Service (`inventory-svc`)\n");
        Service service = Docs.model(doc).services().get(0);

        assertThat(service.name()).isEqualTo("Inventory Service");
        assertThat(service.id()).isEqualTo("inventory-svc");
        assertThat(service.isNamed("inventory-svc")).isTrue();
    }

    @Test
    void rowsOfATableWhoseFirstColumnNamesServices() {
        String doc = Docs.withServices("""
                | Service | Responsibility |
                |---------|----------------|
                | **Order Service** | takes orders |
                | Payment Service | charges cards |
                """);
        List<Service> services = Docs.model(doc).services();

        assertThat(services).extracting(Service::name).containsExactly("Order Service", "Payment Service");
        assertThat(services.get(1).position().line()).isEqualTo(Docs.lineOf(doc, "| Payment Service"));
    }

    @Test
    void aTableOfSomethingElseDeclaresNoService() {
        String doc = Docs.withServices("""
                ### Order Service
                | Setting | Value |
                |---|---|
                | Port | 8080 |
                """);
        assertThat(Docs.model(doc).services()).extracting(Service::name).containsExactly("Order Service");
    }

    @Test
    void aHeadingThatGroupsServicesIsNotAService() {
        String doc = Docs.withServices("""
                ### 3.1 Core Services
                #### 3.1.1 Order Service
                #### 3.1.2 Payment Service
                ### 3.2 Edge
                #### Gateway
                """);
        assertThat(Docs.model(doc).services()).extracting(Service::name)
                .containsExactly("Order Service", "Payment Service", "Gateway");
    }

    @Test
    void subHeadingsDescribingAServiceAreNotServices() {
        String doc = Docs.withServices("""
                ### Order Service
                #### Responsibilities
                - take orders
                #### Dependencies
                - Payment Service
                ### Payment Service
                #### API
                """);
        assertThat(Docs.model(doc).services()).extracting(Service::name).containsExactly("Order Service", "Payment Service");
    }

    @Test
    void namesCompareCaseInsensitivelyWithOrWithoutService() {
        var model = Docs.model(Docs.withServices("### Order Service\n### PaymentService\n"));

        assertThat(model.service("order")).get().extracting(Service::name).isEqualTo("Order Service");
        assertThat(model.service("ORDER SERVICE")).isPresent();
        assertThat(model.service("order-service")).isPresent();
        assertThat(model.service("Payment")).get().extracting(Service::name).isEqualTo("PaymentService");
        assertThat(model.service("Shipping")).isEmpty();
    }

    @Test
    void aLabelBeforeTheColonIsNotTheName() {
        String doc = Docs.withServices("### Primary Service: Public Artists API\n### Order Service: takes orders\n");
        assertThat(Docs.model(doc).services()).extracting(Service::name).containsExactly("Public Artists API", "Order Service");
    }

    @Test
    void aServiceDeclaredTwiceIsAnErrorNamingBothLines() {
        String doc = Docs.withServices("### Order Service\n### 3.2 order service\n");
        List<Violation> errors = Docs.findings(doc, "doc-duplicate-service");
        int first = Docs.lineOf(doc, "### Order Service");
        int second = Docs.lineOf(doc, "### 3.2 order service");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.message()).contains("lines " + first + " and " + second);
            assertThat(e.location().line()).isEqualTo(second);
        });
        assertThat(Docs.model(doc).services()).hasSize(1);
    }

    @Test
    void aSectionWithoutServicesIsAnError() {
        String doc = Docs.withServices("We have not decided yet.\n");
        List<Violation> errors = Docs.findings(doc, "doc-no-services");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.location().line()).isEqualTo(Docs.lineOf(doc, "## 3. Service Definitions"));
            assertThat(e.hint()).contains("### <Name> Service");
        });
    }

    @Test
    void aDocumentWithoutServiceDefinitionsIsAnError() {
        String doc = "## 1. Executive Summary\nA shop.\n";
        assertThat(Docs.findings(doc, "doc-no-services")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("no Service Definitions section"));
        assertThat(Docs.parse(doc).hasErrors()).isTrue();
    }

    @Test
    void ownsDataEntriesFillTheServicesTables() {
        String doc = Docs.withServices("""
                ### Order Service
                **Owns data:** `orders`, order_lines (one per item)
                ### Payment Service
                - Data owned:
                  - payments
                """);
        var model = Docs.model(doc);
        assertThat(model.service("Order").orElseThrow().ownedTables()).containsExactly("orders", "order_lines");
        assertThat(model.service("Payment").orElseThrow().ownedTables()).containsExactly("payments");
    }
}
