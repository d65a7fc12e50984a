package io.github.architect.endpoints;

import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.architect.code.TextFiles;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the HTTP endpoints of a module from its sources. Only files that can hold a mapping are
 * parsed (a text pre-filter), in parallel; the parse is shared by every module of the build, since
 * controllers inherit mappings and constants from other modules' sources.
 */
public final class EndpointScanner {

    /** Text that any file declaring, composing or designating a mapping must contain. */
    private static final List<String> MARKERS = List.of("Mapping", "@Path", "Controller", "@GET", "@POST", "@PUT",
            "@DELETE", "@PATCH", "@HEAD", "@OPTIONS", "@Get", "@Post", "@Put", "@Delete", "@Patch", "@Head",
            "@Options", "@Trace", "Exchange", "HttpMethod", "ApplicationPath");
    private static final Set<String> TYPE_LEVEL = union(SpringEndpoints.STEREOTYPES, SpringEndpoints.GENERIC,
            JaxRsEndpoints.PATH, Set.of("HttpMethod"));
    private static final Set<String> METHOD_LEVEL = union(SpringEndpoints.ALL_MAPPINGS, JaxRsEndpoints.DESIGNATORS,
            JaxRsEndpoints.PATH, MicronautEndpoints.VERBS.keySet());

    private final Codebase codebase;
    private final ProjectSources sources;
    private final SourceTypes types;
    private volatile Set<Path> candidates;

    public EndpointScanner(Codebase codebase) {
        this.codebase = codebase;
        this.sources = ProjectSources.of(codebase);
        this.types = new SourceTypes(sources);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new HashSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return Set.copyOf(all);
    }

    /** The endpoints, unresolvable mappings and unreadable files of one module. */
    public EndpointScan scan(CodeModule module) {
        Set<Path> parseable = candidates();
        List<ParsedSource> files = sources.filesOf(module).stream().filter(parseable::contains)
                .map(sources::parse).toList();
        DeploymentConfig config = deploymentConfig(module);
        String applicationPath = applicationPath(module, files);
        List<ModuleScan> scans = files.parallelStream()
                .flatMap(file -> SourceTypes.typesOf(file).stream())
                .filter(TypeRef::isConcreteClass)
                .map(type -> scanType(type, config, applicationPath))
                .toList();
        List<CodeEndpoint> endpoints = new ArrayList<>();
        List<UnresolvedMapping> unresolved = new ArrayList<>();
        for (ModuleScan scan : scans) {
            endpoints.addAll(scan.endpoints);
            unresolved.addAll(scan.unresolved);
        }
        List<SourceProblem> problems = new ArrayList<>(config.problems());
        files.stream().map(ParsedSource::problem).filter(Objects::nonNull).forEach(problems::add);
        endpoints.sort(Comparator.comparing(CodeEndpoint::location).thenComparing(CodeEndpoint::path)
                .thenComparing(CodeEndpoint::method));
        unresolved.sort(Comparator.comparing(UnresolvedMapping::location));
        return new EndpointScan(endpoints, unresolved, problems);
    }

    private ModuleScan scanType(TypeRef type, DeploymentConfig config, String applicationPath) {
        ModuleScan scan = new ModuleScan(types, config, applicationPath);
        List<TypeRef> hierarchy = types.hierarchy(type);
        if (SpringEndpoints.isController(scan, hierarchy)) {
            SpringEndpoints.collect(scan, type, hierarchy);
        }
        Optional<ModuleScan.Found> micronaut = MicronautEndpoints.controller(scan, hierarchy);
        if (micronaut.isPresent()) {
            MicronautEndpoints.collect(scan, type, hierarchy, micronaut.get());
        }
        Optional<TypeRef> jaxRs = JaxRsEndpoints.rootPathType(hierarchy);
        if (jaxRs.isPresent()) {
            JaxRsEndpoints.collect(scan, type, hierarchy, jaxRs.get());
        }
        return scan;
    }

    /**
     * The files of the whole build worth parsing: those containing a marker, then those naming a type
     * that carries mappings for its implementors (a JAX-RS resource implementing an annotated
     * interface needs no annotation of its own).
     */
    private Set<Path> candidates() {
        Set<Path> result = candidates;
        if (result == null) {
            synchronized (this) {
                result = candidates;
                if (result == null) {
                    result = findCandidates();
                    candidates = result;
                }
            }
        }
        return result;
    }

    private Set<Path> findCandidates() {
        List<Path> all = codebase.modules().stream().filter(CodeModule::holdsCode)
                .flatMap(m -> sources.filesOf(m).stream()).distinct().toList();
        List<Path> marked = all.parallelStream()
                .filter(file -> {
                    String text = readQuietly(file);
                    if (text != null && containsMarker(text)) {
                        sources.parse(file, text);
                        return true;
                    }
                    return false;
                })
                .toList();
        Set<String> inheritedNames = marked.stream().map(sources::parse)
                .flatMap(file -> SourceTypes.typesOf(file).stream())
                .filter(type -> !type.isConcreteClass() && carriesMappings(type))
                .map(TypeRef::simpleName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Path> result = new LinkedHashSet<>(marked);
        if (!inheritedNames.isEmpty()) {
            Pattern names = Pattern.compile("\\b(?:" + inheritedNames.stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")\\b");
            Set<Path> markedSet = Set.copyOf(marked);
            all.parallelStream().filter(file -> !markedSet.contains(file))
                    .filter(file -> {
                        String text = readQuietly(file);
                        if (text != null && names.matcher(text).find()) {
                            sources.parse(file, text);
                            return true;
                        }
                        return false;
                    })
                    .toList().forEach(result::add);
        }
        return Set.copyOf(result);
    }

    private static String readQuietly(Path file) {
        try {
            return TextFiles.read(file);
        } catch (RuntimeException e) {
            return null; // reported when the module is scanned and the file cannot be parsed
        }
    }

    private static boolean containsMarker(String text) {
        for (String marker : MARKERS) {
            if (text.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean carriesMappings(TypeRef type) {
        if (type.type() instanceof AnnotationDeclaration) {
            return Annotations.find(type.type(), TYPE_LEVEL).isPresent();
        }
        if (Annotations.find(type.type(), TYPE_LEVEL).isPresent()) {
            return true;
        }
        for (BodyDeclaration<?> member : type.type().getMembers()) {
            if (member instanceof MethodDeclaration method && Annotations.find(method, METHOD_LEVEL).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The module's own configuration, completed by that of the modules that deploy it. */
    private DeploymentConfig deploymentConfig(CodeModule module) {
        DeploymentConfig config = DeploymentConfig.read(module.resourceDirectories());
        for (CodeModule dependent : dependents(module)) {
            config = config.orElse(DeploymentConfig.read(dependent.resourceDirectories()));
        }
        return config;
    }

    private String applicationPath(CodeModule module, List<ParsedSource> moduleFiles) {
        Optional<String> own = applicationPathIn(moduleFiles);
        if (own.isPresent()) {
            return own.get();
        }
        Set<Path> parseable = candidates();
        for (CodeModule dependent : dependents(module)) {
            Optional<String> deployed = applicationPathIn(sources.filesOf(dependent).stream()
                    .filter(parseable::contains).map(sources::parse).toList());
            if (deployed.isPresent()) {
                return deployed.get();
            }
        }
        return null;
    }

    private Optional<String> applicationPathIn(List<ParsedSource> files) {
        ModuleScan scan = new ModuleScan(types, DeploymentConfig.empty(), null);
        for (ParsedSource file : files) {
            for (TypeRef type : SourceTypes.typesOf(file)) {
                try {
                    Optional<String> path = JaxRsEndpoints.applicationPath(scan, type);
                    if (path.isPresent()) {
                        return path;
                    }
                } catch (Unresolvable e) {
                    return Optional.empty();
                }
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

    /** How many files were parsed, for the benchmark. */
    int parsedFiles() {
        return sources.parsedCount();
    }
}
