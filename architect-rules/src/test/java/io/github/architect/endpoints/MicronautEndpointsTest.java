package io.github.architect.endpoints;

import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MicronautEndpointsTest {

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
    void controllerWithVerbAnnotations() {
        fixture.java(app, """
                package com.acme;
                import io.micronaut.http.annotation.*;
                @Controller("/books")
                public class BookController {
                    @Get public String list() { return ""; }
                    @Get("/{isbn}") public String get(String isbn) { return ""; }
                    @Post(uri = "/") public String add() { return ""; }
                    @Put(value = "/{isbn}") public void put() { }
                    @Delete("/{isbn}") public void delete() { }
                    @Patch("/{isbn}") public void patch() { }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /books", "GET /books/{}", "POST /books",
                "PUT /books/{}", "DELETE /books/{}", "PATCH /books/{}");
    }

    @Test
    void rfc6570QuerySuffixesAreStripped() {
        fixture.java(app, """
                package com.acme;
                import io.micronaut.http.annotation.Controller;
                import io.micronaut.http.annotation.Get;
                @Controller("/books")
                public class SearchController {
                    @Get("/search{?q,max,offset}") public String search() { return ""; }
                    @Get(uris = {"/all", "/everything{?max}"}) public String all() { return ""; }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /books/search", "GET /books/all",
                "GET /books/everything");
    }

    @Test
    void controllerWithoutValueServesTheRootAndCustomMethods() {
        fixture.resource(app, "application.yml", "micronaut:\n  server:\n    context-path: /mn\n");
        fixture.java(app, """
                package com.acme;
                import io.micronaut.http.annotation.*;
                @Controller
                public class RootController {
                    @Get public String index() { return ""; }
                    @CustomHttpMethod(method = "LOCK", value = "/locks/{id}") public void lock() { }
                }
                """);

        assertThat(fixture.endpoints(app)).containsExactlyInAnyOrder("GET /mn", "LOCK /mn/locks/{}");
    }

    @Test
    void springControllerOfTheSameSimpleNameIsNotMicronaut() {
        fixture.java(app, """
                package com.acme;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.GetMapping;
                @Controller
                public class PageController {
                    @GetMapping("/home") public String home() { return "home"; }
                }
                """);

        assertThat(fixture.scan(app).endpoints()).singleElement()
                .satisfies(e -> assertThat(e.framework()).isEqualTo("Spring"));
    }

    @Test
    void clientInterfacesAreNotEndpoints() {
        fixture.java(app, """
                package com.acme;
                import io.micronaut.http.annotation.Get;
                import io.micronaut.http.client.annotation.Client;
                @Client("/books")
                public interface BookClient {
                    @Get("/{isbn}") String get(String isbn);
                }
                """);

        assertThat(fixture.scan(app).endpoints()).isEmpty();
    }
}
