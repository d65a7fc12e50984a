package io.github.architect.endpoints.framework;

import io.github.architect.code.JavaTypes;
import io.github.architect.code.JavaType;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The type arguments a controller's hierarchy binds to the type variables of its supertypes, as written
 * in the {@code extends} and {@code implements} clauses: {@code OrderController implements
 * CrudApi<Order, Long>} binds {@code T} of {@code CrudApi} to {@code Order}, through as many levels as the
 * hierarchy has. A raw or unreadable supertype binds nothing, and its type variables match any type.
 */
final class TypeBindings {

    private final Map<JavaType, Map<String, String>> bound = new IdentityHashMap<>();

    private TypeBindings() {
    }

    /** The bindings of a hierarchy ordered nearest first, as {@link JavaTypes#hierarchy} returns it. */
    static TypeBindings of(List<JavaType> hierarchy) {
        TypeBindings bindings = new TypeBindings();
        for (JavaType type : hierarchy) {
            for (ClassOrInterfaceType written : supertypesWritten(type)) {
                supertype(written, type, hierarchy).ifPresent(target -> bindings.bind(target, written, type));
            }
        }
        return bindings;
    }

    private void bind(JavaType target, ClassOrInterfaceType written, JavaType from) {
        if (bound.containsKey(target)) {
            return; // the nearest path to a supertype decides, as the hierarchy order does for mappings
        }
        Map<String, String> arguments = new HashMap<>();
        List<TypeParameter> parameters = typeParameters(target);
        Optional<NodeList<Type>> typeArguments = written.getTypeArguments();
        if (typeArguments.isPresent() && typeArguments.get().size() == parameters.size()) {
            for (int i = 0; i < parameters.size(); i++) {
                String erasure = erasure(typeArguments.get().get(i), from, 0);
                if (erasure != null) {
                    arguments.put(parameters.get(i).getNameAsString(), erasure);
                }
            }
        }
        bound.put(target, arguments);
    }

    /**
     * The erased simple name of {@code type} as written in {@code declaredIn}, with its array dimensions
     * and {@code extraDimensions} more; {@code null} for a type variable nothing binds or a wildcard.
     */
    String erasure(Type type, JavaType declaredIn, int extraDimensions) {
        int dimensions = type.getArrayLevel() + extraDimensions;
        Type element = type.getElementType();
        String name;
        if (element instanceof ClassOrInterfaceType named) {
            name = named.getNameAsString();
            if (named.getScope().isEmpty() && isTypeParameter(declaredIn, name)) {
                name = bound.getOrDefault(declaredIn, Map.of()).get(name);
                if (name == null) {
                    return null;
                }
            }
        } else if (element.isWildcardType() || element.isUnknownType() || element.isVarType()) {
            return null;
        } else {
            name = element.asString();
        }
        return name + "[]".repeat(dimensions);
    }

    private static boolean isTypeParameter(JavaType type, String name) {
        return typeParameters(type).stream().anyMatch(p -> p.getNameAsString().equals(name));
    }

    private static List<TypeParameter> typeParameters(JavaType type) {
        return type.type() instanceof NodeWithTypeParameters<?> generic ? generic.getTypeParameters() : List.of();
    }

    private static List<ClassOrInterfaceType> supertypesWritten(JavaType type) {
        if (type.type() instanceof ClassOrInterfaceDeclaration c) {
            NodeList<ClassOrInterfaceType> all = new NodeList<>(c.getExtendedTypes());
            all.addAll(c.getImplementedTypes());
            return all;
        }
        if (type.type() instanceof EnumDeclaration e) {
            return e.getImplementedTypes();
        }
        if (type.type() instanceof RecordDeclaration r) {
            return r.getImplementedTypes();
        }
        return List.of();
    }

    // The hierarchy holds only supertypes found in the sources, so the simple name picks the one meant.
    private static Optional<JavaType> supertype(ClassOrInterfaceType written, JavaType from, List<JavaType> hierarchy) {
        return hierarchy.stream()
                .filter(t -> t != from && t.simpleName().equals(written.getNameAsString()))
                .findFirst();
    }
}
