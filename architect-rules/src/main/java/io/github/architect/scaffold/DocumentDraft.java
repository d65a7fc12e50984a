package io.github.architect.scaffold;

import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.mapping.CodeInventory;
import io.github.architect.mapping.Resolution;
import io.github.architect.mapping.ServiceMapper;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A first draft of architecture.md from the code of a build, meant to pass {@code architect:verify}
 * unchanged: the services the code shows, the dependencies its bytecode has, the endpoints it serves,
 * the tables of its final schema and the technologies it uses, each read by the same code the checks
 * use. What only a person can say is left as PLACEHOLDER and TODO markers the checks ignore.
 */
public final class DocumentDraft {

    /**
     * The draft and what the user should know about it.
     *
     * @param markdown the document
     * @param notes    one sentence each: modules left out, code that was not compiled
     */
    public record Draft(String markdown, List<String> notes) {
        public Draft {
            notes = List.copyOf(notes);
        }
    }

    private DocumentDraft() {
    }

    /** Whether the build has code a draft can be written from; without it, the template is the better start. */
    public static boolean hasCode(Codebase codebase) {
        return codebase.modules().stream().anyMatch(CodeModule::holdsCode);
    }

    /**
     * @param codebase the build
     * @param title    the system's name for the document's title
     */
    public static Draft write(Codebase codebase, String title) {
        return write(codebase, title, JavaSourceIndex.of(codebase));
    }

    /** As {@link #write(Codebase, String)}: every part of the draft lists, reads and parses the sources through {@code sources}. */
    static Draft write(Codebase codebase, String title, JavaSourceIndex sources) {
        Path document = codebase.rootDirectory().resolve("architecture.md");
        CodeInventory inventory = CodeInventory.scan(codebase);
        ServiceDiscovery.Found found = ServiceDiscovery.discover(codebase, inventory, sources);
        List<String> notes = new ArrayList<>();
        found.leftOut().forEach(m -> notes.add("Left out of the services: " + m));
        notes.addAll(uncompiled(codebase, sources));

        List<DraftService> services = found.services();
        ArchitectureModel model = null;
        ServiceMapping mapping = null;
        // services whose names do not find their code get it listed in the yaml block, until all do
        for (int round = 0; round <= services.size(); round++) {
            model = parse(render(DraftFacts.ofServices(title, services, found.shared())), document);
            mapping = ServiceMapper.map(model, codebase);
            List<DraftService> next = mappedAsMeant(services, mapping, codebase);
            if (next.equals(services)) {
                break;
            }
            services = next;
        }
        CheckContext context = new CheckContext(model, codebase, mapping, Map.of());
        context.shared(JavaSourceIndex.class, () -> sources); // the key javaSources() uses: the schema scan shares it
        DraftFacts facts = new DraftFacts(title, services, found.shared(),
                ServiceDependencies.of(context, mapping, services), ServedEndpoints.of(context, mapping),
                FinalSchema.of(context, mapping), UsedTechnologies.of(codebase), DraftOperations.of(codebase, mapping, sources),
                UsedTopics.of(codebase, mapping, sources), MappedCollections.of(context, mapping));
        return new Draft(render(facts), notes);
    }

    static String render(DraftFacts facts) {
        StringBuilder out = new StringBuilder("# ").append(facts.title()).append("\n\n")
                .append("> Drafted from the code by `mvn architect:scaffold-doc`: the services, their dependencies,\n"
                        + "> endpoints, tables and technologies are the code's; replace every PLACEHOLDER and TODO with\n"
                        + "> what only you know, then run `mvn architect:verify`.\n\n");
        for (DraftSection section : DraftSections.standard()) {
            out.append(section.markdown(facts));
        }
        return out.toString().replaceAll("\n{3,}", "\n\n").stripTrailing() + "\n";
    }

    private static ArchitectureModel parse(String markdown, Path document) {
        return new ArchitectureDocumentParser().parse(markdown, document).model();
    }

    /** The services, each marked explicit when the mapping does not give it exactly the code meant. */
    private static List<DraftService> mappedAsMeant(List<DraftService> services, ServiceMapping mapping,
                                                    Codebase codebase) {
        List<DraftService> checked = new ArrayList<>();
        for (DraftService service : services) {
            checked.add(service.explicit() || mapsAsMeant(service, mapping, codebase) ? service : service.mappedExplicitly());
        }
        return checked;
    }

    private static boolean mapsAsMeant(DraftService service, ServiceMapping mapping, Codebase codebase) {
        for (String artifactId : service.modules()) {
            Optional<CodeModule> module = codebase.module(artifactId);
            if (module.isPresent() && !isOwner(mapping.moduleResolution(module.get()), service)) {
                return false;
            }
        }
        for (String packageName : service.packages()) {
            for (CodeModule module : codebase.modules()) {
                for (String own : mapping.inventory().packagesOf(module)) {
                    if ((own.equals(packageName) || own.startsWith(packageName + "."))
                            && !isOwner(mapping.resolve(module, own), service)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean isOwner(Resolution resolution, DraftService service) {
        return !resolution.isAmbiguous() && resolution.owner().map(Service::name).filter(service.name()::equals).isPresent();
    }

    /** Modules with sources but no classes: their dependencies cannot be read from bytecode. */
    private static List<String> uncompiled(Codebase codebase, JavaSourceIndex sources) {
        List<String> notes = new ArrayList<>();
        for (CodeModule module : codebase.modules()) {
            boolean hasSources = !sources.files(module).isEmpty();
            boolean classes = module.classesDirectories().stream().anyMatch(Files::isDirectory);
            if (module.holdsCode() && hasSources && !classes) {
                notes.add("Module " + module.artifactId() + " is not compiled, so the dependencies of its services"
                        + " are not drafted: run mvn compile architect:scaffold-doc");
            }
        }
        return notes;
    }
}
