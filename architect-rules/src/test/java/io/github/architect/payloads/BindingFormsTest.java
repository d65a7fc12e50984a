package io.github.architect.payloads;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms of binding Jackson and the frameworks apply, one test each, with a passing and a failing sample. */
class BindingFormsTest {

    @TempDir
    Path dir;

    private static List<String> rules(List<Violation> found) {
        return found.stream().map(Violation::ruleId).toList();
    }

    @Test
    void jaxRsEntityParameterAndResponseStatus() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.Response;
                @Path("/orders")
                public class OrderResource {
                    public static class NewOrder { private String customer; public String getCustomer() { return customer; } }
                    @POST
                    public Response create(@HeaderParam("X-Id") String id, NewOrder order) {
                        if (order == null) throw new NotFoundException();
                        return Response.status(Response.Status.CREATED).entity(order).build();
                    }
                    @DELETE @jakarta.ws.rs.Path("/{id}")
                    public void delete(@PathParam("id") long id) { }
                }
                """);
        String api = """
                #### POST /orders
                Request: `{ "customer": "c-1" }`
                - `201 Created`
                - `404 Not Found`

                #### DELETE /orders/{id}
                - `204 No Content`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        assertThat(rules(fixture.verify(api.replace("\"customer\"", "\"client\"")))).containsExactly("request-field-ignored");
        assertThat(rules(fixture.verify(api.replace("`204 No Content`", "`200 OK`")))).containsExactly("status-mismatch");
    }

    @Test
    void micronautBodyAndStatus() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import io.micronaut.http.annotation.*;
                import io.micronaut.http.HttpStatus;
                @Controller("/pets")
                public class PetController {
                    public record Pet(String name, int age) {}
                    @Post
                    @Status(HttpStatus.CREATED)
                    public Pet add(@Body Pet pet) { return pet; }
                }
                """);
        String api = """
                #### POST /pets
                Request: `{ "name": "Rex", "age": 3 }`

                Response `201 Created`: `{ "name": "Rex", "age": 3 }`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        assertThat(rules(fixture.verify(api.replace("201 Created", "200 OK")))).containsExactly("status-mismatch");
        assertThat(rules(fixture.verify(api.replace("\"age\": 3 }`\n\nResponse", "\"age\": true }`\n\nResponse"))))
                .containsExactly("payload-type-mismatch");
    }

    @Test
    void genericsWrappersAndPagesAreResolved() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import java.util.List;
                import org.springframework.http.ResponseEntity;
                import org.springframework.data.domain.Page;
                import org.springframework.web.bind.annotation.*;
                import reactor.core.publisher.Mono;
                @RestController
                class ItemController {
                    @GetMapping("/items") ResponseEntity<Envelope<List<Item>>> all() { return ResponseEntity.ok(null); }
                    @GetMapping("/pages") Page<Item> page() { return null; }
                    @GetMapping("/one") Mono<Item> one() { return null; }
                }
                """).java("""
                package com.acme;
                public record Envelope<T>(T data, int count) {}
                """).java("""
                package com.acme;
                public record Item(String sku) {}
                """);
        String api = """
                #### GET /items
                `200 OK` — `{ "data": [ { "sku": "A" } ], "count": 1 }`

                #### GET /pages
                `200 OK` — `{ "content": [ { "sku": "A" } ], "totalElements": 1 }`

                #### GET /one
                `200 OK` — `{ "sku": "A" }`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        List<Violation> found = fixture.verify(api.replace("[ { \"sku\": \"A\" } ], \"count\"", "[ { \"code\": \"A\" } ], \"count\"")
                .replace("\"content\": [ { \"sku\"", "\"content\": [ { \"name\""));
        assertThat(rules(found)).containsExactly("response-field-not-produced", "response-field-not-produced");
        assertThat(found.get(0).message()).contains("`data[].code`");
        assertThat(found.get(1).message()).contains("`content[].name`");
    }

    @Test
    void lombokAndJacksonAnnotationsDecideTheNames() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class AccountController {
                    @PutMapping("/accounts/{id}") Account update(@PathVariable long id, @RequestBody Account account) { return account; }
                }
                """).java("""
                package com.acme;
                import com.fasterxml.jackson.annotation.*;
                import lombok.Data;
                @Data
                @JsonIgnoreProperties({"internalNote"})
                public class Account {
                    @JsonProperty("display_name") private String displayName;
                    @JsonIgnore private String password;
                    private String internalNote;
                    @JsonUnwrapped private Address address;
                    private boolean active;
                }
                """).java("""
                package com.acme;
                public class Address { private String city; public String getCity() { return city; } }
                """);
        String api = """
                #### PUT /accounts/{id}
                Request: `{ "display_name": "Ann", "city": "Oslo", "active": true }`

                Response (200): `{ "display_name": "Ann", "city": "Oslo", "active": true }`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        List<Violation> found = fixture.verify(api.replace("Request: `{ \"display_name\"", "Request: `{ \"displayName\"")
                .replace("Response (200): `{ \"display_name\": \"Ann\",", "Response (200): `{ \"display_name\": \"Ann\", \"password\": \"x\", \"internalNote\": \"n\","));
        assertThat(found).extracting(v -> v.ruleId() + " " + v.message().replaceAll(".*?(`[^`]+`).*", "$1"))
                .containsExactly("request-field-ignored `displayName`", "response-field-not-produced `password`",
                        "response-field-not-produced `internalNote`");
    }

    @Test
    void namingStrategiesOfTheClassAndOfTheConfiguration() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class UserController {
                    @GetMapping("/users/{id}") User get(@PathVariable long id) { return null; }
                    @GetMapping("/teams/{id}") Team team(@PathVariable long id) { return null; }
                }
                """).java("""
                package com.acme;
                import com.fasterxml.jackson.databind.annotation.JsonNaming;
                import com.fasterxml.jackson.databind.PropertyNamingStrategies;
                @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
                public record User(String firstName, String lastName) {}
                """).java("""
                package com.acme;
                public record Team(String teamName) {}
                """).resource("application.properties", "spring.jackson.property-naming-strategy=SNAKE_CASE\n");
        String api = """
                #### GET /users/{id}
                `200 OK` `{ "first-name": "Ann", "last-name": "Lee" }`

                #### GET /teams/{id}
                `200 OK` `{ "team_name": "Core" }`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        assertThat(rules(fixture.verify(api.replace("team_name", "teamName")))).containsExactly("response-field-not-produced");
    }

    @Test
    void validatedRequiredFieldsMustBeInTheSample() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import jakarta.validation.Valid;
                import jakarta.validation.constraints.NotBlank;
                import org.springframework.web.bind.annotation.*;
                @RestController
                class SignupController {
                    record Signup(@NotBlank String email, String nickname) {}
                    @PostMapping("/signups") void signup(@Valid @RequestBody Signup signup) { }
                }
                """);
        String api = """
                #### POST /signups
                Request: `{ "email": "a@b.c", "nickname": "ab" }`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        List<Violation> found = fixture.verify(api.replace("\"email\": \"a@b.c\", ", ""));
        assertThat(rules(found)).containsExactly("required-request-field-missing");
        assertThat(found.get(0).severity()).isEqualTo(Severity.WARN);
        assertThat(found.get(0).message()).contains("requires `email`");
    }

    @Test
    void aLibraryTypeIsNotGuessedButSaidAtInfo() {
        PayloadFixture fixture = new PayloadFixture(dir).java("""
                package com.acme;
                import org.springframework.web.bind.annotation.*;
                import org.example.lib.Quote;
                @RestController
                class QuoteController {
                    @GetMapping("/quotes/{id}") Quote get(@PathVariable long id) { return null; }
                }
                """);
        List<Violation> found = fixture.verify("""
                #### GET /quotes/{id}
                `200 OK` `{ "price": 1 }`
                """);
        assertThat(found).extracting(Violation::ruleId, Violation::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unresolved-payload", Severity.INFO));
        assertThat(found.get(0).message()).contains("Quote");
    }

    @Test
    void responseEntityBuildersAndStatusExceptionsAreRead() {
        PayloadFixture fixture = new PayloadFixture(dir, "org.springframework.boot:spring-boot-starter-security").java("""
                package com.acme;
                import org.springframework.http.*;
                import org.springframework.web.bind.annotation.*;
                import org.springframework.web.server.ResponseStatusException;
                @RestController
                class TicketController {
                    record Ticket(long id) {}
                    @PostMapping("/tickets") ResponseEntity<Ticket> open() {
                        if (Math.random() > 2) throw new ResponseStatusException(HttpStatus.GONE, "closed");
                        return ResponseEntity.created(null).body(new Ticket(1));
                    }
                    @GetMapping("/tickets/{id}") ResponseEntity<Ticket> get(@PathVariable long id) {
                        return id > 0 ? ResponseEntity.ok(new Ticket(id)) : ResponseEntity.notFound().build();
                    }
                }
                """);
        String api = """
                #### POST /tickets
                - `201 Created` — `{ "id": 1 }`
                - `410 Gone`
                - `401 Unauthorized`

                #### GET /tickets/{id}
                - `200 OK`
                - `404 Not Found`, `400 Bad Request`
                """;
        assertThat(fixture.verify(api)).isEmpty();
        assertThat(rules(fixture.verify(api.replace("`201 Created`", "`202 Accepted`")))).containsExactly("status-mismatch");
        assertThat(rules(fixture.verify(api.replace("`410 Gone`", "`409 Conflict`")))).containsExactly("error-status-not-produced");
    }
}
