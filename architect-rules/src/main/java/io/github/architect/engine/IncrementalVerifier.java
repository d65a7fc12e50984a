package io.github.architect.engine;

import io.github.architect.cache.CacheInputs;
import io.github.architect.cache.CacheLookup;
import io.github.architect.cache.FindingsCache;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs a {@link Verifier} through the incremental cache, three layers deep:
 * <ul>
 *   <li>a module (or the build) whose inputs are unchanged since the last run gets that run's
 *   findings back without any check running;</li>
 *   <li>a check whose findings about a module come from that module's files only
 *   ({@link Check#moduleInputs}) is cached apart, so editing one module does not re-import the
 *   bytecode of every other;</li>
 *   <li>the other checks run again, but their scanners reuse what they extracted from every
 *   unchanged file ({@link CheckContext#scanCache}), saved here after each run that computed some.</li>
 * </ul>
 * The cache is an optimisation only: when it cannot be read or written the findings are computed
 * and the reason goes to {@code debug}.
 */
public final class IncrementalVerifier {

    /**
     * @param findings what the checks found, sorted
     * @param checked  the checks that ran on this call; empty when everything came from the cache
     */
    public record Outcome(List<Violation> findings, Set<Check> checked) {

        public Outcome {
            findings = List.copyOf(findings);
            checked = Set.copyOf(checked);
        }

        public boolean fromCache() {
            return checked.isEmpty();
        }

        /** Whether a check of this type ran on this call (its shared results are in the context). */
        public boolean ran(Class<? extends Check> type) {
            return checked.stream().anyMatch(type::isInstance);
        }
    }

    private final Verifier verifier;
    private final CheckContext context;
    private final Path document;
    private final String version;
    private final Consumer<String> debug;

    /**
     * @param version the checks' version: the plugin's, with a SNAPSHOT jar's timestamp
     * @param debug   where to say why the cache was not used
     */
    public IncrementalVerifier(Verifier verifier, CheckContext context, Path document, String version,
                               Consumer<String> debug) {
        this.verifier = verifier;
        this.context = context;
        this.document = document;
        this.version = version;
        this.debug = debug;
    }

    /** The findings about one module; the caches live in {@code cacheDirectory} (the module's target/architect/cache). */
    public Outcome verifyModule(CodeModule module, Path cacheDirectory) {
        if (!module.holdsCode()) {
            return new Outcome(List.of(), Set.of());
        }
        List<Path> documentInputs = documentInputs();
        Map<String, String> configuration = configuration(module);
        List<Violation> findings = new ArrayList<>();
        Set<Check> checked = new LinkedHashSet<>();
        List<Check> rest = new ArrayList<>();
        for (Check check : verifier.checks()) {
            Optional<List<Path>> own = check.moduleInputs(context, module);
            if (own.isEmpty()) {
                rest.add(check);
                continue;
            }
            List<Path> inputs = new ArrayList<>(own.get());
            inputs.addAll(documentInputs);
            Map<String, String> keyed = new TreeMap<>(configuration);
            keyed.put("checks", name(check));
            findings.addAll(cached(module.artifactId() + " (" + name(check) + ")",
                    cacheDirectory.resolve("module-" + name(check) + ".json"),
                    CacheInputs.of(version, keyed, document, inputs, layoutRoots()), List.of(check), checked,
                    () -> verifier.verifyModule(context, module, List.of(check))));
        }
        if (!rest.isEmpty()) {
            List<Path> inputs = new ArrayList<>(allRoots(context.codebase()));
            inputs.addAll(documentInputs);
            Map<String, String> keyed = new TreeMap<>(configuration);
            keyed.put("checks", rest.stream().map(IncrementalVerifier::name).collect(Collectors.joining(",")));
            findings.addAll(cached(module.artifactId(), cacheDirectory.resolve("module.json"), CacheInputs.of(version, keyed, document,
                    inputs), rest, checked, () -> verifier.verifyModule(context, module, rest)));
        }
        return new Outcome(Verifier.sorted(findings), checked);
    }

    /** The findings about the whole build, cached in {@code cacheFile}. */
    public Outcome verifyBuild(Path cacheFile) {
        List<Path> inputs = new ArrayList<>(allRoots(context.codebase()));
        inputs.addAll(documentInputs());
        Set<Check> checked = new LinkedHashSet<>();
        List<Violation> findings = cached("the build", cacheFile, CacheInputs.of(version, configuration(null), document, inputs),
                verifier.checks(), checked, () -> verifier.verifyBuild(context));
        return new Outcome(findings, checked);
    }

    private List<Violation> cached(String what, Path cacheFile, CacheInputs inputs, List<Check> checks, Set<Check> checked,
                                   Supplier<List<Violation>> compute) {
        FindingsCache cache = new FindingsCache(cacheFile);
        CacheLookup lookup;
        try {
            lookup = cache.lookup(inputs, context.scanCache().digests());
        } catch (IOException e) {
            debug.accept("cache " + cacheFile + " not usable, checking everything: " + e);
            checked.addAll(checks);
            return compute.get();
        }
        if (lookup.hit()) {
            debug.accept(what + " unchanged since the last run, findings from " + cacheFile);
            saveScanCache(cacheFile);
            return lookup.findings().orElseThrow();
        }
        checked.addAll(checks);
        List<Violation> findings = compute.get();
        String parsed = context.scanCache().computedCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        if (!parsed.isEmpty()) {
            debug.accept(what + " checked; per-file results computed again so far in this build: " + parsed
                    + " (every other file's from the scan cache)");
        }
        try {
            cache.store(lookup, findings);
        } catch (IOException e) {
            debug.accept("could not store the cache " + cacheFile + ": " + e);
        }
        saveScanCache(cacheFile);
        return findings;
    }

    /** Saves what this run hashed and parsed anew; a no-op when nothing was (an unchanged re-run). */
    private void saveScanCache(Path cacheFile) {
        try {
            context.scanCache().save();
        } catch (IOException e) {
            debug.accept("could not store the scan cache beside " + cacheFile + ": " + e);
        }
    }

    private List<Path> documentInputs() {
        return verifier.checks().stream().flatMap(check -> check.documentInputs(context).stream()).distinct().toList();
    }

    /** Everything configured that changes findings; for a module also what its pom says. */
    private Map<String, String> configuration(CodeModule module) {
        Map<String, String> configuration = new TreeMap<>();
        verifier.policy().overrides().forEach((rule, severity) -> configuration.put("severity." + rule,
                String.valueOf(severity)));
        context.options().forEach((name, value) -> configuration.put("option." + name, value));
        configuration.put("modules", context.codebase().modules().stream()
                .map(m -> m.artifactId() + "@" + m.baseDirectory().toAbsolutePath().normalize())
                .collect(Collectors.joining(",")));
        if (module != null) {
            configuration.put("module", module.artifactId());
            configuration.put("libraries", String.join(",", module.libraries().stream().sorted().toList()));
            configuration.put("dependencies", String.join(",", module.dependencies().stream()
                    .map(d -> d + "@" + d.scope() + "<" + d.via()).sorted().toList()));
            configuration.put("javaRelease", module.javaRelease());
            configuration.put("moduleDependencies", String.join(",", module.moduleDependencies()));
        }
        return configuration;
    }

    /** Which module holds which class: the file names under every module's source and class directories. */
    private List<Path> layoutRoots() {
        List<Path> roots = new ArrayList<>();
        for (CodeModule module : context.codebase().modules()) {
            roots.addAll(module.sourceRoots());
            roots.addAll(module.classesDirectories());
        }
        return roots;
    }

    /** What any finding may depend on: every module's sources, classes, resources and pom. */
    private static List<Path> allRoots(Codebase codebase) {
        List<Path> roots = new ArrayList<>();
        for (CodeModule module : codebase.modules()) {
            roots.addAll(module.sourceRoots());
            roots.addAll(module.classesDirectories());
            roots.addAll(module.resourceDirectories());
            if (module.pomFile() != null) {
                roots.add(module.pomFile());
            }
        }
        return roots;
    }

    private static String name(Check check) {
        return check.getClass().getSimpleName();
    }
}
