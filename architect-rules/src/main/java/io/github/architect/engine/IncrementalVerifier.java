package io.github.architect.engine;

import io.github.architect.cache.CacheInputs;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.check.ServiceEdge;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
     * @param findings  what the checks found, sorted
     * @param checked   the checks that ran on this call; empty when everything came from the cache
     * @param usedEdges the service pairs the module's code uses, computed or as stored with the
     *                  cached findings; null when not known (no check looks at them, or the
     *                  bytecode could not be read)
     */
    public record Outcome(List<Violation> findings, Set<Check> checked, Set<ServiceEdge> usedEdges) {

        public Outcome {
            findings = List.copyOf(findings);
            checked = Set.copyOf(checked);
            usedEdges = usedEdges == null ? null : Collections.unmodifiableSet(new TreeSet<>(usedEdges));
        }

        public Outcome(List<Violation> findings, Set<Check> checked) {
            this(findings, checked, null);
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
    private final Supplier<List<Path>> documentInputs;
    private final Consumer<String> debug;

    /**
     * @param version the checks' version: the plugin's, with a SNAPSHOT jar's timestamp
     * @param debug   where to say why the cache was not used
     */
    public IncrementalVerifier(Verifier verifier, CheckContext context, Path document, String version,
                               Consumer<String> debug) {
        this(verifier, context, document, version, () -> Stream.concat(
                verifier.checks().stream().flatMap(check -> check.documentInputs(context).stream()),
                verifier.checks().stream().flatMap(check -> check.layoutInputs(context.codebase()).stream()))
                .distinct().toList(), debug);
    }

    /**
     * @param documentInputs the files beside the document the findings depend on (what the checks'
     *                       {@link Check#documentInputs} and {@link Check#layoutInputs} name), asked
     *                       once per lookup: the session knows them without reading the document
     */
    IncrementalVerifier(Verifier verifier, CheckContext context, Path document, String version,
                        Supplier<List<Path>> documentInputs, Consumer<String> debug) {
        this.verifier = verifier;
        this.context = context;
        this.document = document;
        this.version = version;
        this.documentInputs = documentInputs;
        this.debug = debug;
    }

    /** The findings about one module; the caches live in {@code cacheDirectory} (the module's target/architect/cache). */
    public Outcome verifyModule(CodeModule module, Path cacheDirectory) {
        if (!module.holdsCode()) {
            // a module without code uses no service, which is known without importing anything
            return new Outcome(List.of(), Set.of(), Set.of());
        }
        List<Path> documentInputs = documentInputs();
        Map<String, String> configuration = configuration(module);
        List<Violation> findings = new ArrayList<>();
        Set<Check> checked = new LinkedHashSet<>();
        List<Optional<Set<ServiceEdge>>> edges = new ArrayList<>();
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
            Served served = cached(module.artifactId() + " (" + name(check) + ")",
                    cacheDirectory.resolve("module-" + name(check) + ".json"),
                    CacheInputs.of(version, keyed, document, inputs, layoutRoots()), List.of(check), checked,
                    () -> verifier.verifyModule(context, module, List.of(check)), module);
            findings.addAll(served.findings());
            edges.add(served.usedEdges());
        }
        if (!rest.isEmpty()) {
            List<Path> inputs = new ArrayList<>(allRoots(context.codebase()));
            inputs.addAll(documentInputs);
            Map<String, String> keyed = new TreeMap<>(configuration);
            keyed.put("checks", rest.stream().map(IncrementalVerifier::name).collect(Collectors.joining(",")));
            Served served = cached(module.artifactId(), cacheDirectory.resolve("module.json"), CacheInputs.of(version, keyed,
                    document, inputs), rest, checked, () -> verifier.verifyModule(context, module, rest), module);
            findings.addAll(served.findings());
            edges.add(served.usedEdges());
        }
        Set<ServiceEdge> used = edges.stream().anyMatch(Optional::isPresent)
                ? edges.stream().flatMap(Optional::stream).flatMap(Set::stream).collect(Collectors.toSet()) : null;
        return new Outcome(Verifier.sorted(findings), checked, used);
    }

    /** The findings about the whole build, cached in {@code cacheFile}. */
    public Outcome verifyBuild(Path cacheFile) {
        List<Path> inputs = new ArrayList<>(allRoots(context.codebase()));
        inputs.addAll(documentInputs());
        Set<Check> checked = new LinkedHashSet<>();
        List<Violation> findings = cached("the build", cacheFile, CacheInputs.of(version, configuration(null), document, inputs),
                verifier.checks(), checked, () -> verifier.verifyBuild(context), null).findings();
        return new Outcome(findings, checked);
    }

    /** Findings of some checks, and the service pairs those checks saw the module use (empty when none looks). */
    private record Served(List<Violation> findings, Optional<Set<ServiceEdge>> usedEdges) {
    }

    /**
     * @param module the module checked, whose used service pairs are computed and stored with the
     *               findings; null for the build's findings
     */
    private Served cached(String what, Path cacheFile, CacheInputs inputs, List<Check> checks, Set<Check> checked,
                          Supplier<List<Violation>> compute, CodeModule module) {
        FindingsCache cache = new FindingsCache(cacheFile);
        CacheLookup lookup;
        try {
            lookup = timeLookup(what, () -> cache.lookup(inputs, context.scanCache().digests()));
        } catch (IOException e) {
            debug.accept("cache " + cacheFile + " not usable, checking everything: " + e);
            checked.addAll(checks);
            List<Violation> findings = compute.get();
            return new Served(findings, usedEdges(checks, module));
        }
        if (lookup.hit()) {
            debug.accept(what + " unchanged since the last run, findings from " + cacheFile);
            saveScanCache(cacheFile);
            return new Served(lookup.findings().orElseThrow(), lookup.usedEdges());
        }
        checked.addAll(checks);
        List<Violation> findings = compute.get();
        Optional<Set<ServiceEdge>> usedEdges = usedEdges(checks, module);
        String parsed = context.scanCache().computedCounts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        if (!parsed.isEmpty()) {
            debug.accept(what + " checked; per-file results computed again so far in this build: " + parsed
                    + " (every other file's from the scan cache)");
        }
        try {
            cache.store(lookup, findings, usedEdges);
        } catch (IOException e) {
            debug.accept("could not store the cache " + cacheFile + ": " + e);
        }
        saveScanCache(cacheFile);
        return new Served(findings, usedEdges);
    }

    private interface Lookup {
        CacheLookup get() throws IOException;
    }

    /** Times a cache lookup (hashing the inputs, reading the stored findings) as step "cache". */
    private CacheLookup timeLookup(String what, Lookup lookup) throws IOException {
        long start = System.nanoTime();
        try {
            return lookup.get();
        } finally {
            verifier.timings().record("cache", "lookup for " + what, System.nanoTime() - start);
        }
    }

    /**
     * The service pairs the checks saw the module's code use, asked right after they ran so they
     * reuse their import; empty when none of them looks, or when the bytecode cannot be read (the
     * diagram then draws declared edges without a verdict, on a full run and a cached one alike).
     */
    private Optional<Set<ServiceEdge>> usedEdges(List<Check> checks, CodeModule module) {
        if (module == null) {
            return Optional.empty();
        }
        Set<ServiceEdge> edges = new TreeSet<>();
        boolean known = false;
        for (Check check : checks) {
            Optional<Set<ServiceEdge>> seen;
            try {
                seen = verifier.timings().time(name(check), "used edges of " + module.artifactId(),
                        () -> check.usedEdges(context, module));
            } catch (RuntimeException e) {
                debug.accept("could not read the service edges used by " + module.artifactId() + ": " + e);
                return Optional.empty();
            }
            if (seen.isPresent()) {
                known = true;
                edges.addAll(seen.get());
            }
        }
        return known ? Optional.of(edges) : Optional.empty();
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
        return documentInputs.get();
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
