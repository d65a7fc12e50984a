package io.github.architect.endpoints.source;

import io.github.architect.code.JavaSourceLookup;
import io.github.architect.check.Location;
import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.code.ParsedJava;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The build's Java sources as the endpoint scanner sees them: the build's {@link JavaSourceIndex}
 * (files by module and by type name, one parse per file shared with every other check), counting
 * the files this scanner asked for.
 */
public final class ProjectSources implements JavaSourceLookup {

    private final JavaSourceIndex index;
    private final Set<Path> parsed = ConcurrentHashMap.newKeySet();

    private ProjectSources(JavaSourceIndex index) {
        this.index = index;
    }

    /** Sources of this build only, for scanners used without a check context. */
    static ProjectSources of(Codebase codebase) {
        return new ProjectSources(JavaSourceIndex.of(codebase));
    }

    public static ProjectSources over(JavaSourceIndex index) {
        return new ProjectSources(index);
    }

    public JavaSourceIndex index() {
        return index;
    }

    public List<Path> filesOf(CodeModule module) {
        return index.files(module);
    }

    @Override
    public List<Path> filesNamed(String simpleName) {
        return index.filesNamed(simpleName);
    }

    @Override
    public ParsedJava parse(Path file) {
        parsed.add(file);
        return index.parse(file);
    }

    /** Why the file could not be read or parsed, as the endpoint check reports it; null when it parsed. */
    public static SourceProblem problemOf(ParsedJava java) {
        if (!java.failed()) {
            return null;
        }
        if (java.unreadable()) {
            return new SourceProblem(Location.of(java.file()), "cannot read " + java.file() + ": " + java.problem());
        }
        String message = java.problem() == null ? "unknown syntax error" : java.problem();
        return new SourceProblem(Location.of(java.file(), java.line(), java.column()), message);
    }

    /** Files parsed so far, for diagnostics and tests. */
    public int parsedCount() {
        return parsed.size();
    }
}
