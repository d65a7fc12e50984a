/**
 * The data schema check: entities, migrations and native SQL against section 5. The Java side is read
 * in {@code schema.sources}, the migrations in {@code schema.migration}; this package maps entities to
 * tables and compares what the code and the migrations build with what the document declares.
 */
package io.github.architect.schema;
