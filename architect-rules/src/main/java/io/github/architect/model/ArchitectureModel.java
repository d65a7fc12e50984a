package io.github.architect.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the document declares, each element with its place in the document.
 *
 * <p>Not a record only because it keeps lookup maps next to the lists: checks and reports look up a
 * service, a dependency or a table once per finding, and a scan of the lists per lookup made a
 * document of a few thousand services take minutes.
 */
@JsonPropertyOrder({"document", "sections", "services", "dependencies", "endpoints", "tables", "collections",
        "technologies", "basePath", "sharedPackages", "technologyMappings", "considerations", "openApiDocuments",
        "operations", "operationLinks", "topics", "payloads"})
public final class ArchitectureModel {

    private final Path document;
    private final List<Section> sections;
    private final List<Service> services;
    private final List<Dependency> dependencies;
    private final List<Endpoint> endpoints;
    private final List<Table> tables;
    private final List<NoSqlCollection> collections;
    private final List<Technology> technologies;
    private final String basePath;
    private final List<String> sharedPackages;
    private final List<TechnologyMapping> technologyMappings;
    private final List<Consideration> considerations;
    private final List<OpenApiDocument> openApiDocuments;
    private final List<Operation> operations;
    private final List<OperationLink> operationLinks;
    private final List<Topic> topics;
    private final List<PayloadSample> payloads;

    private final Map<String, Integer> serviceByKey = new HashMap<>();
    private final Map<String, Integer> serviceById = new HashMap<>();
    private final Set<String> allowed = new HashSet<>();
    private final Map<String, List<Dependency>> dependenciesByFrom = new HashMap<>();
    private final Map<String, Integer> tableByName = new HashMap<>();
    private int hash;

    /**
     * @param document       the file it was read from
     * @param basePath       {@code base-path} from the yaml block, or null
     * @param sharedPackages packages any service may use ({@code shared} in the yaml block)
     * @param technologies   what section 6 names, choices and rejected alternatives
     * @param technologyMappings technologies the yaml block maps to Maven coordinates ({@code technologies})
     * @param considerations the sentences of section 7 (Key Considerations)
     * @param openApiDocuments the OpenAPI contracts of section 4, whose endpoints are in {@code endpoints}
     * @param operations     GraphQL root fields and gRPC methods section 4 declares in code blocks
     * @param operationLinks GraphQL and proto schema files section 4 links to
     * @param topics         the topics, queues and channels events flow through (sections 2 to 4)
     * @param payloads       the request and response samples and statuses of section 4
     */
    @JsonCreator
    public ArchitectureModel(@JsonProperty("document") Path document,
                             @JsonProperty("sections") List<Section> sections,
                             @JsonProperty("services") List<Service> services,
                             @JsonProperty("dependencies") List<Dependency> dependencies,
                             @JsonProperty("endpoints") List<Endpoint> endpoints,
                             @JsonProperty("tables") List<Table> tables,
                             @JsonProperty("collections") List<NoSqlCollection> collections,
                             @JsonProperty("technologies") List<Technology> technologies,
                             @JsonProperty("basePath") String basePath,
                             @JsonProperty("sharedPackages") List<String> sharedPackages,
                             @JsonProperty("technologyMappings") List<TechnologyMapping> technologyMappings,
                             @JsonProperty("considerations") List<Consideration> considerations,
                             @JsonProperty("openApiDocuments") List<OpenApiDocument> openApiDocuments,

                             @JsonProperty("operations") List<Operation> operations,
                             @JsonProperty("operationLinks") List<OperationLink> operationLinks,
                             @JsonProperty("topics") List<Topic> topics,
                             @JsonProperty("payloads") List<PayloadSample> payloads) {
        this.document = document;
        this.sections = List.copyOf(sections);
        this.services = List.copyOf(services);
        this.dependencies = List.copyOf(dependencies);
        this.endpoints = List.copyOf(endpoints);
        this.tables = List.copyOf(tables);
        this.collections = List.copyOf(collections);
        this.technologies = List.copyOf(technologies);
        this.basePath = basePath;
        this.sharedPackages = List.copyOf(sharedPackages);
        this.technologyMappings = technologyMappings == null ? List.of() : List.copyOf(technologyMappings);
        this.considerations = considerations == null ? List.of() : List.copyOf(considerations);
        this.openApiDocuments = openApiDocuments == null ? List.of() : List.copyOf(openApiDocuments);
        this.operations = operations == null ? List.of() : List.copyOf(operations);
        this.operationLinks = operationLinks == null ? List.of() : List.copyOf(operationLinks);
        this.topics = topics == null ? List.of() : List.copyOf(topics);
        this.payloads = payloads == null ? List.of() : List.copyOf(payloads);
        for (int i = 0; i < this.services.size(); i++) {
            Service service = this.services.get(i);
            serviceByKey.putIfAbsent(service.key(), i);
            if (service.id() != null) {
                serviceById.putIfAbsent(CaseFold.of(service.id()), i);
            }
        }
        for (Dependency d : this.dependencies) {
            String from = Service.keyOf(d.from());
            allowed.add(from + '\n' + Service.keyOf(d.to()));
            dependenciesByFrom.computeIfAbsent(from, k -> new java.util.ArrayList<>()).add(d);
        }
        dependenciesByFrom.replaceAll((k, list) -> List.copyOf(list));
        for (int i = 0; i < this.tables.size(); i++) {
            Table table = this.tables.get(i);
            tableByName.putIfAbsent(CaseFold.of(table.name()), i);
            tableByName.putIfAbsent(CaseFold.of(table.qualifiedName()), i);
        }
    }

    @JsonProperty
    public Path document() {
        return document;
    }

    @JsonProperty
    public List<Section> sections() {
        return sections;
    }

    @JsonProperty
    public List<Service> services() {
        return services;
    }

    @JsonProperty
    public List<Dependency> dependencies() {
        return dependencies;
    }

    @JsonProperty
    public List<Endpoint> endpoints() {
        return endpoints;
    }

    @JsonProperty
    public List<Table> tables() {
        return tables;
    }

    @JsonProperty
    public List<NoSqlCollection> collections() {
        return collections;
    }

    @JsonProperty
    public List<Technology> technologies() {
        return technologies;
    }

    @JsonProperty
    public String basePath() {
        return basePath;
    }

    @JsonProperty
    public List<String> sharedPackages() {
        return sharedPackages;
    }

    @JsonProperty
    public List<TechnologyMapping> technologyMappings() {
        return technologyMappings;
    }

    @JsonProperty
    public List<Consideration> considerations() {
        return considerations;
    }

    @JsonProperty
    public List<OpenApiDocument> openApiDocuments() {
        return openApiDocuments;
    }

    @JsonProperty
    public List<Operation> operations() {
        return operations;
    }

    @JsonProperty
    public List<OperationLink> operationLinks() {
        return operationLinks;
    }

    @JsonProperty
    public List<Topic> topics() {
        return topics;
    }

    /** The request and response samples and statuses section 4 shows for its endpoints. */
    @JsonProperty
    public List<PayloadSample> payloads() {
        return payloads;
    }

    /**
     * A builder of a model read from {@code document}: the parts left unset are empty (and
     * {@code basePath} null), so a new part of the model touches only the callers that set it.
     */
    public static Builder builder(Path document) {
        return new Builder(document);
    }

    /** A builder holding every part of this model, to build a copy with some parts replaced. */
    public Builder toBuilder() {
        return new Builder(document).sections(sections).services(services).dependencies(dependencies)
                .endpoints(endpoints).tables(tables).collections(collections).technologies(technologies)
                .basePath(basePath).sharedPackages(sharedPackages).technologyMappings(technologyMappings)
                .considerations(considerations).openApiDocuments(openApiDocuments).operations(operations)
                .operationLinks(operationLinks).topics(topics).payloads(payloads);
    }

    /** Builds an {@link ArchitectureModel} part by part; see {@link ArchitectureModel#builder(Path)}. */
    public static final class Builder {

        private Path document;
        private List<Section> sections = List.of();
        private List<Service> services = List.of();
        private List<Dependency> dependencies = List.of();
        private List<Endpoint> endpoints = List.of();
        private List<Table> tables = List.of();
        private List<NoSqlCollection> collections = List.of();
        private List<Technology> technologies = List.of();
        private String basePath;
        private List<String> sharedPackages = List.of();
        private List<TechnologyMapping> technologyMappings = List.of();
        private List<Consideration> considerations = List.of();
        private List<OpenApiDocument> openApiDocuments = List.of();
        private List<Operation> operations = List.of();
        private List<OperationLink> operationLinks = List.of();
        private List<Topic> topics = List.of();
        private List<PayloadSample> payloads = List.of();

        private Builder(Path document) {
            this.document = document;
        }

        public Builder document(Path document) {
            this.document = document;
            return this;
        }

        public Builder sections(List<Section> sections) {
            this.sections = sections;
            return this;
        }

        public Builder services(List<Service> services) {
            this.services = services;
            return this;
        }

        public Builder dependencies(List<Dependency> dependencies) {
            this.dependencies = dependencies;
            return this;
        }

        public Builder endpoints(List<Endpoint> endpoints) {
            this.endpoints = endpoints;
            return this;
        }

        public Builder tables(List<Table> tables) {
            this.tables = tables;
            return this;
        }

        public Builder collections(List<NoSqlCollection> collections) {
            this.collections = collections;
            return this;
        }

        public Builder technologies(List<Technology> technologies) {
            this.technologies = technologies;
            return this;
        }

        /** {@code base-path} from the yaml block, or null. */
        public Builder basePath(String basePath) {
            this.basePath = basePath;
            return this;
        }

        /** Packages any service may use ({@code shared} in the yaml block). */
        public Builder sharedPackages(List<String> sharedPackages) {
            this.sharedPackages = sharedPackages;
            return this;
        }

        public Builder technologyMappings(List<TechnologyMapping> technologyMappings) {
            this.technologyMappings = technologyMappings;
            return this;
        }

        public Builder considerations(List<Consideration> considerations) {
            this.considerations = considerations;
            return this;
        }

        public Builder openApiDocuments(List<OpenApiDocument> openApiDocuments) {
            this.openApiDocuments = openApiDocuments;
            return this;
        }

        public Builder operations(List<Operation> operations) {
            this.operations = operations;
            return this;
        }

        public Builder operationLinks(List<OperationLink> operationLinks) {
            this.operationLinks = operationLinks;
            return this;
        }

        public Builder topics(List<Topic> topics) {
            this.topics = topics;
            return this;
        }

        public Builder payloads(List<PayloadSample> payloads) {
            this.payloads = payloads;
            return this;
        }

        public ArchitectureModel build() {
            return new ArchitectureModel(document, sections, services, dependencies, endpoints, tables, collections,
                    technologies, basePath, sharedPackages, technologyMappings, considerations, openApiDocuments,
                    operations, operationLinks, topics, payloads);
        }
    }

    /** The technologies section 6 chooses, without the alternatives it rejects. */
    public List<Technology> chosenTechnologies() {
        return technologies.stream().filter(Technology::chosen).toList();
    }

    /**
     * The service this name refers to, compared case-insensitively with or without "Service", or by
     * its id; the first declared one when several match.
     */
    public Optional<Service> service(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Integer byKey = serviceByKey.get(Service.keyOf(name));
        Integer byId = serviceById.get(CaseFold.of(name.trim()));
        if (byKey == null && byId == null) {
            return Optional.empty();
        }
        int index = byKey == null ? byId : byId == null ? byKey : Math.min(byKey, byId);
        return Optional.of(services.get(index));
    }

    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }

    /** True when the document allows {@code from} to use {@code to}. */
    public boolean allows(String from, String to) {
        return allowed.contains(Service.keyOf(from) + '\n' + Service.keyOf(to));
    }

    /** The declared dependencies of one service. */
    public List<Dependency> dependenciesOf(String from) {
        return dependenciesByFrom.getOrDefault(Service.keyOf(from), List.of());
    }

    public Optional<Table> table(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Integer index = tableByName.get(CaseFold.of(name));
        return index == null ? Optional.empty() : Optional.of(tables.get(index));
    }

    /**
     * "4 services, 9 endpoints, 5 tables, 3 technologies": the summary verify prints, with ", 3 operations"
     * and ", 2 topics" appended only when the document declares them. An endpoint that section 4 lists and
     * its OpenAPI contract declares again is counted once.
     */
    public String summary() {
        return summary(declaredEndpointCount());
    }

    /** The endpoints declared, one that section 4 lists and its OpenAPI contract declares again counted once. */
    public int declaredEndpointCount() {
        return (int) endpoints.stream()
                .map(e -> e.method() + " " + e.path() + " " + Service.keyOf(e.service() == null ? "" : e.service()))
                .distinct().count();
    }

    /** The summary with another count of endpoints. */
    public String summary(int declaredEndpoints) {
        return summary(declaredEndpoints, operations.size());
    }

    /**
     * The summary with the operations counted as well, those of linked schema files included; a
     * document that declares none prints the summary it printed before operations were read.
     */
    public String summary(int declaredEndpoints, int declaredOperations) {
        return count(services.size(), "service") + ", " + count(declaredEndpoints, "endpoint") + ", "
                + count(tables.size(), "table") + ", " + count(chosenTechnologies().size(), "technology")
                + (declaredOperations > 0 ? ", " + count(declaredOperations, "operation") : "")
                + (topics.isEmpty() ? "" : ", " + count(topics.size(), "topic"));
    }

    private static String count(int n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArchitectureModel that
                && Objects.equals(document, that.document) && sections.equals(that.sections)
                && services.equals(that.services) && dependencies.equals(that.dependencies)
                && endpoints.equals(that.endpoints) && tables.equals(that.tables)
                && collections.equals(that.collections) && technologies.equals(that.technologies)
                && Objects.equals(basePath, that.basePath) && sharedPackages.equals(that.sharedPackages)
                && technologyMappings.equals(that.technologyMappings) && considerations.equals(that.considerations)
                && openApiDocuments.equals(that.openApiDocuments)
                && operations.equals(that.operations) && operationLinks.equals(that.operationLinks)
                && topics.equals(that.topics)
                && payloads.equals(that.payloads);
    }

    @Override
    public int hashCode() {
        // checks share work keyed on the model, so it is hashed once per lookup: hash a large document once
        int h = hash;
        if (h == 0) {
            h = Objects.hash(document, sections, services, dependencies, endpoints, tables, collections, technologies,
                    basePath, sharedPackages, technologyMappings, considerations, openApiDocuments, operations,
                    operationLinks, topics, payloads);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return "ArchitectureModel[document=" + document + ", sections=" + sections + ", services=" + services
                + ", dependencies=" + dependencies + ", endpoints=" + endpoints + ", tables=" + tables
                + ", collections=" + collections + ", technologies=" + technologies + ", basePath=" + basePath
                + ", sharedPackages=" + sharedPackages + ", technologyMappings=" + technologyMappings
                + ", considerations=" + considerations + ", openApiDocuments=" + openApiDocuments
                + ", operations=" + operations + ", operationLinks=" + operationLinks + ", topics=" + topics
                + ", payloads=" + payloads + "]";
    }

    /**
     * The key under which {@link String#equalsIgnoreCase} finds a string: two strings are equal
     * ignoring case exactly when their keys are equal (each char upper- then lower-cased, as
     * equalsIgnoreCase compares them, code point by code point).
     */
    static final class CaseFold {

        private CaseFold() {
        }

        static String of(String text) {
            StringBuilder folded = new StringBuilder(text.length());
            text.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
            return folded.toString();
        }
    }
}
