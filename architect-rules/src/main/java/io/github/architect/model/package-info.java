/**
 * Everything the document declares: {@link io.github.architect.model.ArchitectureModel} and its
 * records. Depends on nothing else of architect's.
 */
package io.github.architect.model;
