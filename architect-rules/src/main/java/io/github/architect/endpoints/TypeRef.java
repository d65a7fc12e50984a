package io.github.architect.endpoints;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;

import java.util.ArrayDeque;
import java.util.Deque;

/** A type declared in the project's sources, with the file that declares it. */
record TypeRef(TypeDeclaration<?> type, ParsedSource source) {

    /** The binary name ({@code com.acme.Outer$Inner}), the form the service mapping and bytecode use. */
    String binaryName() {
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

    String simpleName() {
        return type.getNameAsString();
    }

    boolean isInterface() {
        return type instanceof ClassOrInterfaceDeclaration c && c.isInterface();
    }

    /** A class that can be instantiated: not an interface, not abstract, not an annotation. */
    boolean isConcreteClass() {
        return type instanceof ClassOrInterfaceDeclaration c && !c.isInterface() && !c.isAbstract()
                || type instanceof com.github.javaparser.ast.body.RecordDeclaration;
    }

    TypeRef enclosing() {
        return type.getParentNode().filter(TypeDeclaration.class::isInstance)
                .map(p -> new TypeRef((TypeDeclaration<?>) p, source)).orElse(null);
    }
}
