package io.github.architect.endpoints.scan;

import io.github.architect.endpoints.EndpointContractCheck;
import io.github.architect.endpoints.Fixture;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.ServiceMap;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The endpoint scan with a persistent per-file cache: each run is a new scanner over a new
 * {@link ScanCache} on the same directory, as in successive Maven invocations.
 */
class EndpointScanCacheTest {

    private static final String VERSION = "1.0";

    @TempDir
    Path dir;
    Fixture fixture;
    CodeModule api;
    CodeModule app;
    Path cacheDir;
    Path orders;
    Path apiPaths;
    Path health;

    /** One run of the scanner over every module, saved as the mojo would. */
    record Run(Map<String, EndpointScan> scans, int parsed) {

        List<String> endpoints(String module) {
            return scans.get(module).endpoints().stream().map(Fixture::display).toList();
        }
    }

    @BeforeEach
    void setUp() {
        fixture = new Fixture(dir);
        api = fixture.module("api");
        app = fixture.module("app", "api");
        cacheDir = dir.resolve("app/target/architect/cache/scan");
        apiPaths = fixture.java(api, """
                package com.acme.api;
                public final class ApiPaths {
                    public static final String ORDERS = "/orders";
                    private ApiPaths() { }
                }
                """);
        orders = fixture.java(api, """
                package com.acme.api;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping(ApiPaths.ORDERS)
                public class OrdersController {
                    @GetMapping("/{id}") public String get(long id) { return ""; }
                    @PostMapping public String create() { return ""; }
                }
                """);
        health = fixture.java(api, """
                package com.acme.api;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class HealthController {
                    @GetMapping("/health") public String health() { return "UP"; }
                }
                """);
        fixture.java(api, """
                package com.acme.api;
                import jakarta.ws.rs.*;
                @Path("/users")
                public interface UsersApi {
                    @GET @Path("/{id}") String get(long id);
                }
                """);
        fixture.java(app, """
                package com.acme.app;
                import com.acme.api.UsersApi;
                public class UsersResource implements UsersApi {
                    public String get(long id) { return ""; }
                }
                """);
        fixture.java(app, """
                package com.acme.app;
                public class Clock {
                    long now() { return System.currentTimeMillis(); }
                }
                """);
        fixture.resource(app, "application.properties", "server.servlet.context-path=/shop\n");
    }

    private Run run(String version) {
        ScanCache scanCache = ScanCache.in(cacheDir, version);
        EndpointScanner scanner = new EndpointScanner(fixture.codebase(), scanCache);
        Map<String, EndpointScan> scans = new LinkedHashMap<>();
        for (CodeModule module : fixture.codebase().modules()) {
            scans.put(module.artifactId(), scanner.scan(module));
        }
        try {
            liveHashes(scanCache);
            scanCache.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Run(scans, scanner.parsedFiles());
    }

    private Run run() {
        return run(VERSION);
    }

    /** The content hashes of every input file, as the mojo passes them to {@code save}. */
    private Set<String> liveHashes(ScanCache scanCache) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.startsWith(cacheDir))
                    .map(scanCache::sha256).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Run uncached() {
        EndpointScanner scanner = new EndpointScanner(fixture.codebase());
        Map<String, EndpointScan> scans = new LinkedHashMap<>();
        for (CodeModule module : fixture.codebase().modules()) {
            scans.put(module.artifactId(), scanner.scan(module));
        }
        return new Run(scans, scanner.parsedFiles());
    }

    @Test
    void anUnchangedProjectIsScannedWithoutParsingAndGivesTheSameEndpoints() {
        Run first = run();
        Run second = run();

        assertThat(first.parsed()).isPositive();
        assertThat(second.parsed()).isZero();
        assertThat(second.scans()).isEqualTo(first.scans()).isEqualTo(uncached().scans());
        assertThat(second.endpoints("api")).containsExactlyInAnyOrder("GET /shop/orders/{}", "POST /shop/orders",
                "GET /shop/health");
        assertThat(second.endpoints("app")).containsExactly("GET /shop/users/{}");
    }

    @Test
    void aChangedSelfContainedControllerIsTheOnlyFileParsedAgain() {
        run();
        fixture.write(health, """
                package com.acme.api;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class HealthController {
                    @GetMapping("/healthz") public String health() { return "UP"; }
                }
                """);

        Run second = run();

        assertThat(second.parsed()).isEqualTo(1);
        assertThat(second.endpoints("api")).contains("GET /shop/healthz").doesNotContain("GET /shop/health");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aChangedControllerIsParsedAgainWithTheFilesItsMappingsReadButNoOther() {
        run();
        fixture.write(orders, """
                package com.acme.api;
                import org.springframework.web.bind.annotation.*;
                @RestController
                @RequestMapping(ApiPaths.ORDERS)
                public class OrdersController {
                    @GetMapping("/{id}") public String get(long id) { return ""; }
                    @DeleteMapping("/{id}") public void cancel(long id) { }
                }
                """);

        Run second = run();

        assertThat(second.parsed()).as("the controller and the constants class it reads").isEqualTo(2);
        assertThat(second.endpoints("api")).containsExactlyInAnyOrder("GET /shop/orders/{}", "DELETE /shop/orders/{}",
                "GET /shop/health");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aChangedConstantChangesTheEndpointsOfTheControllersUsingIt() {
        run();
        fixture.write(apiPaths, """
                package com.acme.api;
                public final class ApiPaths {
                    public static final String ORDERS = "/purchases";
                    private ApiPaths() { }
                }
                """);

        Run second = run();

        assertThat(second.endpoints("api")).containsExactlyInAnyOrder("GET /shop/purchases/{}", "POST /shop/purchases",
                "GET /shop/health");
        assertThat(second.parsed()).as("the constants class and the one controller using it").isEqualTo(2);
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aChangedInterfaceChangesTheResourcesImplementingItInAnotherModule() {
        run();
        fixture.java(api, """
                package com.acme.api;
                import jakarta.ws.rs.*;
                @Path("/members")
                public interface UsersApi {
                    @GET @Path("/{id}") String get(long id);
                }
                """);

        Run second = run();

        assertThat(second.endpoints("app")).containsExactly("GET /shop/members/{}");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aChangedContextPathIsAppliedToEveryFileOfTheModulesItDeploys() {
        run();
        fixture.resource(app, "application.properties", "server.servlet.context-path=/store\n");

        Run second = run();

        assertThat(second.endpoints("api")).containsExactlyInAnyOrder("GET /store/orders/{}", "POST /store/orders",
                "GET /store/health");
        assertThat(second.endpoints("app")).containsExactly("GET /store/users/{}");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aChangedApplicationPathChangesTheModulesResources() {
        Path application = fixture.java(app, """
                package com.acme.app;
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;
                @ApplicationPath("v1")
                public class ShopApplication extends Application { }
                """);
        assertThat(run().endpoints("app")).containsExactly("GET /shop/v1/users/{}");
        fixture.write(application, """
                package com.acme.app;
                import jakarta.ws.rs.ApplicationPath;
                import jakarta.ws.rs.core.Application;
                @ApplicationPath("v2")
                public class ShopApplication extends Application { }
                """);

        Run second = run();

        assertThat(second.endpoints("app")).containsExactly("GET /shop/v2/users/{}");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aNewFileShadowingAResolvedNameIsTakenIntoAccount() {
        fixture.java(api, """
                package com.acme.api;
                public final class Names {
                    public static final String CART = "/cart";
                }
                """);
        fixture.java(app, """
                package com.acme.app;
                import com.acme.api.*;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class CartController {
                    @GetMapping(Names.CART) public String get() { return ""; }
                }
                """);
        assertThat(run().endpoints("app")).contains("GET /shop/cart");
        // a same-package type wins over the on-demand import: the controller's own bytes are unchanged
        fixture.java(app, """
                package com.acme.app;
                public final class Names {
                    public static final String CART = "/basket";
                }
                """);

        Run second = run();

        assertThat(second.endpoints("app")).contains("GET /shop/basket").doesNotContain("GET /shop/cart");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void anUnchangedClassIsScannedOnceAnInterfaceItImplementsStartsCarryingMappings() {
        Path tickerApi = fixture.java(api, """
                package com.acme.api;
                public interface TickerApi {
                    String tick();
                }
                """);
        fixture.java(app, """
                package com.acme.app;
                import com.acme.api.TickerApi;
                public class Ticker implements TickerApi {
                    public String tick() { return ""; }
                }
                """);
        assertThat(run().endpoints("app")).containsExactly("GET /shop/users/{}");
        fixture.write(tickerApi, """
                package com.acme.api;
                import jakarta.ws.rs.*;
                @Path("/ticks")
                public interface TickerApi {
                    @GET String tick();
                }
                """);

        Run second = run();

        assertThat(second.endpoints("app")).containsExactlyInAnyOrder("GET /shop/users/{}", "GET /shop/ticks");
        assertThat(second.scans()).isEqualTo(uncached().scans());
    }

    @Test
    void aCopyOfTheProjectWithItsCacheReportsItsOwnFiles(@TempDir Path elsewhere) throws IOException {
        run();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = elsewhere.resolve(dir.relativize(file));
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        cacheDir = elsewhere.resolve(dir.relativize(cacheDir));
        dir = elsewhere;
        fixture = new Fixture(elsewhere);
        api = fixture.module("api");
        app = fixture.module("app", "api");

        Run copied = run();

        assertThat(copied.scans()).isEqualTo(uncached().scans());
        assertThat(copied.scans().values()).flatExtracting(EndpointScan::endpoints)
                .allSatisfy(endpoint -> assertThat(endpoint.location().file()).startsWith(elsewhere));
    }

    @Test
    void aFileWithASyntaxErrorStaysReportedFromTheCache() {
        Path broken = fixture.java(api, """
                package com.acme.api;
                import org.springframework.web.bind.annotation.*;
                @RestController
                public class BrokenController {
                    @GetMapping("/broken") public String get( { return ""; }
                }
                """);
        Run first = run();
        Run second = run();

        assertThat(second.parsed()).isZero();
        assertThat(second.scans().get("api").problems()).hasSize(1)
                .isEqualTo(first.scans().get("api").problems())
                .allSatisfy(problem -> assertThat(problem.location().file()).isEqualTo(broken));
    }

    @Test
    void resultsOfAnotherVersionAreIgnored() {
        Run first = run("1.0");
        Run other = run("1.1");

        assertThat(other.parsed()).isEqualTo(first.parsed());
        assertThat(other.scans()).isEqualTo(first.scans());
    }

    @Test
    void theEndpointContractCheckUsesTheContextsScanCache() throws IOException {
        List<String> first = findings(ScanCache.in(cacheDir, VERSION));
        ScanCache warm = ScanCache.in(cacheDir, VERSION);

        List<String> second = findings(warm);

        assertThat(second).isEqualTo(first).isNotEmpty();
        assertThat(warm.results("endpoints", FileEndpoints.class).computedCount()).isZero();
        assertThat(warm.results("endpoint-file-traits", FileTraits.class).computedCount()).isZero();
    }

    /** Every finding of the check over the whole build, as text; saves the cache as the mojo would. */
    private List<String> findings(ScanCache scanCache) throws IOException {
        var model = fixture.model(List.of(Fixture.endpoint("GET", "/shop/orders/{id}", null, 10)));
        CheckContext context = new CheckContext(model, fixture.codebase(), ServiceMap.none(), Map.of(), scanCache);
        EndpointContractCheck check = new EndpointContractCheck();
        List<Violation> violations = new java.util.ArrayList<>(check.checkBuild(context));
        for (CodeModule module : fixture.codebase().modules()) {
            violations.addAll(check.checkModule(context, module));
        }
        liveHashes(scanCache);
        scanCache.save();
        return violations.stream().map(v -> v.ruleId() + " " + v.location() + " " + v.message()).toList();
    }
}
