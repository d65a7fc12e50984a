package io.github.architect.scaffold;

import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.doc.ArchitectureDocumentParser;
import io.github.architect.model.ArchitectureModel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One module of sources (not compiled) in a temporary directory, drafted and read back. */
final class DraftFixture {

    private final Path root;
    private final Path dir;
    private final CodeModule module;

    DraftFixture(Path root, String... libraries) {
        this.root = root;
        this.dir = root.resolve("app");
        this.module = new CodeModule("app", dir, "jar", List.of(dir.resolve("src/main/java")),
                List.of(dir.resolve("target/classes")), List.of(dir.resolve("src/main/resources")),
                List.of(), Set.of(libraries), dir.resolve("pom.xml"));
    }

    /** Writes a Java source; the path is taken from the package and the first type name. */
    DraftFixture java(String source) {
        String pkg = source.lines().filter(l -> l.startsWith("package ")).findFirst()
                .map(l -> l.substring(8, l.indexOf(';')).trim()).orElse("");
        Matcher type = Pattern.compile("(?:class|interface|enum|record|@interface)\\s+(\\w+)").matcher(source);
        if (!type.find()) {
            throw new IllegalArgumentException("no type in " + source);
        }
        return file(module.sourceRoots().get(0).resolve(pkg.replace('.', '/')).resolve(type.group(1) + ".java"), source);
    }

    DraftFixture resource(String name, String content) {
        return file(module.resourceDirectories().get(0).resolve(name), content);
    }

    private DraftFixture file(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    Codebase codebase() {
        return new Codebase(root, List.of(module));
    }

    String draft() {
        return DocumentDraft.write(codebase(), "Shop").markdown();
    }

    ArchitectureModel readBack(String draft) {
        return new ArchitectureDocumentParser().parse(draft, root.resolve("architecture.md")).model();
    }

    /** Every finding verify has on the draft, warnings included. */
    List<Violation> findings(String draft) {
        return DocumentDraftTest.findings(draft, codebase());
    }
}
