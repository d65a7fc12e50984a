package io.github.architect.endpoints.framework;

import io.github.architect.code.JavaType;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import io.github.architect.check.Location;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
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
record HandlerMethod(JavaType owner, MethodDeclaration method, JavaType annotatedIn, MethodDeclaration annotated) {

    Location location() {
        return location(owner, method);
    }

    static Location location(JavaType type, MethodDeclaration method) {
        return method.getName().getBegin()
                .map(p -> Location.of(type.source().file(), p.line, p.column))
                .orElse(Location.of(type.source().file()));
    }

    String name() {
        return method.getNameAsString();
    }

    /**
     * The handler methods of a class: every method of its hierarchy whose nearest declaration satisfies
     * {@code mapped}. A declaration in a supertype is the one a nearer declaration overrides when their
     * {@link MethodSignature}s match as Java's override rule would, so overloads with the same number of
     * parameters stay apart.
     */
    static List<HandlerMethod> of(List<JavaType> hierarchy, Predicate<MethodDeclaration> mapped) {
        TypeBindings bindings = TypeBindings.of(hierarchy);
        List<Slot> slots = new ArrayList<>();
        List<HandlerMethod> handlers = new ArrayList<>();
        for (JavaType type : hierarchy) {
            List<MethodSignature> declared = new ArrayList<>();
            for (BodyDeclaration<?> member : type.type().getMembers()) {
                if (member instanceof MethodDeclaration method && !method.isStatic() && !method.isPrivate()) {
                    declared.add(MethodSignature.of(method, type, bindings));
                }
            }
            // exact signatures claim their override first, so save(T) cannot take the slot of save(String)
            List<MethodSignature> byExactness = new ArrayList<>(declared);
            byExactness.sort(Comparator.comparingInt(MethodSignature::wildcards));
            List<Slot> fromSubtypes = List.copyOf(slots);
            Map<MethodSignature, Slot> slotOf = new IdentityHashMap<>();
            for (MethodSignature signature : byExactness) {
                Slot slot = fromSubtypes.stream()
                        .filter(s -> !slotOf.containsValue(s) && s.signature().overriddenBy(signature))
                        .findFirst().orElse(null);
                if (slot == null) {
                    slot = new Slot(type, signature);
                    slots.add(slot);
                }
                slotOf.put(signature, slot);
            }
            for (MethodSignature signature : declared) {
                Slot slot = slotOf.get(signature);
                if (!slot.handled && mapped.test(signature.method())) {
                    slot.handled = true;
                    handlers.add(new HandlerMethod(slot.owner(), slot.signature().method(), type, signature.method()));
                }
            }
        }
        return handlers;
    }

    /** One method the controller has: its nearest declaration, and whether a mapping was found for it yet. */
    private static final class Slot {
        private final JavaType owner;
        private final MethodSignature signature;
        private boolean handled;

        Slot(JavaType owner, MethodSignature signature) {
            this.owner = owner;
            this.signature = signature;
        }

        JavaType owner() {
            return owner;
        }

        MethodSignature signature() {
            return signature;
        }
    }
}
