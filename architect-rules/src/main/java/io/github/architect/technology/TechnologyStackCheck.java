package io.github.architect.technology;

import io.github.architect.check.Check;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Consideration;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Technology;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Section 6 against the build: every catalogued technology a module uses is one section 6 chooses,
 * every chosen technology the build can show is used somewhere, stated versions agree with the
 * build, and what section 7 says the system does (OAuth2, Prometheus metrics...) has a dependency
 * that does it. Silent when section 6 chooses nothing: a document that states no stack has none to
 * drift from.
 */
public final class TechnologyStackCheck implements Check {

    public static final Rule UNDECLARED_TECHNOLOGY = new Rule("undeclared-technology", Severity.ERROR,
            "The build uses a technology section 6 does not choose",
            "A module's dependencies (compile, provided or runtime; declared, or arriving through a library the "
                    + "catalogue does not know) include a catalogued technology that section 6 (Technology Stack "
                    + "Rationale) does not choose, or names as the rejected alternative.",
            "Choose it in section 6 with its rationale, or remove the dependency.");

    public static final Rule TECHNOLOGY_NOT_USED = new Rule("technology-not-used", Severity.WARN,
            "Section 6 chooses a technology no module uses",
            "Section 6 chooses a technology the build can show (a driver, client or starter exists for it), "
                    + "but no module of the build depends on it.",
            "Add the dependency where the technology is used, or remove the choice from section 6.");

    public static final Rule TECHNOLOGY_VERSION_DRIFT = new Rule("technology-version-drift", Severity.WARN,
            "A version section 6 states disagrees with the build",
            "Section 6 states a version (Java 21, Spring Boot 3.4) and the module builds with another one "
                    + "(the compiler release, the Spring Boot parent or BOM).",
            "Change the version in section 6 or in the pom, so that both say the same.");

    public static final Rule CONSIDERATION_WITHOUT_EVIDENCE = new Rule("consideration-without-evidence",
            Severity.WARN,
            "Section 7 states something no dependency provides",
            "Section 7 (Key Considerations) states, in the present and without negation, that the system does "
                    + "something the catalogue can see (OAuth2/JWT, Prometheus metrics, tracing, rate limiting, "
                    + "caching, circuit breaking), but no module depends on a library that does it.",
            "Add the library that does it, or say that it is planned (\"later\", \"planned\", \"not yet\").");

    public static final Rule TECHNOLOGY_NOT_CATALOGUED = new Rule("technology-not-catalogued", Severity.INFO,
            "Section 6 chooses a technology architect does not know",
            "architect cannot tell from the build whether it is used; nothing is checked for it.",
            "Map it to its Maven coordinates under technologies: in the yaml architect block to have it checked.");

    private static final Pattern JAVA_RELEASE = Pattern.compile(
            "<(maven\\.compiler\\.release|maven\\.compiler\\.source|java\\.version|release|source)>\\s*\\d");
    private static final Map<String, Pattern> PLATFORM_POMS = Map.of(
            "Spring Boot", Pattern.compile("<artifactId>\\s*spring-boot-(starter-parent|dependencies)\\s*</artifactId>"),
            "Quarkus", Pattern.compile("<artifactId>\\s*quarkus-(universe-)?bom\\s*</artifactId>"),
            "Micronaut", Pattern.compile("<artifactId>\\s*micronaut-(parent|platform)\\s*</artifactId>"));

    /** Cache key: the catalogue with the document's own technologies. */
    private record CatalogueKey() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(UNDECLARED_TECHNOLOGY, TECHNOLOGY_NOT_USED, TECHNOLOGY_VERSION_DRIFT,
                CONSIDERATION_WITHOUT_EVIDENCE, TECHNOLOGY_NOT_CATALOGUED);
    }

    /**
     * The module's pom and the poms above it (where a dependency or the compiler release may be
     * declared): with its dependencies, part of the cache key, all its findings depend on.
     */
    @Override
    public Optional<List<Path>> moduleInputs(CheckContext context, CodeModule module) {
        List<Path> poms = new ArrayList<>();
        Path root = context.codebase().rootDirectory();
        for (Path directory = module.baseDirectory(); directory != null && root != null && directory.startsWith(root);
             directory = directory.getParent()) {
            poms.add(directory.resolve("pom.xml"));
        }
        if (module.pomFile() != null && !poms.contains(module.pomFile())) {
            poms.add(0, module.pomFile());
        }
        return Optional.of(poms);
    }

    @Override
    public List<Violation> checkModule(CheckContext context, CodeModule module) {
        ArchitectureModel model = context.model();
        if (model.chosenTechnologies().isEmpty()) {
            return List.of();
        }
        TechnologyCatalogue catalogue = catalogue(context);
        Stack stack = Stack.of(model, catalogue);
        List<Violation> violations = new ArrayList<>();
        Path pom = module.pomFile() != null ? module.pomFile() : module.baseDirectory().resolve("pom.xml");
        String service = serviceOf(context, module);
        for (UsedTechnology used : UsedTechnology.of(module, catalogue)) {
            if (!stack.covers(used.entry().name())) {
                violations.add(undeclared(context, module, pom, service, used, stack.alternatives().get(used.entry().name())));
            }
        }
        violations.addAll(versionDrifts(context, module, pom, service, stack));
        return violations;
    }

    @Override
    public List<Violation> checkBuild(CheckContext context) {
        ArchitectureModel model = context.model();
        if (model.chosenTechnologies().isEmpty()) {
            return List.of();
        }
        TechnologyCatalogue catalogue = catalogue(context);
        Stack stack = Stack.of(model, catalogue);
        Set<String> used = new LinkedHashSet<>();
        for (CodeModule module : context.codebase().modules()) {
            UsedTechnology.of(module, catalogue).forEach(u -> used.add(u.entry().name()));
        }
        Path document = document(context);
        List<Violation> violations = new ArrayList<>();
        stack.chosen().forEach((name, technology) -> {
            CatalogueEntry entry = catalogue.find(technology.name()).orElseThrow();
            if (entry.hasEvidence() && !used.contains(name)) {
                violations.add(Violation.builder(TECHNOLOGY_NOT_USED)
                        .at(Location.of(document, technology.position()))
                        .message(document.getFileName() + " chooses " + technology.name() + " in section 6, but no module"
                                + " of the build depends on it (looked for " + describe(entry) + ")")
                        .hint("Add the dependency to the module that uses " + technology.name() + ", or remove "
                                + technology.name() + " from section 6.")
                        .subjects(name)
                        .build());
            }
        });
        for (Technology technology : stack.unknown()) {
            violations.add(Violation.builder(TECHNOLOGY_NOT_CATALOGUED)
                    .at(Location.of(document, technology.position()))
                    .message(technology.name() + " is not in architect's technology catalogue, so the build is not"
                            + " checked for it")
                    .hint("Map it in the yaml architect block: technologies: {" + technology.name()
                            + ": [groupId:artifactId*]}, if the build should show it.")
                    .subjects(technology.name())
                    .build());
        }
        violations.addAll(considerations(context, catalogue, used, document));
        return violations;
    }

    private static TechnologyCatalogue catalogue(CheckContext context) {
        return context.shared(new CatalogueKey(),
                () -> TechnologyCatalogue.standard().with(context.model().technologyMappings()));
    }

    /** What section 6 says, looked up in the catalogue. */
    private record Stack(Map<String, Technology> chosen, Set<String> included, Map<String, Technology> alternatives,
                         List<Technology> unknown) {

        /** Whether section 6 chooses it, or something that includes it. */
        boolean covers(String name) {
            return chosen.containsKey(name) || included.contains(name);
        }

        static Stack of(ArchitectureModel model, TechnologyCatalogue catalogue) {
            Map<String, Technology> chosen = new LinkedHashMap<>();
            Set<String> included = new LinkedHashSet<>();
            Map<String, Technology> alternatives = new LinkedHashMap<>();
            List<Technology> unknown = new ArrayList<>();
            for (Technology technology : model.technologies()) {
                Optional<CatalogueEntry> entry = catalogue.find(technology.name());
                if (entry.isEmpty()) {
                    if (technology.chosen()) {
                        unknown.add(technology);
                    }
                } else if (technology.chosen()) {
                    chosen.putIfAbsent(entry.get().name(), technology);
                    included.addAll(entry.get().includes());
                } else {
                    alternatives.putIfAbsent(entry.get().name(), technology);
                }
            }
            return new Stack(chosen, included, alternatives, unknown);
        }
    }

    private static Violation undeclared(CheckContext context, CodeModule module, Path pom, String service,
                                        UsedTechnology used, Technology alternative) {
        BuildDependency evidence = used.evidence();
        Path document = document(context);
        String name = used.entry().name();
        String through = evidence.isDirect() ? "" : ", through " + evidence.via();
        String message = "Module " + module.artifactId() + " uses " + name + " (" + evidence + through + "), which "
                + document.getFileName() + " section 6 " + (alternative != null
                ? "names as the rejected alternative (\"" + alternative.name() + "\", line " + alternative.position().line() + ")"
                : "does not choose");
        String hint = alternative != null
                ? "Section 6 rejected " + name + ": remove the <dependency> on " + evidence.viaArtifactId()
                        + " from this pom, or revise section 6 to choose it and say why."
                : "Choose " + name + " in section 6 (Technology Stack Rationale) with its rationale, or remove the"
                        + " <dependency> on " + evidence.viaArtifactId() + " from this pom.";
        return Violation.builder(UNDECLARED_TECHNOLOGY)
                .at(declaredAt(context, pom, evidence))
                .message(message)
                .hint(hint)
                .documentLocation(alternative != null ? Location.of(document, alternative.position())
                        : sectionLocation(context.model(), document))
                .service(service)
                .subjects(module.artifactId(), name)
                .build();
    }

    private List<Violation> versionDrifts(CheckContext context, CodeModule module, Path pom, String service, Stack stack) {
        List<Violation> violations = new ArrayList<>();
        Path root = context.codebase().rootDirectory();
        for (Map.Entry<String, Technology> chosen : stack.chosen().entrySet()) {
            Technology technology = chosen.getValue();
            if (technology.version().isEmpty()) {
                continue;
            }
            String name = chosen.getKey();
            String actual;
            String what;
            Optional<PomLines.Where> where;
            if (name.equals("Java")) {
                if (module.javaRelease().isEmpty()) {
                    continue;
                }
                actual = StatedVersion.javaRelease(module.javaRelease());
                what = "the compiler release " + actual;
                where = PomLines.inPomOrParents(pom, root, JAVA_RELEASE);
                if (StatedVersion.agrees(StatedVersion.javaRelease(technology.version()), actual)) {
                    continue;
                }
            } else {
                CatalogueEntry entry = catalogue(context).find(technology.name()).orElseThrow();
                Optional<BuildDependency> evidence = versionOf(module, entry);
                if (!entry.versioned() || evidence.isEmpty() || StatedVersion.agrees(technology.version(),
                        evidence.get().version())) {
                    continue;
                }
                actual = evidence.get().version();
                what = evidence.get().toString();
                Pattern platform = PLATFORM_POMS.get(name);
                where = platform == null ? Optional.empty() : PomLines.inPomOrParents(pom, root, platform);
                if (where.isEmpty()) {
                    Location declared = declaredAt(context, pom, evidence.get());
                    where = Optional.of(new PomLines.Where(declared.file(), declared.line()));
                }
            }
            Path document = document(context);
            violations.add(Violation.builder(TECHNOLOGY_VERSION_DRIFT)
                    .at(where.map(w -> Location.of(w.pom(), w.line(), 0)).orElse(Location.of(pom)))
                    .message(document.getFileName() + " section 6 states " + technology.label() + ", but module "
                            + module.artifactId() + " builds with " + name + " " + actual + " (" + what + ")")
                    .hint("Change the version in section 6 (line " + technology.position().line() + ") or in the pom,"
                            + " so that both say the same.")
                    .documentLocation(Location.of(document, technology.position()))
                    .service(service)
                    .subjects(module.artifactId(), name)
                    .build());
        }
        return violations;
    }

    /** The {@code <dependency>} through which it arrives: in the module's pom, else in a parent pom above it. */
    private static Location declaredAt(CheckContext context, Path pom, BuildDependency evidence) {
        String[] via = evidence.via().split(":", 2);
        String artifactId = via.length > 1 ? via[1] : via[0];
        int line = PomLines.dependencyLine(pom, via[0], artifactId);
        if (line > 0) {
            return Location.of(pom, line, 0);
        }
        return PomLines.inPomOrParents(pom, context.codebase().rootDirectory(),
                        Pattern.compile("<artifactId>\\s*" + Pattern.quote(artifactId) + "\\s*</artifactId>"))
                .map(w -> Location.of(w.pom(), w.line(), 0))
                .orElse(Location.of(pom, 0, 0));
    }

    /** The version the module builds the technology with: a declared artifact's, else one arriving with it. */
    private static Optional<BuildDependency> versionOf(CodeModule module, CatalogueEntry entry) {
        Optional<BuildDependency> direct = module.dependencies().stream()
                .filter(d -> d.isDirect() && !d.version().isEmpty() && entry.matches(d.groupId(), d.artifactId()))
                .findFirst();
        return direct.isPresent() ? direct : module.dependencies().stream()
                .filter(d -> !d.version().isEmpty() && entry.matches(d.groupId(), d.artifactId()))
                .findFirst();
    }

    /** Section 7 statements of a capability no dependency of the build provides. */
    private static List<Violation> considerations(CheckContext context, TechnologyCatalogue catalogue, Set<String> used,
                                                  Path document) {
        List<Violation> violations = new ArrayList<>();
        for (Capability capability : catalogue.capabilities()) {
            if (capability.technologies().stream().anyMatch(used::contains)) {
                continue;
            }
            for (Consideration statement : context.model().considerations()) {
                if (!statement.isCommitment() || !capability.phrases().matcher(statement.text()).find()) {
                    continue;
                }
                violations.add(Violation.builder(CONSIDERATION_WITHOUT_EVIDENCE)
                        .at(Location.of(document, statement.position()))
                        .message("Section 7 states " + capability.name() + " (\"" + shorten(statement.text())
                                + "\"), but no module depends on a library that does it (looked for "
                                + String.join(", ", capability.technologies()) + ")")
                        .hint("Add the dependency that does it, or write the statement as a plan (\"later\","
                                + " \"planned\", \"not yet\").")
                        .subjects(capability.name())
                        .build());
                break; // once per capability: the first statement is enough to find the others
            }
        }
        return violations;
    }

    private static String shorten(String text) {
        String plain = text.strip();
        return plain.length() <= 100 ? plain : plain.substring(0, 97) + "...";
    }

    private static String describe(CatalogueEntry entry) {
        List<String> globs = entry.artifacts().stream().map(ArtifactGlob::text).limit(4).toList();
        return String.join(", ", globs) + (entry.artifacts().size() > 4 ? ", ..." : "");
    }

    private static String serviceOf(CheckContext context, CodeModule module) {
        return context.services().moduleService(module).map(Service::name).orElse(null);
    }

    private static Location sectionLocation(ArchitectureModel model, Path document) {
        return model.section(SectionKind.TECHNOLOGY_STACK)
                .map(s -> Location.of(document, s.position()))
                .orElse(Location.of(document, Position.UNKNOWN));
    }

    private static Path document(CheckContext context) {
        Path document = context.model().document();
        return document != null ? document : context.codebase().rootDirectory().resolve("architecture.md");
    }
}
