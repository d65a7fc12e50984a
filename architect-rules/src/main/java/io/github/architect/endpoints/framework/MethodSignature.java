package io.github.architect.endpoints.framework;

import io.github.architect.code.JavaType;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.type.TypeParameter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What Java's override rule compares, read from source without a symbol solver: the name and the
 * erased parameter types. A parameter type is its simple name with its array dimensions
 * ({@code java.util.List<String>} and {@code List<Long>} are both {@code List}, {@code String...} is
 * {@code String[]}); a type variable is what the subtype binds it to ({@code save(T)} of
 * {@code CrudApi<Order, Long>} is {@code save(Order)}), or matches any type when nothing binds it.
 *
 * @param method     the declaration
 * @param parameters the erased parameter types, {@code null} where any type matches
 */
record MethodSignature(MethodDeclaration method, List<String> parameters) {

    static MethodSignature of(MethodDeclaration method, JavaType declaredIn, TypeBindings bindings) {
        List<String> parameters = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            int varargs = parameter.isVarArgs() ? 1 : 0;
            if (isTypeParameterOf(method, parameter.getType().getElementType().asString())) {
                parameters.add(null);
            } else {
                parameters.add(bindings.erasure(parameter.getType(), declaredIn, varargs));
            }
        }
        return new MethodSignature(method, parameters);
    }

    private static boolean isTypeParameterOf(MethodDeclaration method, String name) {
        for (TypeParameter parameter : method.getTypeParameters()) {
            if (parameter.getNameAsString().equals(name)) {
                return true;
            }
        }
        return false;
    }

    String name() {
        return method.getNameAsString();
    }

    /** Whether {@code other}, declared in a supertype, is the method this one overrides. */
    boolean overriddenBy(MethodSignature other) {
        if (!name().equals(other.name()) || parameters.size() != other.parameters.size()) {
            return false;
        }
        for (int i = 0; i < parameters.size(); i++) {
            String mine = parameters.get(i);
            String theirs = other.parameters.get(i);
            if (mine != null && theirs != null && !Objects.equals(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    /** How many parameter types match any type: 0 for a signature that can only match exactly. */
    int wildcards() {
        return (int) parameters.stream().filter(Objects::isNull).count();
    }
}
