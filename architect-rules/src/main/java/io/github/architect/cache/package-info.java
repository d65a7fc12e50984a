/**
 * Content hashes and per-file results kept between runs under {@code target/architect/cache}.
 * Depends on nothing else of architect's; the findings cache built on it lives in the engine.
 */
package io.github.architect.cache;
