package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.JavaClass;
import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.mapping.MappingConflict;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Dependency;
import io.github.architect.model.Service;
import io.github.architect.check.ServiceEdge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Service boundaries: the code of a service uses another service only when the document declares
 * that dependency. Checked on the bytecode of each module, on the poms of the build, and on the
 * document itself (services without code, dependency cycles).
 */
public final class ServiceBoundariesCheck implements Check {

    public static final Rule UNDECLARED_DEPENDENCY = new Rule("undeclared-dependency", Severity.ERROR,
            "Code uses another service without a declared dependency",
            "A class of one service depends on a class of another service (a call, a field or parameter type, "
                    + "a generic type argument, an annotation, inheritance, a class literal...) although "
                    + "architecture.md does not declare that the first service depends on the second.",
            "Declare the dependency under the service's Dependencies in architecture.md, or remove the use.");

    public static final Rule UNDECLARED_DEPENDENCY_SUMMARY = new Rule("undeclared-dependency-summary", Severity.INFO,
            "How many undeclared uses one service makes of another",
            "One line per pair of services summing up the undeclared-dependency findings of a module.",
            "Declare the dependency once, or remove every use listed in the undeclared-dependency findings.");

    public static final Rule UNDECLARED_MODULE_DEPENDENCY = new Rule("undeclared-module-dependency", Severity.ERROR,
            "A service module depends on another service's module without a declared dependency",
            "The pom of a module belonging to one service lists a module of another service as a dependency, "
                    + "although architecture.md does not declare that dependency.",
            "Declare the dependency in architecture.md, or remove it from the pom.");

    public static final Rule SERVICE_WITHOUT_CODE = new Rule("service-without-code", Severity.ERROR,
            "A declared service has no code",
            "No module and no package of the build maps to a service declared in architecture.md.",
            "Name a module or package after the service, map its code in the yaml architect block "
                    + "(packages: or modules:), or remove the service from the document.");

    public static final Rule DEPENDENCY_CYCLE = new Rule("dependency-cycle", Severity.WARN,
            "Declared service dependencies form a cycle",
            "architecture.md declares dependencies A -> B -> ... -> A; services in a cycle cannot be "
                    + "deployed or changed independently.",
            "Remove one of the dependencies of the cycle, or merge the services.");

    public static final Rule AMBIGUOUS_SERVICE_MAPPING = new Rule("ambiguous-service-mapping", Severity.ERROR,
            "Code is claimed by two services",
            "A package or module matches two services at the same mapping rule (e.g. a package "
                    + "com.shop.orders.catalog), so its service is a guess.",
            "Map the code explicitly with packages: or modules: in the yaml architect block, or rename it.");

    public static final Rule NOT_COMPILED = new Rule("boundaries-not-checked", Severity.WARN,
            "A module's service boundaries could not be checked",
            "The module has Java sources but no compiled classes, so its dependencies could not be read "
                    + "from the bytecode; this usually means the goal ran before (or without) compile.",
            "Run the goal in the verify phase (mvn verify), or compile first (mvn compile architect:verify).");

    private record MappingKey() {
    }

    /** Cache key: the first pass over one module's class files. */
    private record ScanKey(String artifactId, Path baseDirectory) {
    }

    /** Cache key: the used service edges of one module. */
    private record UsedEdgesKey(String artifactId, Path baseDirectory) {
    }

    @Override
    public List<Rule> rules() {
        return List.of(UNDECLARED_DEPENDENCY, UNDECLARED_DEPENDENCY_SUMMARY, UNDECLARED_MODULE_DEPENDENCY,
                SERVICE_WITHOUT_CODE, DEPENDENCY_CYCLE, AMBIGUOUS_SERVICE_MAPPING, NOT_COMPILED);
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        if (!module.holdsCode() || context.model().services().size() < 2) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(undeclaredDependencies(context, module));
        violations.addAll(undeclaredModuleDependencies(context, module));
        return violations;
    }

    /**
     * The module's own classes, sources (for line numbers) and pom: which module holds which class is
     * the layout of the build, which the cache keys on anyway.
     */
    @Override
    public Optional<List<Path>> moduleInputs(CheckContext context, CodeModule module) {
        List<Path> inputs = new ArrayList<>(module.classesDirectories());
        inputs.addAll(module.sourceRoots());
        if (module.pomFile() != null) {
            inputs.add(module.pomFile());
        }
        return Optional.of(inputs);
    }

    @Override
    public Optional<Set<ServiceEdge>> usedEdges(CheckContext context, CodeModule module) {
        return Optional.of(usedServiceEdges(context, module));
    }

    @Override
    public List<Violation> checkBuild(CheckContext context) {
        if (context.model().services().isEmpty()) {
            return List.of();
        }
        List<Violation> violations = new ArrayList<>(servicesWithoutCode(context));
        violations.addAll(ambiguousMappings(context));
        violations.addAll(cycles(context.model()));
        return violations;
    }

    /** The mapping of the context when it is ours (it knows the build's code), else one made once per context. */
    static ServiceMapping mapping(CheckContext context) {
        if (context.services() instanceof ServiceMapping mapping) {
            return mapping;
        }
        return context.shared(new MappingKey(), () -> ServiceMapper.map(context.model(), context.codebase()));
    }

    /**
     * The pairs of services, declared or not, whose code in this module uses the other's code, read
     * from the module's shared bytecode import; used by the report's diagram to tell declared and
     * used edges from declared but unused ones. Empty when the module has no classes or the
     * document fewer than two services.
     */
    public static Set<ServiceEdge> usedServiceEdges(CheckContext context, CodeModule module) {
        if (!module.holdsCode() || context.model().services().size() < 2) {
            return Set.of();
        }
        return context.shared(new UsedEdgesKey(module.artifactId(), module.baseDirectory()),
                () -> computeUsedEdges(context, module));
    }

    /** The first pass over the module's constant pools, shared by its findings and its used edges. */
    private static BoundaryScan scan(CheckContext context, CodeModule module) {
        return context.shared(new ScanKey(module.artifactId(), module.baseDirectory()),
                () -> new BoundaryScan(module, context.services(), mapping(context).inventory(),
                        new DeclaredDependencies(context.model())));
    }

    private static Set<ServiceEdge> computeUsedEdges(CheckContext context, CodeModule module) {
        return scan(context, module).usedEdges(context::debug);
    }

    private List<Violation> undeclaredDependencies(CheckContext context, CodeModule module) {
        BoundaryScan scan = scan(context, module);
        if (!scan.hasClasses()) {
            return notCompiled(module);
        }
        List<JavaClass> candidates = scan.undeclaredCandidates();
        context.debug("boundaries of " + module.artifactId() + ": " + candidates.size() + " of " + scan.classCount()
                + " classes imported by ArchUnit, the rest name no service they may not use");
        if (candidates.isEmpty()) {
            return List.of();
        }
        DeclaredDependencies declared = new DeclaredDependencies(context.model());
        BoundaryAnalyzer analyzer = new BoundaryAnalyzer(declared,
                origin -> scan.serviceOfOrigin(origin.getName()),
                target -> scan.serviceOf(target.getName()));
        SourceLines sources = new SourceLines(module);
        List<Violation> violations = new ArrayList<>();
        Map<List<Service>, Set<String>> classesByPair = new LinkedHashMap<>();
        Map<List<Service>, Integer> usesByPair = new LinkedHashMap<>();
        for (JavaClass origin : candidates) {
            List<UndeclaredUse> uses = analyzer.undeclaredUses(origin);
            if (uses.isEmpty()) {
                continue;
            }
            Path file = sources.fileOf(origin);
            Set<String> reported = new HashSet<>();
            for (UndeclaredUse use : uses) {
                int line = use.dependency().getSourceCodeLocation().getLineNumber();
                if (line <= 0) {
                    line = sources.lineWithoutBytecodeLine(file, origin, use.dependency().getDescription());
                }
                if (!reported.add(line + " " + use.target().getName())) {
                    continue;
                }
                violations.add(Violation.builder(UNDECLARED_DEPENDENCY)
                        .at(Location.of(file, line, 0))
                        .message(use.message())
                        .hint(declared.fix(use.from(), use.to()))
                        .documentLocation(declared.documentLocation(use.from()))
                        .service(use.from().name())
                        .subjects(origin.getName(), use.target().getName())
                        .build());
                List<Service> pair = List.of(use.from(), use.to());
                classesByPair.computeIfAbsent(pair, p -> new LinkedHashSet<>()).add(origin.getName());
                usesByPair.merge(pair, 1, Integer::sum);
            }
        }
        classesByPair.forEach((pair, origins) -> violations.add(summary(context, module, declared, pair,
                usesByPair.get(pair), origins.size())));
        return violations;
    }

    /** Sources but no classes: say so rather than pass silently. */
    private static List<Violation> notCompiled(CodeModule module) {
        Optional<Path> source = module.sourceRoots().stream().flatMap(ServiceBoundariesCheck::firstJavaFile).findFirst();
        if (source.isEmpty()) {
            return List.of();
        }
        String outputs = module.classesDirectories().stream().map(Path::toString).collect(Collectors.joining(", "));
        return List.of(Violation.builder(NOT_COMPILED)
                .at(Location.of(module.pomFile() != null ? module.pomFile() : module.baseDirectory()))
                .message("Module " + module.artifactId() + " has Java sources (e.g. " + source.get().getFileName()
                        + ") but no compiled classes in " + outputs + ", so its service boundaries were not checked")
                .hint(NOT_COMPILED.help())
                .subjects(module.artifactId())
                .build());
    }

    private static Stream<Path> firstJavaFile(Path root) {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java")).findFirst().stream();
        } catch (IOException | UncheckedIOException unreadable) {
            return Stream.empty();
        }
    }

    private static Violation summary(CheckContext context, CodeModule module, DeclaredDependencies declared,
                                     List<Service> pair, int uses, int classCount) {
        Service from = pair.get(0);
        Service to = pair.get(1);
        Location where = Optional.ofNullable(declared.documentLocation(from))
                .orElseGet(() -> Location.of(module.pomFile() != null ? module.pomFile() : module.baseDirectory()));
        return Violation.builder(UNDECLARED_DEPENDENCY_SUMMARY)
                .at(where)
                .message(from.name() + " -> " + to.name() + ": " + uses + " undeclared use" + (uses == 1 ? "" : "s")
                        + " in " + classCount + " class" + (classCount == 1 ? "" : "es") + " of module "
                        + module.artifactId())
                .hint(declared.fix(from, to))
                .service(from.name())
                .subjects(from.name(), to.name(), module.artifactId())
                .build();
    }

    private List<Violation> undeclaredModuleDependencies(CheckContext context, CodeModule module) {
        ServiceMapping mapping = mapping(context);
        Optional<Service> from = mapping.moduleResolution(module).owner();
        if (from.isEmpty()) {
            return List.of();
        }
        DeclaredDependencies declared = new DeclaredDependencies(context.model());
        List<Violation> violations = new ArrayList<>();
        for (String dependencyId : module.moduleDependencies()) {
            Optional<CodeModule> dependency = context.codebase().module(dependencyId);
            Optional<Service> to = dependency.flatMap(d -> mapping.moduleResolution(d).owner());
            if (to.isEmpty() || declared.allows(from.get(), to.get())) {
                continue;
            }
            Path pom = module.pomFile() != null ? module.pomFile() : module.baseDirectory().resolve("pom.xml");
            violations.add(Violation.builder(UNDECLARED_MODULE_DEPENDENCY)
                    .at(Location.of(pom, PomLines.dependencyLine(pom, dependencyId), 0))
                    .message("Module " + module.artifactId() + " of " + from.get().name() + " depends on module "
                            + dependencyId + " of " + to.get().name() + ", but " + declared.documentName()
                            + " does not declare " + from.get().name() + " -> " + to.get().name())
                    .hint(declared.fix(from.get(), to.get()).replace("remove the dependency",
                            "remove the <dependency> on " + dependencyId + " from this pom"))
                    .documentLocation(declared.documentLocation(from.get()))
                    .service(from.get().name())
                    .subjects(module.artifactId(), dependencyId)
                    .build());
        }
        return violations;
    }

    private List<Violation> servicesWithoutCode(CheckContext context) {
        ServiceMapping mapping = mapping(context);
        ArchitectureModel model = context.model();
        Path document = documentOf(context);
        return mapping.servicesWithoutCode().stream()
                .map(service -> Violation.builder(SERVICE_WITHOUT_CODE)
                        .at(Location.of(document, service.position()))
                        .message(service.name() + " is declared in " + document.getFileName()
                                + " but no code of the build belongs to it; looked for " + mapping.whereLooked(service))
                        .hint("Name a module or a package after the service, map its code in the yaml architect block"
                                + " (packages: [com.acme." + slugPackage(service) + "..] or modules: [...]),"
                                + " or remove " + service.name() + " from " + document.getFileName() + ".")
                        .service(service.name())
                        .subjects(service.name())
                        .build())
                .toList();
    }

    private static String slugPackage(Service service) {
        return service.key().replaceAll("[^a-z0-9]", "");
    }

    private List<Violation> ambiguousMappings(CheckContext context) {
        ServiceMapping mapping = mapping(context);
        DeclaredDependencies declared = new DeclaredDependencies(context.model());
        List<Violation> violations = new ArrayList<>();
        for (MappingConflict conflict : mapping.conflicts()) {
            String what = conflict.packageName() == null
                    ? "Module " + conflict.module().artifactId()
                    : "Package " + conflict.packageName() + " (module " + conflict.module().artifactId() + ")";
            Path where = conflict.packageName() == null
                    ? Optional.ofNullable(conflict.module().pomFile()).orElse(conflict.module().baseDirectory())
                    : packageDirectory(conflict);
            violations.add(Violation.builder(AMBIGUOUS_SERVICE_MAPPING)
                    .at(Location.of(where))
                    .message(what + " matches both " + conflict.serviceNames() + " (" + conflict.reason()
                            + "); it is treated as " + conflict.services().get(0).name())
                    .hint("Say which service owns it in the yaml architect block (packages: or modules: under "
                            + "the right service), or rename it.")
                    .documentLocation(declared.documentLocation(conflict.services().get(1)))
                    .service(conflict.services().get(0).name())
                    .subjects(conflict.packageName() == null ? conflict.module().artifactId() : conflict.packageName())
                    .build());
        }
        return violations;
    }

    private static Path packageDirectory(MappingConflict conflict) {
        String relative = conflict.packageName().replace('.', '/');
        return conflict.module().sourceRoots().stream().map(root -> root.resolve(relative))
                .filter(Files::isDirectory).findFirst()
                .orElse(conflict.module().baseDirectory());
    }

    private List<Violation> cycles(ArchitectureModel model) {
        Path document = model.document() != null ? model.document() : Path.of("architecture.md");
        List<Violation> violations = new ArrayList<>();
        for (DeclaredCycles.Cycle cycle : DeclaredCycles.find(model)) {
            Dependency first = cycle.dependencies().get(0);
            String path = cycle.services().stream().map(Service::name).collect(Collectors.joining(" -> "));
            String lines = cycle.dependencies().stream()
                    .map(d -> d.from() + " -> " + d.to() + (d.position() != null && d.position().isKnown()
                            ? " (line " + d.position().line() + ")" : ""))
                    .collect(Collectors.joining(", "));
            violations.add(Violation.builder(DEPENDENCY_CYCLE)
                    .at(first.position() != null ? Location.of(document, first.position()) : Location.of(document))
                    .message("The declared dependencies form a cycle: " + path + " (declared as " + lines + ")")
                    .hint("Remove one of these dependencies, for example by publishing an event instead of calling"
                            + " back, or merge the services.")
                    .service(cycle.services().get(0).name())
                    .subjects(cycle.services().stream().map(Service::name).distinct().sorted().toList())
                    .build());
        }
        return violations;
    }

    private static Path documentOf(CheckContext context) {
        Path document = context.model().document();
        return document != null ? document : context.codebase().rootDirectory().resolve("architecture.md");
    }
}
