package io.github.architect.mapping;

import io.github.architect.code.Codebase;
import io.github.architect.model.ArchitectureModel;

/** Decides which code belongs to which declared service; see {@link ServiceMapping} for the rules. */
public final class ServiceMapper {

    private ServiceMapper() {
    }

    /** The mapping of the build's code to the document's services. Cheap: code is scanned only when asked. */
    public static ServiceMapping map(ArchitectureModel model, Codebase codebase) {
        return new ServiceMapping(model, codebase);
    }
}
