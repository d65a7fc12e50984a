package io.github.architect.scaffold;

import io.github.architect.boundaries.ServiceBoundariesCheck;
import io.github.architect.check.CheckContext;
import io.github.architect.code.CodeModule;
import io.github.architect.mapping.ServiceMapping;
import io.github.architect.model.Service;
import io.github.architect.check.ServiceEdge;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services each service's code uses: the boundary check's own reading of the bytecode, and the
 * poms' dependencies between modules of different services, so that verify's boundary check holds.
 */
final class ServiceDependencies {

    private ServiceDependencies() {
    }

    static Map<String, List<String>> of(CheckContext context, ServiceMapping mapping, List<DraftService> services) {
        Map<String, Set<String>> uses = new LinkedHashMap<>();
        for (CodeModule module : context.codebase().modules()) {
            if (!module.holdsCode()) {
                continue;
            }
            for (ServiceEdge edge : ServiceBoundariesCheck.usedServiceEdges(context, module)) {
                uses.computeIfAbsent(edge.from(), k -> new LinkedHashSet<>()).add(edge.to());
            }
            Optional<Service> from = mapping.moduleResolution(module).owner();
            for (String used : module.moduleDependencies()) {
                Optional<Service> to = context.codebase().module(used).flatMap(m -> mapping.moduleResolution(m).owner());
                if (from.isPresent() && to.isPresent() && !from.get().name().equals(to.get().name())) {
                    uses.computeIfAbsent(from.get().name(), k -> new LinkedHashSet<>()).add(to.get().name());
                }
            }
        }
        Map<String, List<String>> ordered = new LinkedHashMap<>();
        for (DraftService service : services) {
            Set<String> used = uses.getOrDefault(service.name(), Set.of());
            ordered.put(service.name(), services.stream().map(DraftService::name).filter(used::contains).toList());
        }
        return ordered;
    }
}
