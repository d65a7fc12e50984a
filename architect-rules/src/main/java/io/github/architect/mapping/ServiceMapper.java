package io.github.architect.mapping;

import io.github.architect.code.Codebase;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Service;

import java.util.Optional;

/** Decides which code belongs to which declared service; see {@link ServiceMapping} for the rules. */
public final class ServiceMapper {

    private ServiceMapper() {
    }

    /** The mapping of the build's code to the document's services. Cheap: code is scanned only when asked. */
    public static ServiceMapping map(ArchitectureModel model, Codebase codebase) {
        return new ServiceMapping(model, codebase);
    }

    /**
     * True when a name written in the document (a dependency's end, an endpoint's service) means this
     * service: by name or id as {@link Service#isNamed} compares, or by the same words up to generic
     * words and a plural ("Payments" for "Payment Service").
     */
    public static boolean refersTo(Service service, String writtenName) {
        if (writtenName == null || writtenName.isBlank()) {
            return false;
        }
        return service.isNamed(writtenName)
                || ServiceSlug.of(service).wordVariants().contains(ServiceSlug.significantWords(writtenName));
    }

    /** The service a written name refers to, exact names first. */
    public static Optional<Service> find(ArchitectureModel model, String writtenName) {
        Optional<Service> exact = model.service(writtenName);
        return exact.isPresent() ? exact : model.services().stream().filter(s -> refersTo(s, writtenName)).findFirst();
    }
}
