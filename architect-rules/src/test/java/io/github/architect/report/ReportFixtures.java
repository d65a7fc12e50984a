package io.github.architect.report;

import io.github.architect.check.ServiceEdge;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;

import java.nio.file.Path;
import java.util.List;

/** A small build: three services, two declared dependencies, and findings of two rules. */
final class ReportFixtures {

    static final Rule UNDECLARED = new Rule("undeclared-dependency", Severity.ERROR,
            "Service uses another service it does not declare",
            "Code of one service calls code of a service its section 3 entry does not depend on.",
            "Declare the dependency in architecture.md or remove the call.");
    static final Rule MISSING_ENDPOINT = new Rule("missing-endpoint", Severity.WARN,
            "Declared endpoint not implemented", "An endpoint of section 4 has no handler.",
            "Implement the endpoint or remove it from section 4.");

    private ReportFixtures() {
    }

    static ArchitectureModel model(Path root) {
        Path doc = root.resolve("architecture.md");
        return ArchitectureModel.builder(doc)
                .services(List.of(new Service("Order Service", Position.of(20, 1)),
                        new Service("Catalog Service", Position.of(30, 1)), new Service("Billing Service", Position.of(40, 1))))
                .dependencies(List.of(new Dependency("Order Service", "Catalog Service", Position.of(22, 3)),
                        new Dependency("Billing Service", "Order", Position.of(42, 3))))
                .build();
    }

    static Violation undeclared(Path root, int line) {
        return Violation.builder(UNDECLARED)
                .at(Location.of(root.resolve("orders/src/main/java/com/acme/orders/OrderApi.java"), line, 5))
                .message("Order Service uses Billing Service (com.acme.orders.OrderApi -> com.acme.billing.Invoices)"
                        + " but architecture.md does not declare Order -> Billing.")
                .hint("Add 'Depends on: Billing Service' to Order Service in section 3.")
                .documentLocation(Location.of(root.resolve("architecture.md"), 20, 1))
                .service("Order Service")
                .subjects("com.acme.orders.OrderApi", "com.acme.billing.Invoices")
                .build();
    }

    static Violation missingEndpoint(Path root) {
        return Violation.builder(MISSING_ENDPOINT)
                .at(Location.of(root.resolve("architecture.md"), 55, 1))
                .message("GET /orders/{id} is declared for Order Service but no controller maps it.")
                .hint("Add a @GetMapping(\"/orders/{id}\") handler or remove the endpoint.")
                .service("Order")
                .subjects("GET /orders/{}")
                .build();
    }

    static Report report(Path root, List<Violation> violations, List<ServiceEdge> used) {
        return new Report("0.1.0-SNAPSHOT", model(root), List.of(UNDECLARED, MISSING_ENDPOINT), violations, root, used);
    }

    static Report report(Path root) {
        return report(root, List.of(undeclared(root, 12), missingEndpoint(root)),
                List.of(new ServiceEdge("Order", "Catalog")));
    }
}
