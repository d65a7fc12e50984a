/**
 * The JUnit user's entry point: {@link io.github.architect.ArchitectRules} turns the document's
 * service boundaries into an ArchUnit rule. The classes a JUnit user may call are listed in
 * docs/contributing.md ("What a JUnit user may call"); everything else may change between versions.
 */
package io.github.architect;
