/**
 * The web frameworks whose endpoints architect reads, one {@link
 * io.github.architect.endpoints.framework.EndpointFramework} each, and what they share while reading a
 * class ({@link io.github.architect.endpoints.framework.ModuleScan}: constants, composed annotations,
 * inherited handler methods).
 */
package io.github.architect.endpoints.framework;
