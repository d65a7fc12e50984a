/**
 * The Maven goals. They gather the build's inputs, hand them to the engine's {@link
 * io.github.architect.engine.BuildSession}, print what it finds and decide whether the build fails;
 * no checking happens here.
 */
package io.github.architect.maven;
