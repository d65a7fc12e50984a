package io.github.architect.code;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.CompilationUnit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The Java sources of one build, for every check that reads them: each module's files listed once,
 * each file read once for its {@link SourceFacts} (the text pre-filter every check asks), and parsed at
 * most once, with one parser configuration ({@link JavaSourceParser}). Only the files some check parses
 * keep a syntax tree; the text of the others is dropped after the facts are taken. Safe to share
 * between modules checked in parallel.
 */
public final class JavaSourceIndex implements JavaSourceLookup {

    private final Codebase codebase;
    private final Map<Path, List<Path>> filesByRoot = new ConcurrentHashMap<>();
    private final Map<Path, SourceFacts> facts = new ConcurrentHashMap<>();
    private final Map<Path, ParsedJava> parsed = new ConcurrentHashMap<>();
    private volatile Map<String, List<Path>> filesBySimpleName;
    // JavaParser instances are not thread-safe: one per worker thread.
    private final ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(JavaSourceParser::create);

    private JavaSourceIndex(Codebase codebase) {
        this.codebase = codebase;
    }

    /** The index of a build's sources; nothing is read until a check asks. */
    public static JavaSourceIndex of(Codebase codebase) {
        return new JavaSourceIndex(codebase);
    }

    /** An index of no build, for scanners handed bare source roots (tests, other goals). */
    public static JavaSourceIndex standalone() {
        return new JavaSourceIndex(new Codebase(Path.of("."), List.of()));
    }

    /** The module's {@code .java} files (module-info excluded), sorted. */
    public List<Path> files(CodeModule module) {
        return files(module.sourceRoots());
    }

    /** The {@code .java} files under these roots (module-info excluded), sorted; missing roots are skipped. */
    public List<Path> files(List<Path> sourceRoots) {
        if (sourceRoots.size() == 1) {
            return filesUnder(sourceRoots.get(0));
        }
        List<Path> files = new ArrayList<>();
        for (Path root : sourceRoots) {
            files.addAll(filesUnder(root));
        }
        files.sort(null);
        return List.copyOf(files);
    }

    /** The files of the whole build named {@code simpleName.java}: where a type of that name may be declared. */
    @Override
    public List<Path> filesNamed(String simpleName) {
        Map<String, List<Path>> byName = filesBySimpleName;
        if (byName == null) {
            byName = codebase.modules().stream().filter(CodeModule::holdsCode)
                    .flatMap(m -> files(m).stream()).distinct()
                    .collect(Collectors.groupingBy(JavaSourceIndex::simpleTypeName));
            filesBySimpleName = byName;
        }
        return byName.getOrDefault(simpleName, List.of());
    }

    /** What the text pass found in the file (read once per build). */
    public SourceFacts facts(Path file) {
        return facts.computeIfAbsent(file, f -> {
            try {
                return SourceFacts.of(f.getFileName().toString(), TextFiles.read(f));
            } catch (UncheckedIOException e) {
                return SourceFacts.UNREADABLE;
            }
        });
    }

    /**
     * Whether the file's text contains one of {@code texts}. Answered from the facts for the markers
     * they record; other texts read the file again. An unreadable file mentions everything, so that
     * the check parsing it next reports why.
     */
    public boolean mentionsAny(Path file, List<String> texts) {
        SourceFacts known = facts(file);
        if (!known.readable()) {
            return true;
        }
        Boolean answer = known.mentionsAny(texts);
        if (answer != null) {
            return answer;
        }
        return textMatches(file, text -> texts.stream().anyMatch(text::contains));
    }

    /** Whether the file's text (read again) satisfies {@code test}; false when it cannot be read. */
    public boolean textMatches(Path file, Predicate<String> test) {
        try {
            return test.test(TextFiles.read(file));
        } catch (UncheckedIOException e) {
            return false;
        }
    }

    /**
     * The file's text, read again (the index keeps the text of no file), for readers that match
     * patterns rather than parse; empty when the file cannot be read.
     */
    public Optional<String> text(Path file) {
        try {
            return Optional.of(TextFiles.read(file));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    /** The file parsed, once per build; a file that cannot be read or parsed says where and why. */
    @Override
    public ParsedJava parse(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            String text;
            try {
                text = TextFiles.read(f);
            } catch (UncheckedIOException e) {
                return new ParsedJava(f, null, 0, 0, e.getCause().getMessage(), true);
            }
            return parse(f, text);
        });
    }

    private ParsedJava parse(Path file, String text) {
        ParseResult<CompilationUnit> result = parsers.get().parse(text);
        if (result.isSuccessful() && result.getResult().isPresent()) {
            return new ParsedJava(file, result.getResult().get(), 0, 0, null, false);
        }
        Problem first = result.getProblems().isEmpty() ? null : result.getProblems().get(0);
        Optional<com.github.javaparser.Range> range = first == null ? Optional.empty()
                : first.getLocation().flatMap(TokenRange::toRange);
        int line = range.map(r -> r.begin.line).orElse(0);
        int column = range.map(r -> r.begin.column).orElse(0);
        String message = first == null ? null : first.getMessage().lines().findFirst().orElse("");
        return new ParsedJava(file, null, line, column, message, false);
    }

    /** Files parsed so far, for diagnostics and tests. */
    public int parsedCount() {
        return parsed.size();
    }

    private List<Path> filesUnder(Path root) {
        return filesByRoot.computeIfAbsent(root, JavaSourceIndex::walk);
    }

    private static List<Path> walk(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the sources under " + root, e);
        }
    }

    private static String simpleTypeName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".java".length());
    }
}
