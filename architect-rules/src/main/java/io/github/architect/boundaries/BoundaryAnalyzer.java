package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import io.github.architect.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the dependencies of a class on classes of other services that the document does not allow.
 * Every kind of dependency ArchUnit sees counts: field, parameter, return and throws types, generic
 * type arguments, annotations, inheritance, calls, constructor calls, field accesses, class literals.
 */
final class BoundaryAnalyzer {

    private final DeclaredDependencies declared;
    private final Function<JavaClass, Optional<Service>> serviceOfOrigin;
    private final Function<JavaClass, Optional<Service>> serviceOfTarget;

    /**
     * @param serviceOfTarget the service of a class depended on; empty for code of no service and
     *                        for classes that are not code of the build (JDK, libraries)
     */
    BoundaryAnalyzer(DeclaredDependencies declared, Function<JavaClass, Optional<Service>> serviceOfOrigin,
                     Function<JavaClass, Optional<Service>> serviceOfTarget) {
        this.declared = declared;
        this.serviceOfOrigin = serviceOfOrigin;
        this.serviceOfTarget = serviceOfTarget;
    }

    List<UndeclaredUse> undeclaredUses(JavaClass origin) {
        Optional<Service> from = serviceOfOrigin.apply(origin);
        if (from.isEmpty()) {
            return List.of();
        }
        List<UndeclaredUse> uses = new ArrayList<>();
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
            JavaClass target = UndeclaredUse.targetOf(dependency);
            if (target.isPrimitive() || target.getName().equals(origin.getName())) {
                continue;
            }
            serviceOfTarget.apply(target)
                    .filter(to -> !declared.allows(from.get(), to))
                    .ifPresent(to -> uses.add(new UndeclaredUse(from.get(), to, dependency)));
        }
        uses.sort((a, b) -> a.dependency().compareTo(b.dependency()));
        return uses;
    }
}
