/**
 * The endpoints of a module: which files are worth parsing (a text pre-filter), the frameworks
 * asked about each class, and the per-file results kept in the scan cache between runs.
 */
package io.github.architect.endpoints.scan;
