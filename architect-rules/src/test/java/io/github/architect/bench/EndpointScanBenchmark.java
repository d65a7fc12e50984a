package io.github.architect.bench;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.endpoints.scan.EndpointScanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scans a generated project of 10,000 Java files (10 modules; 6% Spring controllers, 2% JAX-RS
 * resources, 42% services, 50% records/DTOs) and prints how long the endpoint scan takes, cold
 * (first scan in a fresh JVM, as in a build) and warm.
 *
 * <pre>./mvnw -q -pl architect-rules test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.architect.bench.EndpointScanBenchmark</pre>
 */
public final class EndpointScanBenchmark {

    private static final int FILES = 10_000;
    private static final int MODULES = 10;

    private EndpointScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("architect-endpoint-bench");
        try {
            Codebase codebase = generate(root);
            System.out.printf("%d files in %d modules, %d cores, Java %s%n", FILES, MODULES,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            for (int run = 1; run <= 5; run++) {
                long start = System.nanoTime();
                long cpuStart = os.getProcessCpuTime();
                EndpointScanner scanner = new EndpointScanner(codebase);
                int endpoints = 0;
                int unresolved = 0;
                for (CodeModule module : codebase.modules()) {
                    EndpointScan scan = scanner.scan(module);
                    endpoints += scan.endpoints().size();
                    unresolved += scan.unresolved().size() + scan.problems().size();
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                long cpuMillis = (os.getProcessCpuTime() - cpuStart) / 1_000_000;
                // on a shared machine wall time includes waiting for a core; CPU time (JIT and GC
                // included) divided by the cores used is what an idle 2-core machine would take at best
                System.out.printf("run %d (%s): wall %d ms, process CPU %d ms, %d endpoints, %d unresolved/problems,"
                        + " load average %.1f%n", run, run == 1 ? "cold" : "warm", millis, cpuMillis, endpoints,
                        unresolved, os.getSystemLoadAverage());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static Codebase generate(Path root) throws IOException {
        List<CodeModule> modules = new ArrayList<>();
        for (int m = 0; m < MODULES; m++) {
            modules.add(CodeModule.conventional("module" + m, root.resolve("module" + m)));
        }
        Path shared = modules.get(0).sourceRoots().get(0).resolve("com/acme/shared");
        write(shared.resolve("ApiPaths.java"), """
                package com.acme.shared;
                public final class ApiPaths {
                    public static final String BASE = "/api/v1";
                    private ApiPaths() { }
                }
                """);
        for (int i = 0; i < FILES - 1; i++) {
            CodeModule module = modules.get(i % MODULES);
            String pkg = "com.acme.m" + (i % MODULES) + ".p" + (i / 500);
            Path dir = module.sourceRoots().get(0).resolve(pkg.replace('.', '/'));
            int kind = i % 100;
            String name;
            String source;
            if (kind < 6) {
                name = "Resource" + i + "Controller";
                source = springController(pkg, name, i);
            } else if (kind < 8) {
                name = "Resource" + i + "Resource";
                source = jaxRsResource(pkg, name, i);
            } else if (kind < 50) {
                name = "Thing" + i + "Service";
                source = service(pkg, name, i);
            } else {
                name = "Thing" + i + "Dto";
                source = dto(pkg, name, i);
            }
            write(dir.resolve(name + ".java"), source);
        }
        return new Codebase(root, modules);
    }

    private static String springController(String pkg, String name, int i) {
        return """
                package %1$s;

                import com.acme.shared.ApiPaths;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;
                import java.util.List;

                @RestController
                @RequestMapping(ApiPaths.BASE + "/things%2$d")
                public class %3$s {
                    private static final String BY_ID = "/{id}";
                    private final Thing%2$dService service;

                    public %3$s(Thing%2$dService service) {
                        this.service = service;
                    }

                    @GetMapping
                    public List<Thing%2$dDto> list(@RequestParam(defaultValue = "0") int page) {
                        return service.findAll(page);
                    }

                    @GetMapping(BY_ID)
                    public ResponseEntity<Thing%2$dDto> get(@PathVariable long id) {
                        return service.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
                    }

                    @PostMapping
                    public Thing%2$dDto create(@RequestBody Thing%2$dDto body) {
                        return service.save(body);
                    }

                    @PutMapping(BY_ID)
                    public Thing%2$dDto update(@PathVariable long id, @RequestBody Thing%2$dDto body) {
                        if (id < 0) {
                            throw new IllegalArgumentException("negative id " + id);
                        }
                        return service.save(body);
                    }

                    @DeleteMapping(BY_ID)
                    public void delete(@PathVariable long id) {
                        service.delete(id);
                    }
                }
                """.formatted(pkg, i, name);
    }

    private static String jaxRsResource(String pkg, String name, int i) {
        return """
                package %1$s;

                import jakarta.ws.rs.*;
                import jakarta.ws.rs.core.MediaType;
                import java.util.List;

                @Path("/jax%2$d")
                @Produces(MediaType.APPLICATION_JSON)
                public class %3$s {
                    @GET
                    public List<String> list() {
                        return List.of("a", "b");
                    }

                    @GET
                    @Path("{id: [0-9]+}")
                    public String get(@PathParam("id") long id) {
                        return "item " + id;
                    }

                    @POST
                    @Consumes(MediaType.APPLICATION_JSON)
                    public String create(String body) {
                        return body;
                    }
                }
                """.formatted(pkg, i, name);
    }

    private static String service(String pkg, String name, int i) {
        return """
                package %1$s;

                import java.util.ArrayList;
                import java.util.List;
                import java.util.Map;
                import java.util.Optional;
                import java.util.concurrent.ConcurrentHashMap;

                public class %2$s {
                    private final Map<Long, Thing%3$dDto> store = new ConcurrentHashMap<>();

                    public List<Thing%3$dDto> findAll(int page) {
                        List<Thing%3$dDto> all = new ArrayList<>(store.values());
                        int from = Math.min(page * 20, all.size());
                        return all.subList(from, Math.min(from + 20, all.size()));
                    }

                    public Optional<Thing%3$dDto> find(long id) {
                        return Optional.ofNullable(store.get(id));
                    }

                    public Thing%3$dDto save(Thing%3$dDto thing) {
                        store.put(thing.id(), thing);
                        return thing;
                    }

                    public void delete(long id) {
                        store.remove(id);
                    }

                    /** Computes a checksum over every name, to give the parser a method body of some size. */
                    public int checksum() {
                        int sum = 0;
                        for (Thing%3$dDto thing : store.values()) {
                            for (char c : thing.name().toCharArray()) {
                                sum = 31 * sum + c;
                            }
                        }
                        return sum;
                    }
                }
                """.formatted(pkg, name, i - (i % 100) + (i % 100));
    }

    private static String dto(String pkg, String name, int i) {
        return """
                package %1$s;

                import java.time.Instant;
                import java.util.List;

                /** A value carried between layers. */
                public record %2$s(long id, String name, String description, Instant created, List<String> tags) {

                    public %2$s {
                        tags = List.copyOf(tags);
                        if (name == null || name.isBlank()) {
                            throw new IllegalArgumentException("name is required");
                        }
                    }

                    public %2$s withName(String newName) {
                        return new %2$s(id, newName, description, created, tags);
                    }
                }
                """.formatted(pkg, name);
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
