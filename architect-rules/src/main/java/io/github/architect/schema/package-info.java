/**
 * The data schema check: entities, migrations and native SQL against section 5.
 */
package io.github.architect.schema;
