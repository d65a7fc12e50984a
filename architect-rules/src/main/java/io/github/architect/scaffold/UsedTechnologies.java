package io.github.architect.scaffold;

import io.github.architect.code.CodeModule;
import io.github.architect.code.Codebase;
import io.github.architect.technology.TechnologyCatalogue;

import java.util.List;
import java.util.TreeSet;

/** The catalogued technologies any module of the build uses, as the technology stack check sees them. */
final class UsedTechnologies {

    private UsedTechnologies() {
    }

    static List<String> of(Codebase codebase) {
        TechnologyCatalogue catalogue = TechnologyCatalogue.standard();
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (CodeModule module : codebase.modules()) {
            if (module.holdsCode()) {
                names.addAll(catalogue.usedBy(module));
            }
        }
        return List.copyOf(names);
    }
}
