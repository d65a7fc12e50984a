package io.github.architect.bench;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.events.MessagingScan;
import io.github.architect.events.MessagingScanner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scans a generated project of 10,000 Java files (10 modules; 3% Kafka listeners, 2% classes sending
 * through a KafkaTemplate with a constant of another file, 95% plain services) and prints how long the
 * messaging scan takes, cold and warm. Only files whose text names a listener or template are parsed.
 *
 * <pre>./mvnw -q -pl architect-rules test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.architect.bench.MessagingScanBenchmark</pre>
 */
public final class MessagingScanBenchmark {

    private static final int FILES = 10_000;
    private static final int MODULES = 10;

    private MessagingScanBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Files.createTempDirectory("architect-messaging-bench");
        try {
            Codebase codebase = generate(root);
            System.out.printf("%d files in %d modules, %d cores, Java %s%n", FILES, MODULES,
                    Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
            for (int run = 1; run <= 5; run++) {
                long start = System.nanoTime();
                MessagingScanner scanner = new MessagingScanner(codebase);
                int topics = 0;
                int unresolved = 0;
                for (CodeModule module : codebase.modules()) {
                    MessagingScan scan = scanner.scan(module);
                    topics += scan.topics().size();
                    unresolved += scan.unresolved().size() + scan.problems().size();
                }
                System.out.printf("run %d (%s): wall %d ms, %d topics, %d unresolved/problems, load average %.1f%n",
                        run, run == 1 ? "cold" : "warm", (System.nanoTime() - start) / 1_000_000, topics, unresolved,
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        } finally {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static Codebase generate(Path root) throws IOException {
        List<CodeModule> modules = new ArrayList<>();
        for (int m = 0; m < MODULES; m++) {
            CodeModule module = CodeModule.conventional("module" + m, root.resolve("module" + m));
            Path pkg = module.sourceRoots().get(0).resolve("com/acme/m" + m);
            Files.createDirectories(pkg);
            Files.writeString(pkg.resolve("Topics.java"), "package com.acme.m" + m
                    + ";\npublic interface Topics { String OUT = \"m" + m + ".out\"; }\n");
            for (int i = 0; i < FILES / MODULES - 1; i++) {
                String name = "C" + i;
                String body;
                if (i % 100 < 3) {
                    body = "import org.springframework.kafka.annotation.KafkaListener;\npublic class " + name
                            + " {\n    @KafkaListener(topics = \"m" + m + ".in" + i + "\")\n    void on(String s) { }\n}\n";
                } else if (i % 100 < 5) {
                    body = "import org.springframework.kafka.core.KafkaTemplate;\npublic class " + name
                            + " {\n    private final KafkaTemplate<String, String> kafka = null;\n"
                            + "    void send(String s) { kafka.send(Topics.OUT, s); }\n}\n";
                } else {
                    body = "public class " + name + " {\n    private int count;\n    int next(int step) {\n"
                            + "        for (int k = 0; k < step; k++) { count += k; }\n        return count;\n    }\n}\n";
                }
                Files.writeString(pkg.resolve(name + ".java"), "package com.acme.m" + m + ";\n" + body);
            }
            modules.add(module);
        }
        return new Codebase(root, modules);
    }
}
