/**
 * The technology stack check: the build's dependencies against section 6.
 */
package io.github.architect.technology;
