package io.github.architect.scaffold;

import java.util.List;

/**
 * A service of the draft and the code that is its own.
 *
 * @param name     its human name
 * @param modules  the modules (artifactIds) that are the service, in a multi-module build
 * @param packages its package ({@code com.acme.orders}), in a single-module build
 * @param explicit whether the yaml architect block must list its code, because names do not map it by convention
 */
record DraftService(String name, List<String> modules, List<String> packages, boolean explicit) {

    public DraftService {
        modules = List.copyOf(modules);
        packages = List.copyOf(packages);
    }

    DraftService mappedExplicitly() {
        return new DraftService(name, modules, packages, true);
    }
}
