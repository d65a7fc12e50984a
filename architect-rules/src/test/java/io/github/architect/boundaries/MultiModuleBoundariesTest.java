package io.github.architect.boundaries;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Modules mapped by name: a service module using another service's classes and depending on its module. */
class MultiModuleBoundariesTest {

    @TempDir
    static Path root;

    private static CodeModule orders;
    private static CodeModule catalog;
    private static CodeModule common;
    private static CodeModule payments;
    private static Codebase codebase;

    @BeforeAll
    static void compileModules() throws IOException {
        common = module("common", List.of());
        JavaFixtures.compile(root.resolve("common"), Map.of("com.shop.common.Money",
                "package com.shop.common;\npublic class Money { }\n"));
        catalog = module("catalog-service", List.of("common"));
        JavaFixtures.compile(root.resolve("catalog-service"), Map.of("com.shop.catalog.Product",
                "package com.shop.catalog;\npublic class Product { public com.shop.common.Money price() { return null; } }\n"),
                root.resolve("common/target/classes"));
        payments = module("payments", List.of());
        JavaFixtures.compile(root.resolve("payments"), Map.of("com.shop.pay.Gateway",
                "package com.shop.pay;\npublic class Gateway { }\n"));
        orders = module("orders-service", List.of("common", "catalog-service", "payments"));
        JavaFixtures.compile(root.resolve("orders-service"), Map.of(
                        "com.shop.orders.clients.catalog.CatalogClient", """
                                package com.shop.orders.clients.catalog;
                                import com.shop.catalog.Product;
                                public class CatalogClient {
                                    public Product fetch() {
                                        return new Product();
                                    }
                                }
                                """,
                        "com.shop.orders.Checkout", """
                                package com.shop.orders;
                                public class Checkout {
                                    com.shop.common.Money total;
                                    com.shop.pay.Gateway gateway;
                                }
                                """),
                root.resolve("common/target/classes"), root.resolve("catalog-service/target/classes"),
                root.resolve("payments/target/classes"));
        Files.writeString(root.resolve("orders-service/pom.xml"), """
                <project>
                  <artifactId>orders-service</artifactId>
                  <dependencies>
                    <dependency>
                      <groupId>com.shop</groupId>
                      <artifactId>catalog-service</artifactId>
                    </dependency>
                  </dependencies>
                </project>
                """);
        codebase = Codebase.of(root, new CodeModule("shop", root, "pom", List.of(), List.of(), List.of(), List.of(), Set.of(),
                root.resolve("pom.xml")), common, catalog, payments, orders);
    }

    /** Stock compiled outside every module, so that the inventory module itself has sources only. */
    private static Path stockClasses() {
        Path elsewhere = root.resolve("elsewhere");
        JavaFixtures.compile(elsewhere, Map.of("com.shop.stock.Stock", "package com.shop.stock;\npublic class Stock { }\n"));
        return elsewhere.resolve("target/classes");
    }

    private static CodeModule module(String name, List<String> dependencies) {
        CodeModule conventional = CodeModule.conventional(name, root.resolve(name));
        return new CodeModule(name, conventional.baseDirectory(), "jar", conventional.sourceRoots(),
                conventional.classesDirectories(), conventional.resourceDirectories(), dependencies, Set.of(),
                conventional.pomFile());
    }

    private static ArchitectureModel model(List<Dependency> dependencies, Service... services) {
        return ArchitectureModel.builder(root.resolve("architecture.md")).services(List.of(services))
                .dependencies(dependencies).build();
    }

    private static CheckContext context(ArchitectureModel model) {
        return new CheckContext(model, codebase, ServiceMapper.map(model, codebase), Map.of());
    }

    private static final Service ORDERS = new Service("Order Service", Position.of(10, 1));
    private static final Service CATALOG = new Service("Catalog Service", Position.of(20, 1));
    private static final Service PAYMENTS = new Service("Payment Service", Position.of(30, 1));

    @Test
    void aServiceModuleImportingAnotherServicesClassFailsAtTheLineAndAtThePom() {
        CheckContext context = context(model(List.of(new Dependency("Order Service", "Payments", Position.of(40, 1))),
                ORDERS, CATALOG, PAYMENTS));

        List<Violation> found = new ServiceBoundariesCheck().checkModule(context, orders);

        assertThat(found).filteredOn(v -> v.ruleId().equals("undeclared-dependency"))
                .extracting(v -> v.location().file().getFileName() + ":" + v.location().line() + " " + v.subjects())
                .containsExactlyInAnyOrder(
                        "CatalogClient.java:4 [com.shop.orders.clients.catalog.CatalogClient, com.shop.catalog.Product]",
                        "CatalogClient.java:5 [com.shop.orders.clients.catalog.CatalogClient, com.shop.catalog.Product]");
        assertThat(found).filteredOn(v -> v.ruleId().equals("undeclared-module-dependency")).singleElement()
                .satisfies(v -> {
                    assertThat(v.location().file()).isEqualTo(root.resolve("orders-service/pom.xml"));
                    assertThat(v.location().line()).isEqualTo(6);
                    assertThat(v.message()).isEqualTo("Module orders-service of Order Service depends on module "
                            + "catalog-service of Catalog Service, but architecture.md does not declare Order Service -> Catalog Service");
                    assertThat(v.hint()).contains("remove the <dependency> on catalog-service from this pom");
                });
    }

    @Test
    void passesWhenTheDependencyIsDeclared() {
        CheckContext context = context(model(List.of(new Dependency("Order Service", "Catalog Service", Position.of(40, 1)),
                new Dependency("Order", "Payment Service", Position.of(41, 1))), ORDERS, CATALOG, PAYMENTS));

        assertThat(new ServiceBoundariesCheck().checkModule(context, orders)).isEmpty();
        assertThat(new ServiceBoundariesCheck().checkModule(context, catalog)).isEmpty();
    }

    @Test
    void classesOfAModuleNotYetCompiledAreFoundThroughItsSources() throws IOException {
        Path sources = root.resolve("inventory/src/main/java/com/shop/stock");
        Files.createDirectories(sources);
        Files.writeString(sources.resolve("Stock.java"), "package com.shop.stock;\npublic class Stock { }\n");
        CodeModule inventory = CodeModule.conventional("inventory", root.resolve("inventory"));
        Path user = root.resolve("reporting");
        CodeModule reporting = CodeModule.conventional("reporting", user);
        Codebase withInventory = Codebase.of(root, inventory, reporting, catalog);
        JavaFixtures.compile(user, Map.of("com.shop.reporting.Report", """
                package com.shop.reporting;
                public class Report { com.shop.stock.Stock stock; }
                """), stockClasses());
        Service inventoryService = new Service("Inventory Service", Position.of(50, 1));
        Service reportingService = new Service("Reporting Service", Position.of(60, 1));
        ArchitectureModel model = model(List.of(), inventoryService, reportingService, CATALOG);
        CheckContext context = new CheckContext(model, withInventory, ServiceMapper.map(model, withInventory), Map.of());

        assertThat(new ServiceBoundariesCheck().checkModule(context, reporting))
                .filteredOn(v -> v.ruleId().equals("undeclared-dependency")).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("Reporting Service uses Inventory Service"));
    }
}
