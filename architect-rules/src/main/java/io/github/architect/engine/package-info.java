/**
 * The engine's front door, {@link io.github.architect.engine.BuildSession}: one build's
 * verification (document, modules, build, caches, baseline, reports), and the standard checks.
 */
package io.github.architect.engine;
