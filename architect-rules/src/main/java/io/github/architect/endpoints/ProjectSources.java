package io.github.architect.endpoints;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;
import io.github.architect.code.TextFiles;
import io.github.architect.code.JavaSourceParser;
import io.github.architect.check.Location;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java sources of the whole build: an index of files by type name (to resolve constants,
 * supertypes and sub-resources across modules) and one parse per file, shared by every module scan.
 */
final class ProjectSources implements SourceLookup {

    private final Map<CodeModule, List<Path>> filesByModule;
    private final Map<String, List<Path>> filesBySimpleName;
    private final Map<Path, ParsedSource> parsed = new ConcurrentHashMap<>();
    // JavaParser instances are not thread-safe: one per worker thread.
    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(ProjectSources::newParser);

    private ProjectSources(Map<CodeModule, List<Path>> filesByModule) {
        this.filesByModule = filesByModule;
        this.filesBySimpleName = filesByModule.values().stream().flatMap(List::stream).distinct()
                .collect(Collectors.groupingBy(ProjectSources::simpleTypeName));
    }

    static ProjectSources of(Codebase codebase) {
        Map<CodeModule, List<Path>> files = new LinkedHashMap<>();
        for (CodeModule module : codebase.modules()) {
            if (module.holdsCode()) {
                files.put(module, javaFiles(module.sourceRoots()));
            }
        }
        return new ProjectSources(files);
    }

    static JavaParser newParser() {
        return JavaSourceParser.create();
    }

    private static List<Path> javaFiles(List<Path> roots) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                        .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                        .filter(Files::isRegularFile)
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the sources under " + root, e);
            }
        }
        return files;
    }

    private static String simpleTypeName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }

    List<Path> filesOf(CodeModule module) {
        List<Path> files = filesByModule.get(module);
        return files != null ? files : javaFiles(module.sourceRoots());
    }

    @Override
    public List<Path> filesNamed(String simpleName) {
        return filesBySimpleName.getOrDefault(simpleName, List.of());
    }

    @Override
    public ParsedSource parse(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return parseText(f, TextFiles.read(f));
            } catch (UncheckedIOException e) {
                return new ParsedSource(f, null, new SourceProblem(Location.of(f), "cannot read " + f + ": "
                        + e.getCause().getMessage()));
            }
        });
    }

    ParsedSource parse(Path file, String text) {
        return parsed.computeIfAbsent(file, f -> parseText(f, text));
    }

    private ParsedSource parseText(Path file, String text) {
        ParseResult<CompilationUnit> result = parsers.get().parse(text);
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new ParsedSource(file, result.getResult().get(), null);
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        int line = first == null ? 0 : first.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.line).orElse(0);
        int column = first == null ? 0 : first.getLocation().flatMap(TokenRange::toRange).map(r -> r.begin.column).orElse(0);
        String message = first == null ? "unknown syntax error" : first.getMessage().lines().findFirst().orElse("");
        return new ParsedSource(file, null, new SourceProblem(Location.of(file, line, column), message));
    }

    /** Files parsed so far, for diagnostics and tests. */
    int parsedCount() {
        return parsed.size();
    }
}
