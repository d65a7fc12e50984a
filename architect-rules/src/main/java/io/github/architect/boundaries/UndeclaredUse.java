package io.github.architect.boundaries;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import io.github.architect.model.Service;

/**
 * A class of one service depending on a class of another service without the document allowing it.
 *
 * @param from       the service of the depending class
 * @param to         the service of the class depended on
 * @param dependency the dependency as ArchUnit found it in the bytecode
 */
record UndeclaredUse(Service from, Service to, Dependency dependency) {

    JavaClass origin() {
        return dependency.getOriginClass();
    }

    JavaClass target() {
        return targetOf(dependency);
    }

    /** The class depended on; for arrays, their element class. */
    static JavaClass targetOf(Dependency dependency) {
        return dependency.getTargetClass().getBaseComponentType();
    }

    /** ArchUnit's description without its "in (File.java:12)" suffix, which the location already gives. */
    String what() {
        return dependency.getDescription().replaceFirst("\\s+in \\([^()]*\\)$", "");
    }

    /** "Order Service (com.shop.orders.OrderService) uses Catalog Service (com.shop.catalog.Product), ...". */
    String message() {
        return from.name() + " uses " + to.name() + ", which architecture.md does not declare as its dependency: "
                + origin().getName() + " -> " + target().getName() + ": " + what();
    }
}
