package io.github.architect.doc;

import io.github.architect.code.ReadFailure;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Collection;
import io.github.architect.model.Dependency;
import io.github.architect.model.Endpoint;
import io.github.architect.model.PayloadSample;
import io.github.architect.model.Position;
import io.github.architect.model.Section;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import io.github.architect.model.Technology;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads architecture.md into an {@link ArchitectureModel} the way a reader understands it.
 * Problems with the document become findings; this class never throws for bad input.
 */
public final class ArchitectureDocumentParser {

    /** Parses the document file; problems become findings, never exceptions. */
    public ParsedDocument parse(Path document) {
        Findings findings = new Findings(document);
        if (!Files.exists(document)) {
            findings.add(DocumentRules.MISSING, 0, 0,
                    "No architecture document at " + document.toAbsolutePath().normalize(),
                    "Write one with `mvn architect:scaffold-doc`, or point -Darchitect.doc at the existing file.",
                    document.getFileName() == null ? document.toString() : document.getFileName().toString());
            return new ParsedDocument(empty(document), findings.all());
        }
        String markdown;
        try {
            byte[] bytes = Files.readAllBytes(document);
            markdown = decode(bytes);
        } catch (CharacterCodingException | NotTextException e) {
            String why = e instanceof NotTextException ? e.getMessage() : "it contains bytes that are not valid UTF-8";
            findings.add(DocumentRules.UNREADABLE, 0, 0,
                    document.toAbsolutePath().normalize() + " is not UTF-8 text: " + why,
                    "Save the document as UTF-8 Markdown.");
            return new ParsedDocument(empty(document), findings.all());
        } catch (IOException | RuntimeException e) {
            ReadFailure failure = ReadFailure.of(document, e);
            findings.add(DocumentRules.UNREADABLE, 0, 0,
                    "Cannot read " + document.toAbsolutePath().normalize() + ": " + failure.reason(),
                    failure.remedy());
            return new ParsedDocument(empty(document), findings.all());
        }
        return parse(markdown, document);
    }

    /** Parses Markdown text already read from {@code document} (used for locations only). */
    public ParsedDocument parse(String markdown, Path document) {
        Findings findings = new Findings(document);
        try {
            return new ParsedDocument(read(markdown, document, findings), findings.all());
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of ours must not hide the document's findings or fail with a stack trace
            findings.add(DocumentRules.UNREADABLE, 0, 0,
                    "architect could not understand " + document + ": " + describe(e),
                    "Please report this with the document attached; simplify the part named above meanwhile.");
            return new ParsedDocument(empty(document), findings.all());
        }
    }

    private ArchitectureModel read(String markdown, Path document, Findings findings) {
        MarkdownOutline outline = new MarkdownOutline(markdown);
        MarkdownNesting nesting = outline.nesting();
        if (nesting.cut()) {
            findings.add(DocumentRules.NESTING, nesting.firstCutLine(), 1,
                    "Blockquotes, list items or brackets nest more than " + MarkdownNesting.MAX_DEPTH
                            + " levels deep at line " + nesting.firstCutLine()
                            + (nesting.cutLines() == 2 ? " (and on 1 more line)"
                            : nesting.cutLines() > 2 ? " (and on " + (nesting.cutLines() - 1) + " more lines)" : "")
                            + "; the deeper levels are read as plain text",
                    "Flatten the nesting at line " + nesting.firstCutLine() + ": a few levels of lists or quotes are enough.");
        }
        List<Section> sections = sections(outline, findings);

        List<ServiceReader.Declared> declared = ServiceReader.read(outline);
        ArchitectBlock block = ArchitectBlock.read(outline, findings);
        List<Service> services = services(declared, block, findings);
        if (services.isEmpty()) {
            Optional<Section> section = sections.stream().filter(s -> s.kind() == SectionKind.SERVICE_DEFINITIONS).findFirst();
            findings.add(DocumentRules.NO_SERVICES, section.map(s -> s.position().line()).orElse(1),
                    1, section.isPresent()
                            ? "Section \"" + section.get().heading() + "\" declares no service"
                            : "The document has no Service Definitions section, so it declares no service",
                    "Add one `### <Name> Service` sub-heading per service under `## 3. Service Definitions`"
                            + " (or a table whose first column is Service).");
        }
        List<Dependency> dependencies = DependencyReader.read(outline, declared, services, block, findings);
        List<Endpoint> mentions = EndpointReader.mentions(outline, services, findings);
        List<Endpoint> endpoints = EndpointReader.distinct(mentions);
        List<PayloadSample> payloads = PayloadReader.read(outline, mentions, findings);
        SchemaReader.Schema schema = SchemaReader.read(outline, services, findings);
        List<Table> tables = TableOwnership.assign(schema.tables(), services, block);
        List<Collection> collections = schema.collections();
        List<Technology> technologies = TechnologyReader.read(outline);
        OperationReader.Read operations = OperationReader.read(outline, services, findings);
        ArchitectureModel model = new ArchitectureModel(document, sections, services, dependencies, endpoints, tables,
                collections, technologies, block.basePath(), block.shared(), block.technologies(),
                ConsiderationReader.read(outline), List.of(), operations.operations(), operations.links(),
                TopicReader.read(outline, services), payloads);
        return withOpenApi(model, OpenApiReader.read(outline, model));
    }

    /** The model with its OpenAPI contracts, whose endpoints are endpoints of the model like section 4's own. */
    private static ArchitectureModel withOpenApi(ArchitectureModel model, OpenApiReader.Contracts contracts) {
        if (contracts.documents().isEmpty()) {
            return model;
        }
        List<Endpoint> endpoints = new ArrayList<>(model.endpoints());
        endpoints.addAll(contracts.endpoints());
        return new ArchitectureModel(model.document(), model.sections(), model.services(), model.dependencies(),
                endpoints, model.tables(), model.collections(), model.technologies(), model.basePath(),
                model.sharedPackages(), model.technologyMappings(), model.considerations(), contracts.documents(),
                model.operations(), model.operationLinks(), model.topics(), model.payloads());
    }

    private static List<Section> sections(MarkdownOutline outline, Findings findings) {
        Map<SectionKind, Section> found = new LinkedHashMap<>();
        for (MarkdownOutline.SectionRange range : outline.sections()) {
            found.putIfAbsent(range.kind(), new Section(range.kind(), range.heading().text(),
                    Position.of(range.heading().line(), range.heading().column())));
        }
        Set<SectionKind> missing = EnumSet.allOf(SectionKind.class);
        missing.removeAll(found.keySet());
        missing.remove(SectionKind.SERVICE_DEFINITIONS); // reported as doc-no-services when it matters
        for (SectionKind kind : missing) {
            findings.add(DocumentRules.MISSING_SECTION, 1, 1,
                    "The document has no \"" + kind.title() + "\" section (section " + (kind.ordinal() + 1) + " of 7)",
                    "Add a `## " + (kind.ordinal() + 1) + ". " + kind.title() + "` heading.", kind.title());
        }
        List<Section> sections = new ArrayList<>(found.values());
        sections.sort((a, b) -> a.position().compareTo(b.position()));
        return sections;
    }

    /** Prose services, with duplicates reported, merged with the yaml block (which wins). */
    private static List<Service> services(List<ServiceReader.Declared> declared, ArchitectBlock block, Findings findings) {
        Map<String, Service> byKey = new LinkedHashMap<>();
        Map<String, ServiceReader.Declared> first = new LinkedHashMap<>();
        for (ServiceReader.Declared d : declared) {
            Service service = new Service(d.name(), d.id(), Position.of(d.line(), d.column()), List.of(), List.of(),
                    d.owns().stream().map(i -> TableOwnership.tableName(i.text())).filter(t -> !t.isEmpty()).distinct().toList());
            String key = service.key();
            ServiceReader.Declared earlier = first.get(key);
            if (earlier != null) {
                findings.add(DocumentRules.DUPLICATE_SERVICE, d.line(), d.column(),
                        "Service \"" + d.name() + "\" is declared twice: at lines " + earlier.line() + " and " + d.line(),
                        "Merge the two declarations into one, or rename one of the services.", service.name());
                continue;
            }
            first.put(key, d);
            byKey.put(key, service);
        }
        return block.mergeInto(new ArrayList<>(byKey.values()), findings);
    }

    static ArchitectureModel empty(Path document) {
        return new ArchitectureModel(document, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of());
    }

    private static String decode(byte[] bytes) throws CharacterCodingException, NotTextException {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new NotTextException("it contains NUL bytes, so it looks binary");
            }
        }
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    /** The bytes are not text at all. */
    private static final class NotTextException extends Exception {
        NotTextException(String message) {
            super(message);
        }
    }
}
