package io.github.architect.code;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.ArrayDeque;
import java.util.Deque;

/** A type declared in the build's sources, with the parsed file that declares it. */
public record JavaType(TypeDeclaration<?> type, ParsedJava source) {

    /** The binary name ({@code com.acme.Outer$Inner}), the form the service mapping and bytecode use. */
    public String binaryName() {
        Deque<String> names = new ArrayDeque<>();
        Node node = type;
        while (node != null) {
            if (node instanceof TypeDeclaration<?> t) {
                names.addFirst(t.getNameAsString());
            }
            node = node.getParentNode().orElse(null);
        }
        String pkg = source.packageName();
        String nested = String.join("$", names);
        return pkg.isEmpty() ? nested : pkg + "." + nested;
    }

    public String simpleName() {
        return type.getNameAsString();
    }

    public boolean isInterface() {
        return type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    }

    /** A class that can be instantiated: not an interface, not abstract, not an annotation. */
    public boolean isConcreteClass() {
        return type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isAbstract()
                || type instanceof com.github.javaparser.ast.body.RecordDeclaration;
    }

    public JavaType enclosing() {
        return type.getParentNode().filter(TypeDeclaration.class::isInstance)
                .map(p -> new JavaType((TypeDeclaration<?>) p, source)).orElse(null);
    }
}
