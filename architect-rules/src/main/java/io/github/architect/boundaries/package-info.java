/**
 * The service boundaries check: which service's code uses which, read from the bytecode with
 * ArchUnit, against the dependencies the document declares.
 */
package io.github.architect.boundaries;
