package io.github.architect.schema.migration;

import java.util.List;

/** What one migration file does, statement by statement: the unit the scan cache keeps per migration. */
record MigrationOperations(List<SchemaOperation> operations) {

    MigrationOperations {
        operations = List.copyOf(operations);
    }
}
