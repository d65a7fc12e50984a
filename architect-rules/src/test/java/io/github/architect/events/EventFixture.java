package io.github.architect.events;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.ArchitectureModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A project of one module per service (the module's name is the service's) and its document. */
final class EventFixture {

    private final Path root;
    private final List<CodeModule> modules = new ArrayList<>();

    EventFixture(Path root) {
        this.root = root;
    }

    CodeModule module(String artifactId) {
        CodeModule module = CodeModule.conventional(artifactId, root.resolve(artifactId));
        modules.add(module);
        return module;
    }

    /** Writes a Java source; the path is taken from the package and the first type name. */
    Path java(CodeModule module, String source) {
        String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim()).orElse("");
        java.util.regex.Matcher type = java.util.regex.Pattern.compile("(?:class|interface|enum|record)\\s+(\\w+)").matcher(source);
        type.find();
        return write(module.sourceRoots().get(0).resolve(pkg.replace('.', '/')).resolve(type.group(1) + ".java"), source);
    }

    Path resource(CodeModule module, String name, String content) {
        return write(module.resourceDirectories().get(0).resolve(name), content);
    }

    Path write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Codebase codebase() {
        return new Codebase(root, modules);
    }

    MessagingScan scan(CodeModule module) {
        return new MessagingScanner(codebase()).scan(module);
    }

    /** Each topic of the module's scan as "PRODUCES Kafka invoice.issued @Class:line". */
    List<String> topics(CodeModule module) {
        return scan(module).topics().stream()
                .map(t -> t.role() + " " + t.technology() + " " + t.display() + " @" + t.location().file().getFileName()
                        + ":" + t.location().line())
                .toList();
    }

    /** A document with Billing, Ledger and Notification services and the given API contracts. */
    ArchitectureModel model(String api) {
        String markdown = """
                # Architecture
                ## 1. Executive Summary
                Invoices.
                ## 2. Architecture Overview
                Events.
                ## 3. Service Definitions
                ### Billing Service
                ### Ledger Service
                ### Notification Service
                ## 4. API Contracts
                %s
                ## 5. Data Schema
                None.
                ## 6. Technology Stack Rationale
                - **Kafka**
                ## 7. Key Considerations
                None.
                """.formatted(api);
        return new ArchitectureDocumentParser().parse(markdown, root.resolve("architecture.md")).model();
    }

    CheckContext context(ArchitectureModel model) {
        ServiceMap byModule = (module, className) -> model.service(module.artifactId());
        return new CheckContext(model, codebase(), byModule, Map.of());
    }

    List<Violation> verify(ArchitectureModel model) {
        EventFlowCheck check = new EventFlowCheck();
        CheckContext context = context(model);
        List<Violation> all = new ArrayList<>();
        for (CodeModule module : modules) {
            all.addAll(check.checkModule(context, module));
        }
        all.addAll(check.checkBuild(context));
        return all;
    }
}
