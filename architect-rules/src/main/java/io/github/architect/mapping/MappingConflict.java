package io.github.architect.mapping;

import io.github.architect.code.CodeModule;
import io.github.architect.model.Service;

import java.util.List;

/**
 * Code claimed by two or more services at the same mapping rule.
 *
 * @param module      the module involved
 * @param packageName the package, or null when the whole module is claimed twice
 * @param services    the services claiming it, the one that wins first
 * @param reason      the mapping rule that matched
 */
public record MappingConflict(CodeModule module, String packageName, List<Service> services, String reason) {

    public MappingConflict {
        services = List.copyOf(services);
    }

    /** "Order Service and Catalog Service". */
    public String serviceNames() {
        List<String> names = services.stream().map(Service::name).toList();
        if (names.size() <= 2) {
            return String.join(" and ", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
