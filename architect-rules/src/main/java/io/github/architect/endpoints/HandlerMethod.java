package io.github.architect.endpoints;

import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.architect.check.Location;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A method of a controller together with the declaration its mapping annotations come from: the
 * controller's own, or the nearest overridden one in an interface or superclass (annotation inheritance
 * as Spring, JAX-RS and Micronaut apply it).
 *
 * @param owner      the type declaring the method the controller actually has (location of findings)
 * @param method     that declaration
 * @param annotatedIn the type whose declaration carries the mapping
 * @param annotated  the declaration carrying the mapping
 */
record HandlerMethod(TypeRef owner, MethodDeclaration method, TypeRef annotatedIn, MethodDeclaration annotated) {

    Location location() {
        return location(owner, method);
    }

    static Location location(TypeRef type, MethodDeclaration method) {
        return method.getName().getBegin()
                .map(p -> Location.of(type.source().file(), p.line, p.column))
                .orElse(Location.of(type.source().file()));
    }

    String name() {
        return method.getNameAsString();
    }

    /**
     * The handler methods of a class: every method signature of its hierarchy whose nearest declaration
     * satisfies {@code mapped}. Signatures compare by name and parameter count, which survives generics
     * ({@code save(T)} in the interface, {@code save(Order)} in the class) without a symbol solver.
     */
    static List<HandlerMethod> of(List<TypeRef> hierarchy, Predicate<MethodDeclaration> mapped) {
        Map<String, TypeRef> ownerByKey = new LinkedHashMap<>();
        Map<String, MethodDeclaration> methodByKey = new LinkedHashMap<>();
        Map<String, HandlerMethod> handlers = new LinkedHashMap<>();
        for (TypeRef type : hierarchy) {
            for (BodyDeclaration<?> member : type.type().getMembers()) {
                if (!(member instanceof MethodDeclaration method) || method.isStatic() || method.isPrivate()) {
                    continue;
                }
                String key = method.getNameAsString() + "/" + method.getParameters().size();
                ownerByKey.putIfAbsent(key, type);
                methodByKey.putIfAbsent(key, method);
                if (!handlers.containsKey(key) && mapped.test(method)) {
                    handlers.put(key, new HandlerMethod(ownerByKey.get(key), methodByKey.get(key), type, method));
                }
            }
        }
        return new ArrayList<>(handlers.values());
    }
}
