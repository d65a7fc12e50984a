package io.github.architect.endpoints.scan;

import io.github.architect.endpoints.contract.CodeEndpoint;
import io.github.architect.endpoints.framework.HandlerSource;
import io.github.architect.endpoints.framework.EndpointFramework;
import io.github.architect.endpoints.framework.ModuleScan;
import io.github.architect.endpoints.framework.UnresolvedMapping;
import io.github.architect.endpoints.source.DeploymentConfig;
import io.github.architect.endpoints.source.ProjectSources;
import io.github.architect.endpoints.source.SourceIndex;
import io.github.architect.endpoints.source.SourceProblem;
import io.github.architect.code.Unresolvable;
import io.github.architect.code.ParsedJava;
import io.github.architect.code.JavaTypes;
import io.github.architect.code.JavaType;
import io.github.architect.cache.ScanCache;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.code.JavaSourceLookup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the HTTP endpoints of a module from its sources. Only files that can hold a mapping are
 * parsed (a text pre-filter), in parallel; the parse is shared by every module of the build, since
 * controllers inherit mappings and constants from other modules' sources. With a persistent
 * {@link ScanCache}, what each file yielded is reused while the file and the files its mappings were
 * resolved against are unchanged, so a run after a one-file change parses about that file only.
 */
public final class EndpointScanner {

    private static final List<EndpointFramework> FRAMEWORKS = EndpointFramework.all();

    private final Codebase codebase;
    private final ProjectSources sources;
    private final EndpointCaches caches;
    private volatile CandidateFiles candidates;

    /** A scanner whose results last for this run only. */
    public EndpointScanner(Codebase codebase) {
        this(codebase, ScanCache.disabled());
    }

    public EndpointScanner(Codebase codebase, ScanCache scanCache) {
        this(codebase, scanCache, JavaSourceIndex.of(codebase));
    }

    /** A scanner reading the build's sources through {@code index}, shared with the other checks. */
    public EndpointScanner(Codebase codebase, ScanCache scanCache, JavaSourceIndex index) {
        this.codebase = codebase;
        this.sources = ProjectSources.over(index);
        this.caches = new EndpointCaches(scanCache);
    }

    /** The endpoints, unresolvable mappings and unreadable files of one module. */
    public EndpointScan scan(CodeModule module) {
        ModuleView view = viewOf(module);
        List<Path> files = view.files();
        DeploymentConfig config = deploymentConfig(module);
        String applicationPath = applicationPath(module, files);
        // a file's endpoints depend on the module's deployment as well as on its sources
        String qualifier = config.fingerprint(applicationPath);
        List<FileEndpoints> scans = files.parallelStream()
                .map(file -> endpointsOf(file, config, applicationPath, qualifier, view.lookup()))
                .toList();
        List<CodeEndpoint> endpoints = new ArrayList<>();
        List<UnresolvedMapping> unresolved = new ArrayList<>();
        List<SourceProblem> problems = new ArrayList<>(config.problems());
        for (FileEndpoints scan : scans) {
            endpoints.addAll(scan.codeEndpoints());
            unresolved.addAll(scan.unresolvedMappings());
            if (scan.problem() != null) {
                problems.add(scan.sourceProblem());
            }
        }
        endpoints.sort(Comparator.comparing(CodeEndpoint::location).thenComparing(CodeEndpoint::path)
                .thenComparing(CodeEndpoint::method));
        unresolved.sort(Comparator.comparing(UnresolvedMapping::location));
        return new EndpointScan(endpoints, unresolved, problems);
    }

    /**
     * The handlers of a module's endpoints with their declarations, for checks that look inside them.
     * Not cached across runs: the declarations are syntax trees; the parses are shared with {@link #scan}.
     */
    public List<HandlerSource> handlers(CodeModule module) {
        ModuleView view = viewOf(module);
        List<Path> files = view.files();
        DeploymentConfig config = deploymentConfig(module);
        String applicationPath = applicationPath(module, files);
        JavaTypes types = new JavaTypes(view.lookup());
        List<HandlerSource> handlers = new ArrayList<>();
        for (Path file : files) {
            for (JavaType type : JavaTypes.typesOf(sources.parse(file))) {
                if (type.isConcreteClass()) {
                    handlers.addAll(scanType(types, type, config, applicationPath).handlers());
                }
            }
        }
        return handlers;
    }

    /** The sources this scanner parses, for checks that resolve types the handlers name. */
    public SourceIndex sourceIndex() {
        return new SourceIndex(sources);
    }

    private FileEndpoints endpointsOf(Path file, DeploymentConfig config, String applicationPath, String deployment,
                                      JavaSourceLookup lookup) {
        // the locations found hold the file's path: a copy of the project elsewhere must not get them
        String qualifier = deployment + "|" + file;
        return caches.get(caches.endpoints, file, qualifier, stored -> caches.unchanged(stored.dependencies(), lookup),
                () -> {
                    ConsultedSources consulted = new ConsultedSources(lookup);
                    JavaTypes types = new JavaTypes(consulted);
                    ParsedJava parsed = sources.parse(file);
                    List<CodeEndpoint> endpoints = new ArrayList<>();
                    List<UnresolvedMapping> unresolved = new ArrayList<>();
                    for (JavaType type : JavaTypes.typesOf(parsed)) {
                        if (type.isConcreteClass()) {
                            ModuleScan scan = scanType(types, type, config, applicationPath);
                            endpoints.addAll(scan.endpoints());
                            unresolved.addAll(scan.unresolved());
                        }
                    }
                    return FileEndpoints.of(endpoints, unresolved, ProjectSources.problemOf(parsed), caches.dependencies(consulted));
                });
    }

    private static ModuleScan scanType(JavaTypes types, JavaType type, DeploymentConfig config,
                                       String applicationPath) {
        ModuleScan scan = new ModuleScan(types, config, applicationPath);
        List<JavaType> hierarchy = types.hierarchy(type);
        for (EndpointFramework framework : FRAMEWORKS) {
            framework.collect(scan, type, hierarchy);
        }
        return scan;
    }

    private CandidateFiles candidates() {
        CandidateFiles result = candidates;
        if (result == null) {
            synchronized (this) {
                result = candidates;
                if (result == null) {
                    result = CandidateFiles.find(buildFiles(), sources, caches);
                    candidates = result;
                }
            }
        }
        return result;
    }

    /** The files of every module with code, as the build-wide view of the poms knows them. */
    private List<Path> buildFiles() {
        return codebase.modules().stream().filter(CodeModule::holdsCode)
                .flatMap(m -> sources.filesOf(m).stream()).distinct().toList();
    }

    /**
     * The module's files worth parsing and the lookup its types resolve through. The module being
     * verified may have source roots the build-wide view lacks (generated ones): its files there
     * are candidates and resolvable types too.
     */
    private ModuleView viewOf(CodeModule module) {
        CandidateFiles build = candidates();
        List<Path> own = sources.filesOf(module);
        List<Path> buildFiles = buildFiles();
        Set<Path> known = new HashSet<>(buildFiles);
        List<Path> extra = own.stream().filter(file -> !known.contains(file)).toList();
        if (extra.isEmpty()) {
            return new ModuleView(own.stream().filter(build::contains).toList(), sources);
        }
        List<Path> all = new ArrayList<>(buildFiles);
        all.addAll(extra);
        CandidateFiles withOwn = CandidateFiles.find(all, sources, caches);
        return new ModuleView(own.stream().filter(withOwn::contains).toList(), new ModuleSources(sources, extra));
    }

    private record ModuleView(List<Path> files, JavaSourceLookup lookup) {
    }

    /** The module's own configuration, completed by that of the modules that deploy it. */
    private DeploymentConfig deploymentConfig(CodeModule module) {
        DeploymentConfig config = DeploymentConfig.read(module.resourceDirectories());
        for (CodeModule dependent : dependents(module)) {
            config = config.orElse(DeploymentConfig.read(dependent.resourceDirectories()));
        }
        return config;
    }

    private String applicationPath(CodeModule module, List<Path> moduleFiles) {
        Optional<String> own = applicationPathIn(moduleFiles);
        if (own.isPresent()) {
            return own.get();
        }
        CandidateFiles parseable = candidates();
        for (CodeModule dependent : dependents(module)) {
            Optional<String> deployed = applicationPathIn(sources.filesOf(dependent).stream()
                    .filter(parseable::contains).toList());
            if (deployed.isPresent()) {
                return deployed.get();
            }
        }
        return null;
    }

    /** The first {@code @ApplicationPath} of the files; none when the first one cannot be evaluated. */
    private Optional<String> applicationPathIn(List<Path> files) {
        Set<Path> declaring = candidates().declaringApplicationPath();
        for (Path file : files) {
            if (!declaring.contains(file)) {
                continue; // no parse needed to know it declares none
            }
            FileApplicationPath declared = applicationPathOf(file);
            if (declared.unresolvable()) {
                return Optional.empty();
            }
            if (declared.path() != null) {
                return Optional.of(declared.path());
            }
        }
        return Optional.empty();
    }

    private FileApplicationPath applicationPathOf(Path file) {
        return caches.get(caches.applicationPaths, file, "", stored -> caches.unchanged(stored.dependencies(), sources),
                () -> {
                    ConsultedSources consulted = new ConsultedSources(sources);
                    ModuleScan scan = new ModuleScan(new JavaTypes(consulted), DeploymentConfig.empty(), null);
                    for (JavaType type : JavaTypes.typesOf(sources.parse(file))) {
                        try {
                            Optional<String> path = applicationPathOf(scan, type);
                            if (path.isPresent()) {
                                return new FileApplicationPath(path.get(), false, caches.dependencies(consulted));
                            }
                        } catch (Unresolvable e) {
                            return new FileApplicationPath(null, true, caches.dependencies(consulted));
                        }
                    }
                    return new FileApplicationPath(null, false, caches.dependencies(consulted));
                });
    }

    /** The first framework's deployment-wide prefix declared on {@code type}. */
    private static Optional<String> applicationPathOf(ModuleScan scan, JavaType type) throws Unresolvable {
        for (EndpointFramework framework : FRAMEWORKS) {
            Optional<String> path = framework.applicationPath(scan, type);
            if (path.isPresent()) {
                return path;
            }
        }
        return Optional.empty();
    }

    /** Modules that depend on this one, directly or not: where a library of controllers is deployed. */
    private List<CodeModule> dependents(CodeModule module) {
        List<CodeModule> found = new ArrayList<>();
        Set<String> reached = new HashSet<>(Set.of(module.artifactId()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CodeModule other : codebase.modules()) {
                if (!reached.contains(other.artifactId())
                        && other.moduleDependencies().stream().anyMatch(reached::contains)) {
                    reached.add(other.artifactId());
                    found.add(other);
                    grew = true;
                }
            }
        }
        return found;
    }

    /** How many files were really parsed (read and handed to JavaParser) by this scanner so far. */
    public int parsedFiles() {
        return sources.parsedCount();
    }
}
