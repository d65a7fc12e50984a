package io.github.architect.endpoints;

import com.github.javaparser.ast.CompilationUnit;

import java.nio.file.Path;
import java.util.Optional;

/**
 * One Java file, parsed or not.
 *
 * @param unit    the syntax tree, null when the file could not be parsed
 * @param problem why it could not be parsed, or null
 */
record ParsedSource(Path file, CompilationUnit unit, SourceProblem problem) {

    Optional<CompilationUnit> parsed() {
        return Optional.ofNullable(unit);
    }

    String packageName() {
        return unit == null ? "" : unit.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
    }
}
