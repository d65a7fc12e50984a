/**
 * A first draft of {@code architecture.md} written from the code, built from the checks' own
 * readings so that verify accepts it unchanged.
 */
package io.github.architect.scaffold;
