package io.github.architect.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the document declares, each element with its place in the document.
 *
 * @param document       the file it was read from
 * @param basePath       {@code base-path} from the yaml block, or null
 * @param sharedPackages packages any service may use ({@code shared} in the yaml block)
 * @param technologies   what section 6 names, choices and rejected alternatives
 * @param technologyMappings technologies the yaml block maps to Maven coordinates ({@code technologies})
 * @param considerations the sentences of section 7 (Key Considerations)
 */
public record ArchitectureModel(Path document, List<Section> sections, List<Service> services,
                                List<Dependency> dependencies, List<Endpoint> endpoints, List<Table> tables,
                                List<Collection> collections, List<Technology> technologies,
                                String basePath, List<String> sharedPackages,
                                List<TechnologyMapping> technologyMappings, List<Consideration> considerations) {

    public ArchitectureModel {
        sections = List.copyOf(sections);
        services = List.copyOf(services);
        dependencies = List.copyOf(dependencies);
        endpoints = List.copyOf(endpoints);
        tables = List.copyOf(tables);
        collections = List.copyOf(collections);
        technologies = List.copyOf(technologies);
        sharedPackages = List.copyOf(sharedPackages);
        technologyMappings = technologyMappings == null ? List.of() : List.copyOf(technologyMappings);
        considerations = considerations == null ? List.of() : List.copyOf(considerations);
    }

    /** A model whose yaml block maps no technology and whose section 7 states nothing. */
    public ArchitectureModel(Path document, List<Section> sections, List<Service> services,
                             List<Dependency> dependencies, List<Endpoint> endpoints, List<Table> tables,
                             List<Collection> collections, List<Technology> technologies,
                             String basePath, List<String> sharedPackages) {
        this(document, sections, services, dependencies, endpoints, tables, collections, technologies, basePath,
                sharedPackages, List.of(), List.of());
    }

    /** The technologies section 6 chooses, without the alternatives it rejects. */
    public List<Technology> chosenTechnologies() {
        return technologies.stream().filter(Technology::chosen).toList();
    }

    /** The service this name refers to, compared case-insensitively with or without "Service". */
    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.isNamed(name)).findFirst();
    }

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** True when the document allows {@code from} to use {@code to}. */
    public boolean allows(String from, String to) {
        return dependencies.stream().anyMatch(d -> Service.keyOf(d.from()).equals(Service.keyOf(from))
                && Service.keyOf(d.to()).equals(Service.keyOf(to)));
    }

    /** The declared dependencies of one service. */
    public List<Dependency> dependenciesOf(String from) {
        return dependencies.stream().filter(d -> Service.keyOf(d.from()).equals(Service.keyOf(from))).toList();
    }

    public Optional<Table> table(String name) {
        return tables.stream()
                .filter(t -> t.name().equalsIgnoreCase(name) || t.qualifiedName().equalsIgnoreCase(name))
                .findFirst();
    }

    /** "4 services, 9 endpoints, 5 tables, 3 technologies" (chosen ones): the summary verify prints. */
    public String summary() {
        return summary(endpoints.size());
    }

    /**
     * The summary with the number of endpoints the API contracts declare, counted where they are
     * read: an OpenAPI document (embedded or linked) declares endpoints this model does not list.
     */
    public String summary(int declaredEndpoints) {
        return count(services.size(), "service") + ", " + count(declaredEndpoints, "endpoint") + ", "
                + count(tables.size(), "table") + ", " + count(chosenTechnologies().size(), "technology");
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }
}
