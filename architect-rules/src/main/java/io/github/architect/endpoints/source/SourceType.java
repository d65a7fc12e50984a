package io.github.architect.endpoints.source;

import io.github.architect.code.JavaType;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.CompilationUnit;
import io.github.architect.check.Location;

import java.nio.file.Path;

/**
 * A type declared in the project's sources, as other checks see it: its declaration and file. Two
 * instances are equal when they name the same type.
 */
public final class SourceType {

    private final JavaType ref;

    public SourceType(JavaType ref) {
        this.ref = ref;
    }

    JavaType ref() {
        return ref;
    }

    public TypeDeclaration<?> declaration() {
        return ref.type();
    }

    public CompilationUnit unit() {
        return ref.source().unit();
    }

    public Path file() {
        return ref.source().file();
    }

    /** {@code com.acme.Outer$Inner}. */
    public String binaryName() {
        return ref.binaryName();
    }

    public String simpleName() {
        return ref.simpleName();
    }

    /** Where {@code node} of this type's file begins. */
    public Location location(Node node) {
        return node.getBegin().map(p -> Location.of(file(), p.line, p.column)).orElse(Location.of(file()));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceType that && binaryName().equals(that.binaryName());
    }

    @Override
    public int hashCode() {
        return binaryName().hashCode();
    }

    @Override
    public String toString() {
        return binaryName();
    }
}
