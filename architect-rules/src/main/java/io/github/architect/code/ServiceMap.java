package io.github.architect.code;

import io.github.architect.model.Service;

import java.util.List;
import java.util.Optional;

/**
 * Which declared service a piece of code belongs to. Module membership outranks package names: a
 * class in the orders module belongs to Orders even in a package named {@code orders.clients.catalog}.
 */
public interface ServiceMap {

    /**
     * The service owning the class, or empty for code that belongs to no service (shared kernels,
     * libraries listed under {@code shared}), which every service may use.
     *
     * @param module    the module the class was found in
     * @param className the fully qualified class name
     */
    Optional<Service> serviceOf(CodeModule module, String className);

    /**
     * The service the module as a whole belongs to (its name, its listing under a service, the
     * mapping rules), or empty when the map cannot say or the module is shared.
     */
    default Optional<Service> moduleService(CodeModule module) {
        return Optional.empty();
    }

    /**
     * How code maps to services, one line per service (and one for code of no service), for the
     * DEBUG log. Empty when the map cannot say.
     */
    default List<String> describe() {
        return List.of();
    }

    /** A map that assigns nothing, for documents that declare no services. */
    static ServiceMap none() {
        return (module, className) -> Optional.empty();
    }
}
