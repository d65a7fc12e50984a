package io.github.architect.technology;

import io.github.architect.code.BuildDependency;
import io.github.architect.code.CodeModule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A catalogued technology a module uses, with the dependency that shows it.
 *
 * <p>A module uses what it declares and what a declared starter is defined to bring. A library
 * that arrives through a catalogued dependency (Hibernate under spring-boot-starter-data-jpa,
 * micrometer-core under the Prometheus registry) is implied by it; one that arrives through a
 * library the catalogue does not know (an in-house one) is used, and shown at that library. What
 * arrives through another module of the build is that module's, which reports it itself.
 */
record UsedTechnology(CatalogueEntry entry, BuildDependency evidence) {

    static List<UsedTechnology> of(CodeModule module, TechnologyCatalogue catalogue) {
        Map<String, UsedTechnology> used = new LinkedHashMap<>();
        List<BuildDependency> dependencies = new ArrayList<>(module.dependencies());
        // a declared dependency is better evidence than one arriving through another
        dependencies.sort(Comparator.comparing(d -> !d.isDirect()));
        for (BuildDependency dependency : dependencies) {
            if ("test".equals(dependency.scope())) {
                continue;
            }
            if (!dependency.isDirect()) {
                if (module.moduleDependencies().contains(dependency.viaArtifactId())) {
                    continue;
                }
                String[] via = dependency.via().split(":", 2);
                if (via.length == 2 && catalogue.matchesAny(via[0], via[1])) {
                    continue;
                }
            }
            for (CatalogueEntry entry : catalogue.matching(dependency)) {
                used.putIfAbsent(entry.name(), new UsedTechnology(entry, dependency));
            }
        }
        return used.values().stream().sorted(Comparator.comparing(u -> u.entry().name())).toList();
    }
}
