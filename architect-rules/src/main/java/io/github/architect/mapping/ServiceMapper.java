package io.github.architect.mapping;

import io.github.architect.code.Codebase;
import io.github.architect.code.ServiceMap;
import io.github.architect.model.ArchitectureModel;

/** Decides which code belongs to which declared service. Placeholder until the boundaries work lands. */
public final class ServiceMapper {

    private ServiceMapper() {
    }

    public static ServiceMap map(ArchitectureModel model, Codebase codebase) {
        return ServiceMap.none();
    }
}
