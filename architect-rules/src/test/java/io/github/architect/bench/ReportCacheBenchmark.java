package io.github.architect.bench;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import io.github.architect.cache.CacheInputs;
import io.github.architect.cache.CacheLookup;
import io.github.architect.cache.FileResultCache;
import io.github.architect.cache.FindingsCache;
import io.github.architect.check.Location;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures the incremental cache against a full scan of a generated code base: a full run parses
 * every source with JavaParser (what the scanners do) and stores findings; an unchanged re-run is a
 * {@link FindingsCache} hit; a one-file change misses the findings cache but re-parses one file
 * through {@link FileResultCache}. Not a test: run it with exec:java (see docs/performance.md).
 */
public final class ReportCacheBenchmark {

    record Scanned(String file, List<String> types, List<String> imports) {
    }

    private ReportCacheBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int modules = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int classesPerModule = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        Path root = Files.createTempDirectory("architect-bench");
        Path document = Files.writeString(root.resolve("architecture.md"), "# Architecture\n");
        List<Path> roots = new ArrayList<>();
        List<Path> sources = new ArrayList<>();
        for (int m = 0; m < modules; m++) {
            Path src = root.resolve("module" + m + "/src/main/java");
            roots.add(src);
            Path pkg = Files.createDirectories(src.resolve("com/acme/m" + m));
            for (int c = 0; c < classesPerModule; c++) {
                sources.add(Files.writeString(pkg.resolve("Type" + c + ".java"), source(m, c, modules)));
            }
        }
        System.out.printf("%d modules x %d classes = %d source files%n", modules, classesPerModule, sources.size());

        long[] full = new long[rounds];
        long[] unchanged = new long[rounds];
        long[] oneFile = new long[rounds];
        int reparsedOnChange = 0;
        for (int round = 0; round < rounds; round++) {
            Path cacheDir = root.resolve("target/architect/cache-" + round);
            FindingsCache cache = new FindingsCache(cacheDir.resolve("build.json"));
            CacheInputs inputs = CacheInputs.of("bench", Map.of(), document, roots);

            long t0 = System.nanoTime();
            CacheLookup miss = cache.lookup(inputs);
            FileResultCache<Scanned> perFile = FileResultCache.open(cacheDir.resolve("scanned.json"), Scanned.class);
            List<Violation> findings = scan(sources, perFile, miss);
            perFile.save();
            cache.store(miss, findings);
            full[round] = System.nanoTime() - t0;

            long t1 = System.nanoTime();
            CacheLookup hit = cache.lookup(inputs);
            if (!hit.hit() || !hit.findings().orElseThrow().equals(findings)) {
                throw new IllegalStateException("unchanged re-run was not served from the cache");
            }
            unchanged[round] = System.nanoTime() - t1;

            Path edited = sources.get(round * 7 % sources.size());
            Files.writeString(edited, Files.readString(edited) + "\n// edit " + round + "\n");
            long t2 = System.nanoTime();
            CacheLookup changed = cache.lookup(inputs);
            FileResultCache<Scanned> again = FileResultCache.open(cacheDir.resolve("scanned.json"), Scanned.class);
            List<Violation> rescanned = scan(sources, again, changed);
            again.save();
            cache.store(changed, rescanned);
            oneFile[round] = System.nanoTime() - t2;
            reparsedOnChange = again.computedCount();
        }
        // the first round warms up the JIT; report the median of the others
        double fullMs = median(full) / 1e6;
        double unchangedMs = median(unchanged) / 1e6;
        double oneFileMs = median(oneFile) / 1e6;
        System.out.printf("full run (parse all, store):        %8.1f ms%n", fullMs);
        System.out.printf("unchanged re-run (cache hit):       %8.1f ms  = %.1f%% of full%n", unchangedMs, 100 * unchangedMs / fullMs);
        System.out.printf("one file changed (re-parse 1 file): %8.1f ms  = %.1f%% of full, files re-parsed: %d%n",
                oneFileMs, 100 * oneFileMs / fullMs, reparsedOnChange);
        deleteTree(root);
    }

    private static List<Violation> scan(List<Path> sources, FileResultCache<Scanned> perFile, CacheLookup lookup) {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        List<Violation> findings = new ArrayList<>();
        for (Path source : sources) {
            String hash = lookup.sha256(source).orElseThrow();
            Scanned scanned = perFile.get(source, hash, file -> parse(parser, file));
            for (String imported : scanned.imports()) {
                // a stand-in rule: module 0 may not use module 1
                if (scanned.file().contains("/m0/") && imported.startsWith("com.acme.m1.")) {
                    findings.add(Violation.builder("undeclared-dependency", Severity.ERROR)
                            .at(Location.of(source, 3, 1)).message(scanned.types() + " uses " + imported)
                            .subjects(scanned.types().get(0), imported).build());
                }
            }
        }
        return findings;
    }

    private static Scanned parse(JavaParser parser, Path file) {
        try {
            CompilationUnit unit = parser.parse(file).getResult().orElseThrow();
            return new Scanned(file.toString().replace('\\', '/'),
                    unit.getTypes().stream().map(TypeDeclaration::getNameAsString).toList(),
                    unit.getImports().stream().map(ImportDeclaration::getNameAsString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String source(int module, int index, int modules) {
        int other = (module + 1) % modules;
        StringBuilder body = new StringBuilder();
        for (int f = 0; f < 12; f++) {
            body.append("    private final java.util.List<String> field").append(f).append(" = new java.util.ArrayList<>();\n")
                    .append("    public int method").append(f).append("(int x) {\n")
                    .append("        if (x > ").append(f).append(") { return x * ").append(f).append("; }\n")
                    .append("        return field").append(f).append(".size() + x;\n    }\n");
        }
        return "package com.acme.m" + module + ";\n\nimport com.acme.m" + other + ".Type" + index + ";\n"
                + "import java.util.Map;\n\n/** Generated. */\npublic class Type" + index + " {\n" + body + "}\n";
    }

    private static double median(long[] values) {
        long[] measured = Arrays.copyOfRange(values, 1, values.length);
        Arrays.sort(measured);
        return measured[measured.length / 2];
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
