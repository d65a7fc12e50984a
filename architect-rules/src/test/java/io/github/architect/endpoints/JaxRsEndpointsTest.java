package io.github.architect.endpoints;

import io.github.architect.endpoints.framework.UnresolvedMapping;
import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class JaxRsEndpointsTest {

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
    void joinsClassAndMethodPathsWithOrWithoutSlashes() {
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                @Path("orders")
                public class OrderResource {
                    @GET public String list() { return ""; }
                    @GET @Path("{id}") public String get(@PathParam("id") long id) { return ""; }
                    @POST @Path("/") public String create() { return ""; }
                    @PUT @Path("/{id}/") public void put() { }
                    @DELETE @Path("{id}") public void delete() { }
                    @PATCH @Path("{id}") public void patch() { }
                    @HEAD @Path("/ping") public void head() { }
                    @OPTIONS public void options() { }
                    public void helper() { }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /orders", "GET /orders/{}", "POST /orders",
                "PUT /orders/{}", "DELETE /orders/{}", "PATCH /orders/{}", "HEAD /orders/ping", "OPTIONS /orders");
    }

    @Test
    void javaxNamespaceAndRegexPathParameters() {
        fixture.java(app, """
                package com.acme;
                import javax.ws.rs.GET;
                import javax.ws.rs.Path;
                @Path("/users/{id: [0-9]+}")
                public class UserResource {
                    @GET @Path("files/{name: .+\\\\.(png|jpg)}") public byte[] file() { return null; }
                    @GET @Path("/{tab:\\\\w{3,8}}") public String tab() { return ""; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /users/{}/files/{}", "GET /users/{}/{}");
    }

    @Test
    void applicationPathPrefixesTheModulesResources() {
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;
                @ApplicationPath("api")
                public class ShopApplication extends Application { }
                """);
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                @Path("/carts")
                public class CartResource {
                    @GET public String get() { return ""; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /api/carts");
    }

    @Test
    void applicationPathOfTheDeployingModuleAppliesToAResourceLibrary() {
        CodeModule resources = fixture.module("shop-resources");
        CodeModule war = fixture.module("shop-war", "shop-resources");
        fixture.java(war, """
                package com.acme;
                @jakarta.ws.rs.ApplicationPath(ShopApplication.ROOT)
                public class ShopApplication extends jakarta.ws.rs.core.Application {
                    static final String ROOT = "/rest";
                }
                """);
        fixture.java(resources, """
                package com.acme.carts;
                import jakarta.ws.rs.*;
                @Path("/carts")
                public class CartResource {
                    @GET public String get() { return ""; }
                }
                """);

        assertThat(fixture.endpoints(resources)).containsExactly("GET /rest/carts");
    }

    @Test
    void quarkusRootAndRestPathsPrefixResources() {
        fixture.resource(app, "application.properties", "quarkus.http.root-path=/svc\nquarkus.rest.path=/api\n");
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                @Path("/greetings")
                public class GreetingResource {
                    @GET public String hello() { return "hi"; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("GET /svc/api/greetings");
    }

    @Test
    void customHttpMethodAnnotationsDeclaredInTheProject() {
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.HttpMethod;
                import java.lang.annotation.*;
                @Target(ElementType.METHOD) @Retention(RetentionPolicy.RUNTIME)
                @HttpMethod("LINK")
                public @interface LINK { }
                """);
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                @Path("/docs")
                public class DocResource {
                    @LINK @Path("{id}") public void link() { }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactly("LINK /docs/{}");
    }

    @Test
    void subResourceLocatorsAreFollowedOneLevel() {
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                @Path("/customers")
                public class CustomerResource {
                    @GET public String all() { return ""; }
                    @Path("{id}/orders") public CustomerOrders orders(@PathParam("id") long id) { return new CustomerOrders(); }
                    @Path("{id}/anything") public Object dynamic() { return null; }
                }
                """);
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                public class CustomerOrders {
                    @GET public String list() { return ""; }
                    @GET @Path("{orderId}") public String one() { return ""; }
                    @Path("{orderId}/lines") public Lines lines() { return null; }
                }
                """);

        EndpointScan scan = fixture.scan(app);
        assertThat(scan.endpoints()).extracting(EndpointContractCheck::display).containsExactlyInAnyOrder(
                "GET /customers", "GET /customers/{}/orders", "GET /customers/{}/orders/{}");
        assertThat(scan.unresolved()).extracting(UnresolvedMapping::methodName).containsExactlyInAnyOrder("dynamic", "lines");
    }

    @Test
    void anInterfaceWithPathIsServedByItsUnannotatedImplementation() {
        CodeModule api = fixture.module("api");
        CodeModule impl = fixture.module("impl", "api");
        fixture.java(api, """
                package com.acme.api;
                import jakarta.ws.rs.*;
                @Path("/pets")
                public interface PetsApi {
                    @GET @Path("/{petId}") Pet get(@PathParam("petId") long id);
                    @POST Pet add(Pet pet);
                }
                """);
        Path implementation = fixture.java(impl, """
                package com.acme.impl;
                import com.acme.api.PetsApi;
                public class PetsResource implements PetsApi {
                    public Pet get(long id) { return null; }
                    public Pet add(Pet pet) { return pet; }
                }
                """);

        EndpointScan scan = fixture.scan(impl);
        assertThat(scan.endpoints()).extracting(EndpointContractCheck::display)
                .containsExactlyInAnyOrder("GET /pets/{}", "POST /pets");
        assertThat(scan.endpoints()).allSatisfy(e -> assertThat(e.location().file()).isEqualTo(implementation));
        assertThat(fixture.endpoints(api)).as("a REST client interface alone serves nothing").isEmpty();
    }

    @Test
    void overloadsOfAGenericInterfaceAreEachServedAtTheirImplementation() {
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                @Path("/pets")
                public interface ResourceApi<E> {
                    @POST E add(E entity);
                    @POST @Path("/import") E add(String csv);
                }
                """);
        Path implementation = fixture.java(app, """
                package com.acme;
                public class PetsResource implements ResourceApi<Pet> {
                    public Pet add(Pet pet) { return pet; }
                    public Pet add(String csv) { return null; }
                }
                """);

        assertThat(fixture.scan(app).endpoints())
                .allSatisfy(e -> assertThat(e.location().file()).isEqualTo(implementation))
                .extracting(e -> e.display() + "@" + e.location().line())
                .containsExactlyInAnyOrder("POST /pets@3", "POST /pets/import@4");
    }

    @Test
    void classWithoutPathIsNotARootResource() {
        fixture.java(app, """
                package com.acme;
                import jakarta.ws.rs.*;
                public class Helper {
                    @GET public String get() { return ""; }
                }
                """);

        assertThat(fixture.scan(app).endpoints()).isEmpty();
    }
}
