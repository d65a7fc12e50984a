package io.github.architect.code;

import com.github.javaparser.ast.CompilationUnit;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One Java file as the build's {@link JavaSourceIndex} parsed it: its syntax tree, or where and why
 * it could not be parsed (or read).
 *
 * @param unit    the syntax tree, null when the file could not be parsed
 * @param line    the line of the first problem, 0 when unknown or when the file parsed
 * @param column  the column of the first problem, 0 when unknown or when the file parsed
 * @param problem the parser's first message (one line), or the reason the file cannot be read; null when it parsed
 * @param unreadable whether the problem is that the file could not be read at all
 */
public record ParsedJava(Path file, CompilationUnit unit, int line, int column, String problem, boolean unreadable) {

    public Optional<CompilationUnit> parsed() {
        return Optional.ofNullable(unit);
    }

    public boolean failed() {
        return unit == null;
    }

    /** The package the file declares, empty for the default package or a file that did not parse. */
    public String packageName() {
        return unit == null ? "" : unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }
}
