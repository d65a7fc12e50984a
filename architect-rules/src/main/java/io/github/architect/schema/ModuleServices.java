package io.github.architect.schema;

import io.github.architect.schema.sources.SourceClass;
import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.model.Service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The service a module's migrations belong to. Migrations are not classes, so the module decides: the
 * service mapping's verdict for the module as a whole (yaml {@code modules}, module name), else a service
 * listing the module in the document, else the single service all the module's persistent classes belong to.
 */
final class ModuleServices {

    private ModuleServices() {
    }

    static Optional<Service> serviceOf(CheckContext context, CodeModule module, ModuleSchema schema) {
        Optional<Service> byModule = context.services().moduleService(module);
        if (byModule.isPresent()) {
            return byModule;
        }
        for (Service service : context.model().services()) {
            boolean listed = service.modules().stream().anyMatch(m -> m.equals(module.artifactId())
                    || m.equals(module.directoryName()));
            if (listed) {
                return Optional.of(service);
            }
        }
        Map<String, Service> services = new LinkedHashMap<>();
        boolean unassigned = false;
        for (SourceClass c : schema.sources().classes()) {
            Optional<Service> service = context.services().serviceOf(module, c.qualifiedName());
            if (service.isPresent()) {
                services.put(service.get().key(), service.get());
            } else {
                unassigned = true;
            }
        }
        if (services.size() == 1 && !unassigned) {
            return services.values().stream().findFirst();
        }
        return Optional.empty();
    }
}
