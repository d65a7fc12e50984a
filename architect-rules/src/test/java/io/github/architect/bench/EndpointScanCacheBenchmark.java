package io.github.architect.bench;

import io.github.architect.cache.ScanCache;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.endpoints.scan.EndpointScan;
import io.github.architect.endpoints.scan.EndpointScanner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The endpoint scan of {@link EndpointScanBenchmark}'s 10,000-file project with a persistent
 * per-file cache: a full scan into an empty cache, an unchanged re-scan and a re-scan after one
 * controller changed, each with a new {@link ScanCache} over the stored directory as a new Maven
 * invocation would have. Hashing the inputs is timed apart: in a build the findings cache has
 * usually hashed them already.
 *
 * <pre>./mvnw -q -o -pl architect-rules test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.architect.bench.EndpointScanCacheBenchmark</pre>
 */
public final class EndpointScanCacheBenchmark {

    private static final int ROUNDS = 2;

    private EndpointScanCacheBenchmark() {
    }

    /** One timed scan of every module. */
    private record Phase(String name, long hashMillis, long scanMillis, long cpuMillis, long saveMillis, int parsed,
                         List<EndpointScan> scans) {

        int endpoints() {
            return scans.stream().mapToInt(s -> s.endpoints().size()).sum();
        }

        int problems() {
            return scans.stream().mapToInt(s -> s.unresolved().size() + s.problems().size()).sum();
        }
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("architect-endpoint-cache-bench");
        try {
            Codebase codebase = EndpointScanBenchmark.generate(root);
            List<Path> inputs = javaFiles(root);
            System.out.printf("%d files in %d modules, %d cores, Java %s%n", inputs.size(), codebase.modules().size(),
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            Path controller = inputs.stream().filter(p -> p.getFileName().toString().equals("Resource0Controller.java"))
                    .findFirst().orElseThrow();
            String original = Files.readString(controller);
            for (int round = 1; round <= ROUNDS; round++) {
                Path cacheDir = root.resolve("cache-" + round);
                Files.writeString(controller, original);
                Phase full = phase("full scan, empty cache", codebase, inputs, cacheDir);
                Phase unchanged = phase("unchanged, warm cache", codebase, inputs, cacheDir);
                Files.writeString(controller, original.replace("/things0\"", "/things0-renamed\""));
                Phase changed = phase("one controller changed", codebase, inputs, cacheDir);
                System.out.printf("round %d%s%n", round, round == 1 ? " (first in this JVM)" : " (JIT warm)");
                for (Phase phase : List.of(full, unchanged, changed)) {
                    System.out.printf("  %-24s hash %5d ms, scan %6d ms (process CPU %6d ms), save %4d ms,"
                                    + " %5d files parsed, %d endpoints, %d unresolved/problems%n",
                            phase.name(), phase.hashMillis(), phase.scanMillis(), phase.cpuMillis(),
                            phase.saveMillis(), phase.parsed(), phase.endpoints(), phase.problems());
                }
                boolean renamed = changed.scans().stream().flatMap(s -> s.endpoints().stream())
                        .anyMatch(e -> e.path().endsWith("/things0-renamed"));
                System.out.printf("  unchanged equals full: %s; changed endpoint reported: %s; cache %s;"
                                + " load average %.1f%n", unchanged.scans().equals(full.scans()), renamed,
                        sizeOf(cacheDir),
                        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Phase phase(String name, Codebase codebase, List<Path> inputs, Path cacheDir) throws IOException {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                ManagementFactory.getOperatingSystemMXBean();
        ScanCache scanCache = ScanCache.in(cacheDir, "bench");
        long start = System.nanoTime();
        Set<String> live = new HashSet<>();
        inputs.parallelStream().map(scanCache::sha256).toList().forEach(live::add);
        long hashed = System.nanoTime();
        long cpuStart = os.getProcessCpuTime();
        EndpointScanner scanner = new EndpointScanner(codebase, scanCache);
        List<EndpointScan> scans = new ArrayList<>();
        for (CodeModule module : codebase.modules()) {
            scans.add(scanner.scan(module));
        }
        long scanned = System.nanoTime();
        long cpu = os.getProcessCpuTime() - cpuStart;
        scanCache.save(); // "live" above looked at every input, as the findings cache does in a build
        long saved = System.nanoTime();
        return new Phase(name, (hashed - start) / 1_000_000, (scanned - hashed) / 1_000_000, cpu / 1_000_000,
                (saved - scanned) / 1_000_000, scanner.parsedFiles(), scans);
    }

    private static String sizeOf(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted()
                    .map(p -> p.getFileName() + " " + p.toFile().length() / 1024 + " KiB")
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
