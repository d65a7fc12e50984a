/**
 * Which declared service a class or a module belongs to (names, packages, modules, the yaml block).
 */
package io.github.architect.mapping;
