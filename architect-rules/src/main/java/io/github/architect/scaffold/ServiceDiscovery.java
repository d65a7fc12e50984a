package io.github.architect.scaffold;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.code.JavaSourceIndex;
import io.github.architect.mapping.CodeInventory;
import io.github.architect.schema.migration.MigrationLocator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which code of the build is a service, by evidence:
 * <ul>
 *   <li>in a multi-module build, a module is infrastructure when it has no controllers, entities or
 *       listeners but shows an infrastructure server, and is left out; a library when it has nothing
 *       of a service or an application and other modules use it (shared when several do, part of its
 *       one user otherwise); a service otherwise;</li>
 *   <li>in a single-module build, the top-level packages under the common root package with
 *       controllers, entities or listeners are the services, the other ones are shared; with fewer
 *       than two such packages the module is the one service.</li>
 * </ul>
 */
final class ServiceDiscovery {

    /** What the discovery found: the services, shared code (modules or package identifiers), and what it left out why. */
    record Found(List<DraftService> services, List<String> shared, List<String> leftOut) {
    }

    private ServiceDiscovery() {
    }

    /** The services of the build, its sources listed and read through {@code index}. */
    static Found discover(Codebase codebase, CodeInventory inventory, JavaSourceIndex index) {
        List<CodeModule> modules = codebase.modules().stream().filter(CodeModule::holdsCode).toList();
        if (modules.size() == 1) {
            Found packages = byPackage(modules.get(0), inventory, index);
            if (packages != null) {
                return packages;
            }
        }
        return byModule(modules, index);
    }

    private static Found byModule(List<CodeModule> modules, JavaSourceIndex index) {
        Map<String, CodeEvidence> evidence = new LinkedHashMap<>();
        for (CodeModule module : modules) {
            evidence.put(module.artifactId(), CodeEvidence.of(module, !MigrationLocator.locate(module).isEmpty(), index));
        }
        Map<String, List<String>> users = new LinkedHashMap<>();
        for (CodeModule module : modules) {
            for (String used : module.moduleDependencies()) {
                users.computeIfAbsent(used, u -> new ArrayList<>()).add(module.artifactId());
            }
        }
        List<String> leftOut = new ArrayList<>();
        List<String> serviceModules = new ArrayList<>();
        List<String> libraries = new ArrayList<>();
        for (CodeModule module : modules) {
            CodeEvidence shows = evidence.get(module.artifactId());
            List<String> usedBy = users.getOrDefault(module.artifactId(), List.of());
            if (shows.isInfrastructure()) {
                leftOut.add(module.artifactId() + ": infrastructure (" + String.join(", ", shows.infrastructure())
                        + "; " + shows.describe() + ")");
            } else if (!shows.ofService() && !shows.application() && !usedBy.isEmpty()) {
                libraries.add(module.artifactId());
            } else {
                serviceModules.add(module.artifactId());
            }
        }
        Map<String, Set<String>> ownModules = new LinkedHashMap<>();
        serviceModules.forEach(m -> ownModules.put(m, new LinkedHashSet<>(List.of(m))));
        List<String> shared = new ArrayList<>();
        for (String library : libraries) {
            Set<String> usingServices = servicesUsing(library, users, ownModules.keySet(), new TreeSet<>());
            if (usingServices.size() == 1) {
                ownModules.get(usingServices.iterator().next()).add(library);
            } else {
                shared.add(library);
            }
        }
        Map<String, String> names = HumanNames.of(List.copyOf(ownModules.keySet()));
        List<DraftService> services = new ArrayList<>();
        ownModules.forEach((module, own) -> services.add(new DraftService(names.get(module), List.copyOf(own),
                List.of(), own.size() > 1)));
        return new Found(services, shared, leftOut);
    }

    /** The service modules that use a library, directly or through other libraries. */
    private static Set<String> servicesUsing(String library, Map<String, List<String>> users, Set<String> services,
                                             Set<String> seen) {
        Set<String> found = new TreeSet<>();
        for (String user : users.getOrDefault(library, List.of())) {
            if (!seen.add(user)) {
                continue;
            }
            if (services.contains(user)) {
                found.add(user);
            } else {
                found.addAll(servicesUsing(user, users, services, seen));
            }
        }
        return found;
    }

    /** Services as the top-level packages of one module; null when fewer than two packages look like services. */
    private static Found byPackage(CodeModule module, CodeInventory inventory, JavaSourceIndex index) {
        Set<String> packages = inventory.packagesOf(module);
        String root = commonRoot(packages);
        Map<String, String> children = new LinkedHashMap<>();
        for (String name : new TreeSet<>(packages)) {
            if (name.length() > root.length() && (root.isEmpty() || name.startsWith(root + "."))) {
                String rest = root.isEmpty() ? name : name.substring(root.length() + 1);
                String child = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
                children.putIfAbsent(child, root.isEmpty() ? child : root + "." + child);
            }
        }
        List<String> servicePackages = new ArrayList<>();
        List<String> shared = new ArrayList<>();
        children.forEach((segment, packageName) -> {
            List<Path> files = index.files(module.sourceRoots().stream()
                    .map(r -> r.resolve(packageName.replace('.', '/'))).toList());
            if (CodeEvidence.ofFiles(files, index).ofService()) {
                servicePackages.add(packageName);
            } else {
                shared.add(packageName + "..");
            }
        });
        if (servicePackages.size() < 2) {
            return null;
        }
        Map<String, String> names = HumanNames.of(servicePackages.stream()
                .map(p -> p.substring(p.lastIndexOf('.') + 1)).toList());
        List<DraftService> services = servicePackages.stream()
                .map(p -> new DraftService(names.get(p.substring(p.lastIndexOf('.') + 1)), List.of(), List.of(p), false))
                .toList();
        return new Found(services, shared, List.of());
    }

    /** The longest package all packages with code share, by whole segments. */
    static String commonRoot(Set<String> packages) {
        List<String[]> split = packages.stream().filter(p -> !p.isEmpty()).map(p -> p.split("\\.")).toList();
        if (split.isEmpty()) {
            return "";
        }
        int length = split.stream().mapToInt(s -> s.length).min().orElse(0);
        int common = 0;
        while (common < length) {
            String segment = split.get(0)[common];
            int at = common;
            if (!split.stream().allMatch(s -> s[at].equals(segment))) {
                break;
            }
            common++;
        }
        return String.join(".", java.util.Arrays.asList(split.get(0)).subList(0, common));
    }
}
