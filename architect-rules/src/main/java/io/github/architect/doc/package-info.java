/**
 * Reads {@code architecture.md}, with the OpenAPI contracts it embeds or links, into the {@link
 * io.github.architect.model.ArchitectureModel}, and reports what is wrong with the document itself.
 */
package io.github.architect.doc;
