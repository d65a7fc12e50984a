package io.github.architect.endpoints;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.github.architect.endpoints.Fixture.endpoint;
import static io.github.architect.endpoints.Fixture.service;
import static org.assertj.core.api.Assertions.assertThat;

class EndpointContractCheckTest {

    @TempDir
    Path dir;
    Fixture fixture;
    CodeModule app;
    final EndpointContractCheck check = new EndpointContractCheck();

    @BeforeEach
    void setUp() {
        fixture = new Fixture(dir);
        app = fixture.module("app");
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/orders")
                class OrderController {
                    @GetMapping("/{id}") Object get(@PathVariable long id) { return null; }
                    @PostMapping Object create() { return null; }
                }
                """);
    }

    private List<Violation> verify(CheckContext context) {
        List<Violation> all = new ArrayList<>();
        for (CodeModule module : context.codebase().modules()) {
            all.addAll(check.checkModule(context, module));
        }
        all.addAll(check.checkBuild(context));
        return all;
    }

    @Test
    void passesWhenCodeAndDocumentAgreeWithRenamedParameters() {
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{orderId}", null, 10),
                endpoint("post", "/orders/", null, 11)));

        assertThat(verify(fixture.context(model))).isEmpty();
    }

    @Test
    void saysAtDebugWhyARenamedParameterStillMatches() {
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{orderId}", null, 10),
                endpoint("POST", "/orders", null, 11)));
        List<String> debug = new ArrayList<>();
        CheckContext context = new CheckContext(model, fixture.codebase(), io.github.architect.code.ServiceMap.none(),
                java.util.Map.of(), io.github.architect.cache.ScanCache.disabled(), debug::add);

        assertThat(verify(context)).isEmpty();

        assertThat(debug).singleElement().asString()
                .startsWith("GET /orders/{id} of OrderController.get() at ")
                .contains("matches `GET /orders/{orderId}` declared at ")
                .endsWith("path parameters are compared by position, not by name");
    }

    @Test
    void undeclaredEndpointIsReportedAtTheMethodWithTheClosestDeclaredOne() {
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("PUT", "/orders", null, 11)));

        List<Violation> violations = check.checkModule(fixture.context(model), app);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-endpoint");
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.location().file().getFileName().toString()).isEqualTo("OrderController.java");
            assertThat(v.location().line()).isEqualTo(7);
            assertThat(v.message()).contains("POST /orders").contains("OrderController.create()");
            assertThat(v.hint()).contains("Did you mean `PUT /orders`").contains("architecture.md:[11,1]");
            assertThat(v.documentLocation()).as("nothing declares it").isNull();
            assertThat(v.subjects()).containsExactly("com.acme.orders.OrderController", "POST /orders");
        });
    }

    @Test
    void aVersionPrefixOffIsSuggested() {
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/v1/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11)));

        assertThat(check.checkModule(fixture.context(model), app)).singleElement()
                .satisfies(v -> assertThat(v.hint()).contains("Did you mean `GET /v1/orders/{id}`"));
    }

    @Test
    void declaredButNotImplementedIsReportedOnceAtTheDocument() {
        CodeModule other = fixture.module("billing");
        fixture.java(other, """
                package com.acme.billing;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class InvoiceController {
                    @GetMapping("/invoices") Object all() { return null; }
                }
                """);
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11), endpoint("GET", "/invoices", null, 12),
                endpoint("DELETE", "/orders/{id}", null, 13)));

        List<Violation> violations = verify(fixture.context(model));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("endpoint-not-implemented");
            assertThat(v.location().file()).isEqualTo(dir.resolve("architecture.md"));
            assertThat(v.location().line()).isEqualTo(13);
            assertThat(v.message()).contains("DELETE /orders/{id}");
            assertThat(v.hint()).contains("GET /orders/{}").contains("OrderController.get()");
            assertThat(v.subjects()).containsExactly("DELETE /orders/{}");
        });
    }

    @Test
    void endpointImplementedByAnotherServiceIsReportedAtTheCode() {
        List<Service> services = List.of(service("Order Service"), service("Billing Service"));
        ArchitectureModel model = fixture.model(services, List.of(
                endpoint("GET", "/orders/{id}", "Billing Service", 10),
                endpoint("POST", "/orders", "Order Service", 11)), null);
        ServiceMap map = Fixture.byModule(services, Map.of("app", "Order Service"));

        List<Violation> violations = verify(fixture.context(model, map, Map.of()));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("endpoint-in-wrong-service");
            assertThat(v.location().line()).isEqualTo(6);
            assertThat(v.documentLocation().line()).isEqualTo(10);
            assertThat(v.message()).contains("Billing Service").contains("Order Service");
            assertThat(v.service()).isEqualTo("Order Service");
        });
    }

    @Test
    void aGatewayReExposingAPathDeclaresItUnderItsOwnHeading() {
        CodeModule gateway = fixture.module("gateway");
        fixture.java(gateway, """
                package com.acme.gateway;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class OrdersProxy {
                    @GetMapping("/orders/{id}") Object get(@PathVariable long id) { return null; }
                }
                """);
        List<Service> services = List.of(service("Orders"), service("Gateway"));
        ServiceMap map = Fixture.byModule(services, Map.of("app", "Orders", "gateway", "Gateway"));

        ArchitectureModel both = fixture.model(services, List.of(endpoint("GET", "/orders/{id}", "Orders", 10),
                endpoint("POST", "/orders", "Orders", 11), endpoint("GET", "/orders/{id}", "Gateway", 20)), null);
        assertThat(verify(fixture.context(both, map, Map.of()))).isEmpty();

        ArchitectureModel onlyOrders = fixture.model(services, List.of(endpoint("GET", "/orders/{id}", "Orders", 10),
                endpoint("POST", "/orders", "Orders", 11)), null);
        assertThat(verify(fixture.context(onlyOrders, map, Map.of()))).singleElement()
                .satisfies(v -> assertThat(v.ruleId()).isEqualTo("endpoint-in-wrong-service"));
    }

    @Test
    void endpointsWithoutAnOwningServiceMatchAnyService() {
        List<Service> services = List.of(service("Orders"));
        ServiceMap map = Fixture.byModule(services, Map.of("app", "Orders"));
        ArchitectureModel model = fixture.model(services, List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11)), null);

        assertThat(verify(fixture.context(model, map, Map.of()))).isEmpty();
    }

    @Test
    void basePathPrefixesDeclaredPathsThatLackIt() {
        fixture.resource(app, "application.properties", "server.servlet.context-path=/api\n");
        ArchitectureModel model = fixture.model(List.of(), List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/api/orders", null, 11)), "/api");

        assertThat(verify(fixture.context(model))).isEmpty();
    }

    @Test
    void basePathOptionOverridesTheDocument() {
        fixture.resource(app, "application.properties", "server.servlet.context-path=/v2\n");
        ArchitectureModel model = fixture.model(List.of(), List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11)), "/v1");

        assertThat(verify(fixture.context(model, ServiceMap.none(), Map.of("basePath", "/v2")))).isEmpty();
    }

    @Test
    void globsInTheDocumentCoverSeveralEndpoints() {
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/**", null, 10),
                endpoint("POST", "/orders", null, 11)));

        assertThat(verify(fixture.context(model))).isEmpty();
    }

    @Test
    void unresolvedPathsAreInfoFindingsAndUnparseableFilesWarnings() {
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class LegacyController {
                    @GetMapping(com.vendor.Routes.LEGACY) Object legacy() { return null; }
                }
                """);
        fixture.java(app, """
                package com.acme.orders;
                @org.springframework.web.bind.annotation.RestController
                class Broken { void x( }
                """);
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11)));

        List<Violation> violations = check.checkModule(fixture.context(model), app);

        assertThat(violations).extracting(Violation::ruleId, Violation::severity).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("unresolved-endpoint", Severity.INFO),
                org.assertj.core.groups.Tuple.tuple("unparseable-endpoint-source", Severity.WARN));
        assertThat(violations).filteredOn(v -> v.ruleId().equals("unresolved-endpoint")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("LegacyController.legacy()").contains("Routes.LEGACY"));
    }

    @Test
    void aMappingForEveryMethodIsDeclaredByAnyMethodOnItsPath() {
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class WebhookController {
                    @RequestMapping("/webhooks") void hook() { }
                }
                """);
        ArchitectureModel declared = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11), endpoint("POST", "/webhooks", null, 12)));
        assertThat(verify(fixture.context(declared))).isEmpty();

        ArchitectureModel undeclared = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11)));
        assertThat(verify(fixture.context(undeclared))).singleElement()
                .satisfies(v -> assertThat(v.message()).startsWith("ANY /webhooks"));
    }

    @Test
    void overloadsWithTheSameParameterCountAreEachImplemented() {
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class SearchController {
                    @GetMapping("/search/by-name") Object find(@RequestParam String name) { return null; }
                    @GetMapping("/search/by-id") Object find(@RequestParam Long id) { return null; }
                }
                """);
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11), endpoint("GET", "/search/by-name", null, 12),
                endpoint("GET", "/search/by-id", null, 13)));

        assertThat(verify(fixture.context(model))).as("the second overload is implemented too").isEmpty();
    }

    @Test
    void anUndeclaredOverloadIsReportedAtItsOwnLine() {
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class SearchController {
                    @GetMapping("/search/by-name") Object find(@RequestParam String name) { return null; }
                    @GetMapping("/search/by-id") Object find(@RequestParam Long id) { return null; }
                }
                """);
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11), endpoint("GET", "/search/by-name", null, 12)));

        assertThat(verify(fixture.context(model))).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-endpoint");
            assertThat(v.message()).contains("GET /search/by-id").contains("SearchController.find()");
            assertThat(v.location().file().getFileName().toString()).isEqualTo("SearchController.java");
            assertThat(v.location().line()).isEqualTo(6);
        });
    }

    @Test
    void overloadsMappedInAnInterfaceAreEachImplemented() {
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                public interface LookupApi {
                    @GetMapping("/lookup/by-name") Object find(String name);
                    @GetMapping("/lookup/by-id") Object find(Long id);
                }
                """);
        fixture.java(app, """
                package com.acme.orders;
                @org.springframework.web.bind.annotation.RestController
                class LookupController implements LookupApi {
                    public Object find(String name) { return null; }
                    public Object find(Long id) { return null; }
                }
                """);
        ArchitectureModel declaredBoth = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11), endpoint("GET", "/lookup/by-name", null, 12),
                endpoint("GET", "/lookup/by-id", null, 13)));
        assertThat(verify(fixture.context(declaredBoth))).isEmpty();

        ArchitectureModel declaredOne = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11), endpoint("GET", "/lookup/by-name", null, 12)));
        assertThat(verify(fixture.context(declaredOne))).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-endpoint");
            assertThat(v.message()).contains("GET /lookup/by-id");
            assertThat(v.location().file().getFileName().toString()).isEqualTo("LookupController.java");
            assertThat(v.location().line()).as("the controller's find(Long)").isEqualTo(5);
        });
    }

    @Test
    void theBuildCheckReusesTheScanOfTheModuleCheck() throws Exception {
        ArchitectureModel model = fixture.model(List.of(endpoint("GET", "/orders/{id}", null, 10),
                endpoint("POST", "/orders", null, 11)));
        CheckContext context = fixture.context(model);
        assertThat(check.checkModule(context, app)).isEmpty();

        // scanned once: deleting the sources afterwards changes nothing for this build
        java.nio.file.Files.delete(dir.resolve("app/src/main/java/com/acme/orders/OrderController.java"));

        assertThat(check.checkBuild(context)).isEmpty();
        assertThat(check.checkBuild(fixture.context(model))).hasSize(2);
    }
}
