package io.github.architect.payloads;

import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.doc.ParsedDocument;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small project in a temporary directory and a document whose section 4 is given, checked for payloads. */
final class PayloadFixture {

    private final Path root;
    private final CodeModule module;
    private ParsedDocument document;

    PayloadFixture(Path root, String... libraries) {
        this.root = root;
        Path dir = root.resolve("app");
        this.module = new CodeModule("app", dir, "jar", List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve("target/classes")), List.of(dir.resolve("src/main/resources")),
                List.of(), Set.of(libraries), dir.resolve("pom.xml"));
    }

    /** Writes a Java source; the path is taken from the package and the first type name. */
    PayloadFixture java(String source) {
        String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim()).orElse("");
        java.util.regex.Matcher type = java.util.regex.Pattern
                .compile("(?:class|interface|enum|record|@interface)\\s+(\\w+)").matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no type in " + source);
        }
        write(module.sourceRoots().get(0).resolve(pkg.replace('.', '/')).resolve(type.group(1) + ".java"), source);
        return this;
    }

    PayloadFixture resource(String name, String content) {
        write(module.resourceDirectories().get(0).resolve(name), content);
        return this;
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The payload findings for a document whose section 4 is {@code api}. */
    List<Violation> verify(String api) {
        String markdown = """
                # Shop

                ## 1. Executive Summary
                A shop.

                ## 2. Architecture Overview
                One service.

                ## 3. Service Definitions
                ### Order Service

                ## 4. API Contracts
                %s
                ## 5. Data Schema
                None.

                ## 6. Technology Stack Rationale
                - **Java 17**

                ## 7. Key Considerations
                Keep it simple.
                """.formatted(api);
        document = new ArchitectureDocumentParser().parse(markdown, root.resolve("architecture.md"));
        CheckContext context = new CheckContext(document.model(), new Codebase(root, List.of(module)),
                ServiceMap.none(), Map.of());
        PayloadContractCheck check = new PayloadContractCheck();
        List<Violation> all = new ArrayList<>(check.checkModule(context, module));
        all.addAll(check.checkBuild(context));
        return all;
    }

    ParsedDocument document() {
        return document;
    }
}
