package io.github.architect.mapping;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Position;
import io.github.architect.model.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceMappingTest {

    @TempDir
    Path root;

    private static Service service(String name, int line) {
        return new Service(name, Position.of(line, 1));
    }

    private static Service yamlService(String name, List<String> packages, List<String> modules) {
        return new Service(name, null, Position.of(3, 1), packages, modules, List.of());
    }

    private ArchitectureModel model(List<String> shared, Service... services) {
        return ArchitectureModel.builder(root.resolve("architecture.md")).services(Arrays.asList(services))
                .sharedPackages(shared).build();
    }

    private ArchitectureModel model(Service... services) {
        return model(List.of(), services);
    }

    private CodeModule module(String directory, String... classes) throws IOException {
        Path base = directory.isEmpty() ? root : root.resolve(directory);
        for (String className : classes) {
            Path file = base.resolve("src/main/java").resolve(className.replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "// fixture\n");
        }
        String artifactId = directory.isEmpty() ? "shop" : base.getFileName().toString();
        return CodeModule.conventional(artifactId, base);
    }

    private static String name(Optional<Service> service) {
        return service.map(Service::name).orElse("(none)");
    }

    @Test
    void packageSegmentMatchesSlugSingularOrPlural() throws IOException {
        CodeModule app = module("", "com.shop.orders.OrderController", "com.shop.order.Order", "com.shop.inventories.Stock");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), service("Inventory Service", 9)),
                Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.shop.orders.OrderController"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(app, "com.shop.order.Order"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(app, "com.shop.inventories.Stock"))).isEqualTo("Inventory Service");
        assertThat(name(mapping.serviceOf(app, "com.shop.ordering.Thing"))).isEqualTo("(none)");
    }

    @Test
    void segmentMayCarryAGenericWordAtTheEnd() throws IOException {
        CodeModule app = module("");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), service("User Management", 7)),
                Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.acme.orderservice.web.OrderController"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(app, "com.acme.orders_api.Dto"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(app, "com.acme.usermanagementservice.User"))).isEqualTo("User Management");
        assertThat(name(mapping.serviceOf(app, "com.acme.service.Helper"))).isEqualTo("(none)");
    }

    @Test
    void multiWordServiceMatchesJoinedOrUnderscoredSegment() throws IOException {
        CodeModule app = module("");
        ServiceMapping mapping = ServiceMapper.map(model(service("User Management Service", 5)), Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.acme.usermanagement.UserController"))).isEqualTo("User Management Service");
        assertThat(name(mapping.serviceOf(app, "com.acme.user_management.User"))).isEqualTo("User Management Service");
        assertThat(mapping.resolve(app, "com.acme.usermanagement").reason()).isEqualTo("package segment 'usermanagement'");
        assertThat(mapping.resolve(app, "com.acme.user").reason()).as("only as a last resort")
                .isEqualTo("package segment 'user', a word of User Management Service");
    }

    @Test
    void aMultiWordServiceFallsBackOnAWordNoOtherServiceUses() throws IOException {
        CodeModule app = module("");
        ServiceMapping mapping = ServiceMapper.map(model(service("Product Catalog Service", 5),
                service("User Management", 7), service("User Profile Service", 9), service("Order Service", 11)),
                Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.shop.catalog.Product"))).isEqualTo("Product Catalog Service");
        assertThat(name(mapping.serviceOf(app, "com.shop.products.Product"))).isEqualTo("Product Catalog Service");
        assertThat(name(mapping.serviceOf(app, "com.shop.profile.Avatar"))).isEqualTo("User Profile Service");
        assertThat(name(mapping.serviceOf(app, "com.shop.user.Login"))).as("'user' names two services").isEqualTo("(none)");
        assertThat(name(mapping.serviceOf(app, "com.shop.orders.catalog.Client")))
                .as("a full slug outranks a word of another").isEqualTo("Order Service");
    }

    @Test
    void aModuleCarryingOneOwnWordOfAServiceBelongsToIt() throws IOException {
        CodeModule catalog = module("catalog-service");
        CodeModule orders = module("orders");
        ServiceMapping mapping = ServiceMapper.map(model(service("Product Catalog Service", 5), service("Order Service", 7)),
                Codebase.of(root, catalog, orders));

        assertThat(name(mapping.serviceOf(catalog, "com.shop.Anything"))).isEqualTo("Product Catalog Service");
        assertThat(name(mapping.serviceOf(orders, "com.shop.Anything"))).isEqualTo("Order Service");
    }

    @Test
    void genericWordsAreDroppedFromTheSlug() throws IOException {
        CodeModule app = module("");
        ServiceMapping mapping = ServiceMapper.map(model(service("Payments API Microservice", 5), service("API Gateway", 8)),
                Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.acme.payments.PaymentController"))).isEqualTo("Payments API Microservice");
        assertThat(name(mapping.serviceOf(app, "com.acme.payment.Payment"))).isEqualTo("Payments API Microservice");
        assertThat(name(mapping.serviceOf(app, "com.acme.gateway.Routes"))).isEqualTo("API Gateway");
        assertThat(name(mapping.serviceOf(app, "com.acme.api.Dto"))).isEqualTo("(none)");
    }

    @Test
    void moduleNamedAfterTheServiceOwnsAllItsCodeWhateverThePackages() throws IOException {
        CodeModule orders = module("orders-service", "com.shop.orders.clients.catalog.CatalogClient");
        CodeModule inventory = module("inventory", "com.shop.stock.Stock");
        CodeModule catalog = module("catalog", "com.shop.catalog.Product");
        ServiceMapping mapping = ServiceMapper.map(
                model(service("Order Service", 5), service("Catalog Service", 7), service("Inventory Service", 9)),
                Codebase.of(root, orders, inventory, catalog));

        assertThat(name(mapping.serviceOf(orders, "com.shop.orders.clients.catalog.CatalogClient"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(inventory, "com.shop.stock.Stock"))).isEqualTo("Inventory Service");
        assertThat(mapping.conflicts()).isEmpty();
        assertThat(mapping.moduleResolution(orders).reason()).contains("orders-service");
    }

    @Test
    void moduleMatchesByDirectoryNameAndByNameWithAPrefix() throws IOException {
        Path dir = root.resolve("inventory");
        CodeModule byDirectory = new CodeModule("acme-stock-keeper", dir, "jar", List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve("target/classes")), List.of(), List.of(), java.util.Set.of(), dir.resolve("pom.xml"));
        CodeModule prefixed = module("spring-petclinic-customers-service");
        ServiceMapping mapping = ServiceMapper.map(model(service("Inventory Service", 5), service("Customers Service", 7)),
                Codebase.of(root, byDirectory, prefixed));

        assertThat(name(mapping.serviceOf(byDirectory, "com.acme.Anything"))).isEqualTo("Inventory Service");
        assertThat(name(mapping.serviceOf(prefixed, "org.petclinic.owners.Owner"))).isEqualTo("Customers Service");
    }

    @Test
    void modulesNestedInAServiceModuleBelongToIt() throws IOException {
        CodeModule parent = new CodeModule("orders", root.resolve("orders"), "pom", List.of(), List.of(), List.of(),
                List.of(), java.util.Set.of(), null);
        CodeModule core = module("orders/orders-core");
        CodeModule web = module("orders/web");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5)), Codebase.of(root, parent, core, web));

        assertThat(name(mapping.serviceOf(core, "com.shop.domain.Order"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(web, "com.shop.web.OrderController"))).isEqualTo("Order Service");
    }

    @Test
    void theRootProjectOfASingleModuleBuildIsMappedByPackagesNotByItsName() throws IOException {
        CodeModule single = new CodeModule("order-platform", root, "jar", List.of(root.resolve("src/main/java")),
                List.of(), List.of(), List.of(), java.util.Set.of(), null);
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), service("Billing Service", 7)),
                Codebase.of(root, single));

        assertThat(name(mapping.serviceOf(single, "com.acme.billing.Invoice"))).isEqualTo("Billing Service");
        assertThat(name(mapping.serviceOf(single, "com.acme.shared.Money"))).isEqualTo("(none)");
    }

    @Test
    void yamlPackagesComeFirstThenYamlModules() throws IOException {
        CodeModule orders = module("orders", "com.acme.ord.OrderController", "com.acme.legacy.Billing");
        CodeModule misc = module("misc-stuff", "com.acme.misc.Thing");
        ServiceMapping mapping = ServiceMapper.map(model(
                        yamlService("Order Service", List.of("com.acme.ord.."), List.of()),
                        yamlService("Billing Service", List.of("com.acme.legacy"), List.of()),
                        yamlService("Catalog Service", List.of(), List.of("misc-stuff"))),
                Codebase.of(root, orders, misc));

        assertThat(name(mapping.serviceOf(orders, "com.acme.ord.OrderController"))).isEqualTo("Order Service");
        // a plain package name means the package and its subpackages; packages outrank the module name
        assertThat(name(mapping.serviceOf(orders, "com.acme.legacy.sub.Billing"))).isEqualTo("Billing Service");
        assertThat(name(mapping.serviceOf(misc, "com.acme.misc.Thing"))).isEqualTo("Catalog Service");
        assertThat(mapping.resolve(misc, "com.acme.misc").reason()).contains("yaml");
    }

    @Test
    void aServiceMappedInTheYamlBlockIsNotAlsoMappedBySlug() throws IOException {
        CodeModule app = module("", "com.acme.ord.OrderController", "com.acme.orders.Legacy");
        ServiceMapping mapping = ServiceMapper.map(model(yamlService("Order Service", List.of("com.acme.ord.."), List.of())),
                Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.acme.orders.Legacy"))).isEqualTo("(none)");
    }

    @Test
    void sharedPackagesAndModulesBelongToNoService() throws IOException {
        CodeModule orders = module("orders", "com.shop.orders.kernel.Money");
        CodeModule lib = module("catalog-commons", "com.shop.catalog.util.Strings");
        ServiceMapping mapping = ServiceMapper.map(model(List.of("com.shop.orders.kernel", "catalog-commons"),
                        service("Order Service", 5), service("Catalog Service", 7)),
                Codebase.of(root, orders, lib));

        assertThat(mapping.serviceOf(orders, "com.shop.orders.kernel.Money")).isEmpty();
        assertThat(mapping.serviceOf(lib, "com.shop.catalog.util.Strings")).isEmpty();
    }

    @Test
    void aPackageMatchedByTwoServicesIsAConflictNamingBoth() throws IOException {
        CodeModule app = module("", "com.shop.orders.clients.catalog.CatalogClient", "com.shop.orders.Order");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), service("Catalog Service", 7)),
                Codebase.of(root, app));

        assertThat(name(mapping.serviceOf(app, "com.shop.orders.clients.catalog.CatalogClient"))).isEqualTo("Order Service");
        assertThat(mapping.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.packageName()).isEqualTo("com.shop.orders.clients.catalog");
            assertThat(conflict.serviceNames()).isEqualTo("Order Service and Catalog Service");
        });
    }

    @Test
    void aModuleNamedAfterTwoServicesIsAConflict() throws IOException {
        CodeModule both = module("orders-catalog-bridge", "com.shop.bridge.Bridge");
        CodeModule other = module("tools");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), service("Catalog Service", 7)),
                Codebase.of(root, both, other));

        assertThat(mapping.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.packageName()).isNull();
            assertThat(conflict.module().artifactId()).isEqualTo("orders-catalog-bridge");
            assertThat(conflict.serviceNames()).contains("Order Service", "Catalog Service");
        });
    }

    @Test
    void findsServicesWithoutCodeAndSaysWhereItLooked() throws IOException {
        CodeModule orders = module("orders", "com.shop.orders.Order");
        CodeModule common = module("common", "com.shop.common.Money");
        Service inventory = service("Inventory Service", 9);
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), inventory),
                Codebase.of(root, orders, common));

        assertThat(mapping.servicesWithoutCode()).containsExactly(inventory);
        assertThat(mapping.whereLooked(inventory))
                .contains("inventory-service", "inventory", "inventories")
                .contains("2 modules (orders, common)").contains("2 packages");
    }

    @Test
    void aServiceModuleWithoutSourcesYetStillCountsAsCode() throws IOException {
        CodeModule orders = module("orders");
        CodeModule other = module("tools");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5)), Codebase.of(root, orders, other));

        assertThat(mapping.servicesWithoutCode()).isEmpty();
    }

    @Test
    void describesTheMappingPerService() throws IOException {
        CodeModule orders = module("orders", "com.shop.orders.Order");
        CodeModule common = module("common", "com.shop.common.Money");
        ServiceMapping mapping = ServiceMapper.map(model(service("Order Service", 5), service("Inventory Service", 9)),
                Codebase.of(root, orders, common));

        assertThat(mapping.describe()).containsExactly(
                "Order Service <- orders: com.shop.orders [module orders]",
                "Inventory Service <- no code",
                "no service (usable by all) <- common: com.shop.common [no mapping rule matched]");
    }

    @Test
    void namesInAnyScriptMapByPackageAndByTheYamlBlock() throws IOException {
        CodeModule app = module("", "com.shop.уведомления.Sender", "com.shop.orders.Order");
        CodeModule tokyo = module("notifications-jp", "jp.shop.Tsuuchi");
        ServiceMapping mapping = ServiceMapper.map(model(service("Уведомления", 5), service("通知サービス", 7),
                yamlService("通知サービス2", List.of(), List.of("notifications-jp")), service("Order Service", 9)),
                Codebase.of(root, app, tokyo));

        assertThat(name(mapping.serviceOf(app, "com.shop.уведомления.Sender"))).isEqualTo("Уведомления");
        assertThat(name(mapping.serviceOf(app, "com.shop.orders.Order"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(tokyo, "jp.shop.Tsuuchi"))).isEqualTo("通知サービス2");
        assertThat(mapping.servicesWithoutCode()).extracting(Service::name).containsExactly("通知サービス");
        assertThat(mapping.whereLooked(service("通知サービス", 7))).contains("通知サービス");
    }

    @Test
    void aNameWithoutALetterOrDigitMapsOnlyThroughTheYamlBlock() throws IOException {
        CodeModule app = module("", "com.shop.orders.Order");
        CodeModule tilde = module("tilde", "com.shop.tilde.T");
        Service empty = service("", 3);
        Service tildes = service("~~", 5);
        ServiceMapping mapping = ServiceMapper.map(model(empty, tildes, yamlService("~", List.of(), List.of("tilde")),
                service("Order Service", 9)), Codebase.of(root, app, tilde));

        assertThat(name(mapping.serviceOf(app, "com.shop.orders.Order"))).isEqualTo("Order Service");
        assertThat(name(mapping.serviceOf(tilde, "com.shop.tilde.T"))).isEqualTo("~");
        assertThat(mapping.servicesWithoutCode()).extracting(Service::name).containsExactly("", "~~");
        assertThat(mapping.whereLooked(tildes)).startsWith("nowhere by name: \"~~\" has no letter or digit")
                .contains("yaml block");
        assertThat(mapping.describe()).isNotEmpty();
        assertThat(ServiceMapper.refersTo(tildes, "~~")).isTrue();
        assertThat(ServiceMapper.refersTo(tildes, "Order")).isFalse();
        assertThat(ServiceMapper.refersTo(service("Order Service", 9), "~~")).isFalse();
    }

    @Test
    void wordsAreLettersAndDigitsOfAnyScript() {
        assertThat(ServiceSlug.significantWords("Сервис уведомлений")).containsExactly("сервис", "уведомлений");
        assertThat(ServiceSlug.significantWords("通知サービス")).containsExactly("通知サービス");
        assertThat(ServiceSlug.significantWords("ServiçoDePagamentos")).containsExactly("serviço", "de", "pagamentos");
        assertThat(ServiceSlug.significantWords("~~")).isEmpty();
        assertThat(ServiceSlug.of(service("~~", 1)).wordVariants()).isEmpty();
        assertThat(ServiceSlug.of(service("Уведомления", 1)).wordVariants()).containsExactly(List.of("уведомления"));
        assertThat(ServiceSlug.of(service("Order Service", 1)).wordVariants())
                .containsExactly(List.of("order"), List.of("orders"));
    }
}
