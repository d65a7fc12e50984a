package io.github.architect.schema;

import io.github.architect.schema.migration.MigratedSchema;
import io.github.architect.schema.sources.JavaSources;
import io.github.architect.code.CodeModule;

import java.util.List;

/** What one module maps and migrates, computed once per build and shared. */
public record ModuleSchema(CodeModule module, PhysicalNaming naming, JavaSources sources, List<MappedTable> tables,
                           MigratedSchema migrations) {

    public ModuleSchema {
        tables = List.copyOf(tables);
    }
}
