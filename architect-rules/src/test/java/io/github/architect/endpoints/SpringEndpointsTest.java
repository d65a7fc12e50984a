package io.github.architect.endpoints;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.framework.UnresolvedMapping;
import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SpringEndpointsTest {

    @TempDir
    Path dir;
    Fixture fixture;
    CodeModule app;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(dir);
        app = fixture.module("app");
    }

    @Test
    void combinesClassAndMethodMappingsWithEveryShortcut() {
        fixture.java(app, """
                package com.acme.orders;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/orders")
                class OrderController {
                    @GetMapping List<Order> list() { return null; }
                    @GetMapping("{id}") Order get(@PathVariable long id) { return null; }
                    @PostMapping Order create(@RequestBody Order o) { return o; }
                    @PutMapping("/{id}") void replace() { }
                    @PatchMapping(path = "/{id}") void patch() { }
                    @DeleteMapping(value = "/{id}/") void delete() { }
                    void notAnEndpoint() { }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /orders", "GET /orders/{}", "POST /orders",
                "PUT /orders/{}", "PATCH /orders/{}", "DELETE /orders/{}");
    }

    @Test
    void reportsTheFileAndLineOfTheHandlerMethod() {
        Path file = fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class PingController {

                    @GetMapping("/ping")
                    String ping() { return "pong"; }
                }
                """);

        CodeEndpoint endpoint = fixture.scan(app).endpoints().get(0);
        assertThat(endpoint.location().file()).isEqualTo(file);
        assertThat(endpoint.location().line()).isEqualTo(7);
        assertThat(endpoint.className()).isEqualTo("com.acme.PingController");
        assertThat(endpoint.handler()).isEqualTo("PingController.ping()");
    }

    @Test
    void eachArrayElementAndEachRequestMethodIsAnEndpoint() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                import static org.springframework.web.bind.annotation.RequestMethod.POST;
                @Controller
                @RequestMapping({"/v1/items", "/v2/items"})
                class ItemController {
                    @RequestMapping(value = {"", "/all"}, method = {RequestMethod.GET, POST})
                    String items() { return ""; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /v1/items", "POST /v1/items",
                "GET /v1/items/all", "POST /v1/items/all", "GET /v2/items", "POST /v2/items", "GET /v2/items/all",
                "POST /v2/items/all");
    }

    @Test
    void requestMappingWithoutMethodServesEveryMethod() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class HookController {
                    @RequestMapping("/hooks")
                    void hook() { }
                }
                """);

        assertThat(fixture.scan(app).endpoints()).singleElement()
                .satisfies(e -> assertThat(e.method()).isEqualTo(CodeEndpoint.ANY_METHOD));
    }

    @Test
    void resolvesConstantsAndConcatenationsAcrossFilesAndModules() {
        CodeModule api = fixture.module("api");
        CodeModule web = fixture.module("web", "api");
        fixture.java(api, """
                package com.acme.api;
                public final class ApiPaths {
                    public static final String BASE = "/api/" + Versions.CURRENT;
                    public static final class Sessions {
                        public static final String ROOT = BASE + "/sessions";
                    }
                }
                """);
        fixture.java(api, """
                package com.acme.api;
                public interface Versions { String CURRENT = "v1"; }
                """);
        fixture.java(web, """
                package com.acme.web;
                import com.acme.api.ApiPaths;
                import org.springframework.web.bind.annotation.*;
                import static com.acme.api.ApiPaths.Sessions.ROOT;
                @RestController
                @RequestMapping(ApiPaths.BASE)
                class SessionController {
                    private static final String SESSIONS = "/sessions";
                    @GetMapping(SESSIONS + "/current") Object current() { return null; }
                    @DeleteMapping(ROOT + "/{id}") void end() { }
                    @GetMapping(com.acme.api.ApiPaths.Sessions.ROOT) Object all() { return null; }
                }
                """);

        assertThat(fixture.endpoints(web)).containsExactlyInAnyOrder("GET /api/v1/sessions/current",
                "DELETE /api/v1/api/v1/sessions/{}", "GET /api/v1/api/v1/sessions");
    }

    @Test
    void mappingsDeclaredOnAnInterfaceAreInheritedByTheController() {
        CodeModule api = fixture.module("api");
        CodeModule web = fixture.module("web", "api");
        fixture.java(api, """
                package com.acme.api;
                import org.springframework.web.bind.annotation.*;
                @RequestMapping("/pets")
                public interface PetsApi {
                    @GetMapping("/{petId}") Pet getPet(@PathVariable("petId") Long petId);
                    @PostMapping Pet addPet(Pet pet);
                }
                """);
        Path controller = fixture.java(web, """
                package com.acme.web;
                import com.acme.api.*;
                import org.springframework.web.bind.annotation.RestController;
                @RestController
                class PetController implements PetsApi {
                    @Override
                    public Pet getPet(Long id) { return null; }
                    public Pet addPet(Pet pet) { return pet; }
                }
                """);

        EndpointScan scan = fixture.scan(web);
        assertThat(scan.endpoints()).extracting(EndpointContractCheck::display)
                .containsExactlyInAnyOrder("GET /pets/{}", "POST /pets");
        assertThat(scan.endpoints()).allSatisfy(e -> assertThat(e.location().file()).isEqualTo(controller));
        assertThat(fixture.endpoints(api)).as("an interface alone serves nothing").isEmpty();
    }

    @Test
    void mappingsOfAnAbstractSuperclassAreInherited() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                public abstract class CrudController<T> {
                    @GetMapping("/{id}") public T get(Long id) { return null; }
                    @DeleteMapping("/{id}") public void delete(Long id) { }
                }
                """);
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/customers")
                class CustomerController extends CrudController<Customer> {
                    @GetMapping public java.util.List<Customer> all() { return null; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /customers", "GET /customers/{}",
                "DELETE /customers/{}");
    }

    @Test
    void aTypeVariableOfTheInterfaceMatchesTheTypeTheControllerBindsIt() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                public interface CrudApi<T, ID> {
                    @PostMapping T save(@RequestBody T body);
                    @GetMapping("/{id}") T find(@PathVariable ID id);
                    @GetMapping("/search") T find(@RequestParam String name);
                }
                """);
        Path controller = fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/orders")
                class OrderController implements CrudApi<Order, Long> {
                    public Order save(com.acme.Order body) { return body; }
                    public Order find(java.lang.Long id) { return null; }
                    public Order find(String name) { return null; }
                }
                """);

        List<CodeEndpoint> endpoints = fixture.scan(app).endpoints();
        assertThat(endpoints).extracting(EndpointContractCheck::display)
                .containsExactlyInAnyOrder("POST /orders", "GET /orders/{}", "GET /orders/search");
        assertThat(endpoints).as("each mapping sits on the controller method that overrides it")
                .allSatisfy(e -> assertThat(e.location().file()).isEqualTo(controller))
                .extracting(e -> e.display() + "@" + e.location().line())
                .containsExactlyInAnyOrder("POST /orders@6", "GET /orders/{}@7", "GET /orders/search@8");
    }

    @Test
    void anOverloadOfAnInheritedMappingIsNotItsOverride() {
        Path base = fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                public abstract class BaseController<T> {
                    @PostMapping("/base") public T save(@RequestBody T body) { return body; }
                }
                """);
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class CustomerController extends BaseController<Customer> {
                    @PostMapping("/import") public Customer save(@RequestBody Order order) { return null; }
                }
                """);

        List<CodeEndpoint> endpoints = fixture.scan(app).endpoints();
        assertThat(endpoints).extracting(EndpointContractCheck::display)
                .as("save(Order) overloads save(Customer): both mappings are served")
                .containsExactlyInAnyOrder("POST /base", "POST /import");
        assertThat(endpoints).filteredOn(e -> e.path().equals("/base"))
                .singleElement().satisfies(e -> assertThat(e.location().file()).isEqualTo(base));
    }

    @Test
    void feignAndHttpExchangeClientsAreNotEndpoints() {
        fixture.java(app, """
                package com.acme.clients;
                import org.springframework.cloud.openfeign.FeignClient;
                import org.springframework.web.bind.annotation.*;
                @FeignClient(name = "catalog", path = "/catalog")
                public interface CatalogClient {
                    @GetMapping("/products/{id}") Product product(@PathVariable String id);
                }
                """);
        fixture.java(app, """
                package com.acme.clients;
                import org.springframework.web.service.annotation.*;
                @HttpExchange("/stock")
                public interface StockClient {
                    @GetExchange("/{sku}") Stock stock(String sku);
                }
                """);

        assertThat(fixture.scan(app).endpoints()).isEmpty();
    }

    @Test
    void httpExchangeInterfaceImplementedByAControllerIsServed() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.service.annotation.*;
                @HttpExchange("/stock")
                public interface StockApi {
                    @GetExchange("/{sku}") Stock stock(String sku);
                    @PostExchange Stock add(Stock stock);
                }
                """);
        fixture.java(app, """
                package com.acme;
                @org.springframework.web.bind.annotation.RestController
                class StockController implements StockApi {
                    public Stock stock(String sku) { return null; }
                    public Stock add(Stock stock) { return stock; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /stock/{}", "POST /stock");
    }

    @Test
    void placeholdersResolveFromApplicationPropertiesOrTheirDefault() {
        fixture.resource(app, "application.properties", "api.prefix=/api/v2\n");
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("${api.prefix}/orders")
                class OrderController {
                    @GetMapping("${orders.search:/search}") Object search() { return null; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /api/v2/orders/search");
    }

    @Test
    void placeholdersAndContextPathResolveFromApplicationYml() {
        fixture.resource(app, "application.yml", """
                server:
                  servlet:
                    context-path: /shop
                spring:
                  mvc:
                    servlet:
                      path: /rest
                api:
                  base: /api
                ---
                spring:
                  config:
                    activate:
                      on-profile: test
                api:
                  base: /ignored
                """);
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("${api.base}")
                class CartController {
                    @GetMapping("/cart") Object cart() { return null; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /shop/rest/api/cart");
    }

    @Test
    void webfluxBasePathPrefixesEveryEndpoint() {
        fixture.resource(app, "application.properties", "spring.webflux.base-path=/reactive\n");
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class StreamController {
                    @GetMapping("/events") Object events() { return null; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /reactive/events");
    }

    @Test
    void controllerLibraryUsesTheConfigurationOfTheModuleThatDeploysIt() {
        CodeModule lib = fixture.module("orders-web");
        CodeModule boot = fixture.module("orders-app", "orders-web");
        fixture.resource(boot, "application.properties", "server.servlet.context-path=/orders-service\n");
        fixture.java(lib, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class OrderController {
                    @GetMapping("/orders") Object all() { return null; }
                }
                """);

        assertThat(fixture.endpoints(lib)).containsExactly("GET /orders-service/orders");
    }

    @Test
    void composedStereotypeAnnotationDeclaredInTheProjectMakesAController() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping("/internal")
                public @interface InternalApi { }
                """);
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.GetMapping;
                @InternalApi
                class HealthResource {
                    @GetMapping("/health") String health() { return "ok"; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /internal/health");
    }

    @Test
    void pathsNotKnownStaticallyAreReportedNotGuessed() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                import com.thirdparty.Paths;
                @RestController
                class ReportController {
                    @GetMapping(Paths.REPORTS) Object reports() { return null; }
                    @GetMapping("${reports.export}") Object export() { return null; }
                    @GetMapping("/ok") Object ok() { return null; }
                }
                """);

        EndpointScan scan = fixture.scan(app);
        assertThat(scan.endpoints()).extracting(EndpointContractCheck::display).containsExactly("GET /ok");
        assertThat(scan.unresolved()).extracting(UnresolvedMapping::methodName).containsExactlyInAnyOrder("reports", "export");
        assertThat(scan.unresolved()).extracting(UnresolvedMapping::reason)
                .anySatisfy(r -> assertThat(r).contains("Paths.REPORTS"))
                .anySatisfy(r -> assertThat(r).contains("${reports.export}"));
    }

    @Test
    void aFileThatCannotBeParsedIsAProblemNotASilentPass() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class BrokenController {
                    @GetMapping("/x") Object x( { return null; }
                }
                """);

        EndpointScan scan = fixture.scan(app);
        assertThat(scan.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file().getFileName().toString()).isEqualTo("BrokenController.java");
            assertThat(p.location().line()).isEqualTo(5);
        });
    }

    @Test
    void recentJavaSyntaxIsParsed() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class ShapeController {
                    sealed interface Shape permits Circle {}
                    record Circle(double r) implements Shape {}
                    @GetMapping("/area") double area(Object o) {
                        return switch (o) {
                            case Circle(double r) when r > 0 -> r * r;
                            default -> { var text = \"""
                                none\"""; yield 0; }
                        };
                    }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /area");
    }

    @Test
    void anUnreadableApplicationYmlIsAProblemNamingTheFile() {
        Path yml = fixture.resource(app, "application.yml", "server:\n  servlet: [unclosed\n");
        fixture.java(app, """
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class PingController {
                    @GetMapping("/ping") String ping() { return "pong"; }
                }
                """);

        EndpointScan scan = fixture.scan(app);
        assertThat(scan.endpoints()).extracting(EndpointContractCheck::display).containsExactly("GET /ping");
        assertThat(scan.problems()).singleElement().satisfies(p -> assertThat(p.location().file()).isEqualTo(yml));
    }
}
