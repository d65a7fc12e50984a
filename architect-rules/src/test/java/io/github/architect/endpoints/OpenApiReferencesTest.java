package io.github.architect.endpoints;

import io.github.architect.endpoints.contract.DeclaredEndpoint;
import com.sun.net.httpserver.HttpServer;
import io.github.architect.model.ArchitectureModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A contract names files and addresses; reading it must never fetch them nor cost seconds. */
class OpenApiReferencesTest {

    private static final String LINKING_DOCUMENT = """
            # Architecture

            ## 4. API Contracts

            openapi: api/openapi.yaml
            """;

    @TempDir
    Path dir;
    Fixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new Fixture(dir.resolve("shop"));
    }

    private ArchitectureModel linking(String contract) {
        fixture.write(dir.resolve("shop/api/openapi.yaml"), contract);
        fixture.write(dir.resolve("shop/architecture.md"), LINKING_DOCUMENT);
        return fixture.model(List.of(), List.of(), null);
    }

    private static String contract(String pathItem) {
        return """
                openapi: 3.0.3
                info:
                  title: Orders
                  version: "1"
                paths:
                  /orders:
                %s
                  /items:
                    get:
                      responses:
                        '200':
                          description: all
                """.formatted(pathItem);
    }

    @Test
    void aRemoteReferenceIsAFindingAtItsLineAndIsNeverFetched() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "get:\n  responses:\n    '200':\n      description: x\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/orders.yaml";
            ArchitectureModel model = linking(contract("    $ref: '" + url + "'"));

            ParsedOpenApi contract = ParsedOpenApi.read(model, null);

            assertThat(requests).hasValue(0);
            assertThat(contract.problems()).singleElement().satisfies(p -> {
                assertThat(p.location().file()).isEqualTo(dir.resolve("shop/api/openapi.yaml").toAbsolutePath().normalize());
                assertThat(p.location().line()).isEqualTo(7);
                assertThat(p.message()).contains("$ref " + url).contains("never fetches");
            });
            // the rest of the contract is still read
            assertThat(contract.endpoints()).extracting(DeclaredEndpoint::display).containsExactly("GET /items");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aRelativeReferenceInsideTheProjectIsResolvedAndOneOutsideIsAFinding() {
        fixture.write(dir.resolve("shop/api/paths/orders.yaml"), """
                get:
                  responses:
                    '200':
                      description: all
                """);
        fixture.write(dir.resolve("secret.yaml"), "get:\n  responses: {}\n");
        ArchitectureModel inside = linking(contract("    $ref: 'paths/orders.yaml'"));

        ParsedOpenApi resolved = ParsedOpenApi.read(inside, null);

        assertThat(resolved.problems()).isEmpty();
        assertThat(resolved.endpoints()).extracting(DeclaredEndpoint::display).containsExactlyInAnyOrder("GET /orders", "GET /items");
        assertThat(resolved.linkedFiles()).contains(dir.resolve("shop/api/paths/orders.yaml").toAbsolutePath().normalize());

        ParsedOpenApi outside = ParsedOpenApi.read(linking(contract("    $ref: '../../secret.yaml'")), null);

        assertThat(outside.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(7);
            assertThat(p.message()).contains("outside the project");
        });
    }

    @Test
    void aReferenceToAMissingFileIsAFindingNotAStackTrace() {
        ParsedOpenApi contract = ParsedOpenApi.read(linking(contract("    $ref: 'paths/missing.yaml'")), null);

        assertThat(contract.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().line()).isEqualTo(7);
            assertThat(p.message()).contains("paths/missing.yaml").contains("does not exist");
        });
    }

    @Test
    void aRemoteReferenceInAReferencedFileIsFoundToo() {
        fixture.write(dir.resolve("shop/api/paths/orders.yaml"), """
                get:
                  responses:
                    '200':
                      $ref: 'https://example.invalid/responses.yaml#/ok'
                """);

        ParsedOpenApi contract = ParsedOpenApi.read(linking(contract("    $ref: 'paths/orders.yaml'")), null);

        assertThat(contract.problems()).singleElement().satisfies(p -> {
            assertThat(p.location().file().getFileName().toString()).isEqualTo("orders.yaml");
            assertThat(p.location().line()).isEqualTo(4);
        });
    }

    @Test
    void aYamlAliasBombIsAFindingInMilliseconds() {
        StringBuilder bomb = new StringBuilder("""
                openapi: 3.0.3
                info: {title: Bomb, version: "1"}
                x-a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                """);
        char previous = 'a';
        for (char level = 'b'; level <= 'i'; level++) {
            bomb.append("x-").append(level).append(": &").append(level).append(" [")
                    .append(String.join(",", java.util.Collections.nCopies(9, "*" + previous))).append("]\n");
            previous = level;
        }
        bomb.append("paths: {}\n");

        long start = System.nanoTime();
        ParsedOpenApi contract = ParsedOpenApi.read(linking(bomb.toString()), null);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(contract.problems()).singleElement().satisfies(p ->
                assertThat(p.message()).contains("YAML"));
        assertThat(millis).isLessThan(2000);
    }

    @Test
    void aFewAliasesThatExpandModeratelyAreFine() {
        String withAliases = """
                openapi: 3.0.3
                info: {title: Orders, version: "1"}
                paths:
                  /orders:
                    get: &listing
                      responses:
                        '200':
                          description: all
                  /archive:
                    get: *listing
                """;

        ParsedOpenApi contract = ParsedOpenApi.read(linking(withAliases), null);

        assertThat(contract.problems()).isEmpty();
        assertThat(contract.endpoints()).extracting(DeclaredEndpoint::display)
                .containsExactlyInAnyOrder("GET /orders", "GET /archive");
    }
}
