/**
 * The JUnit user's entry point: {@link io.github.architect.ArchitectRules} turns the document's
 * service boundaries into an ArchUnit rule. The classes a JUnit user may call are listed in
 * docs/junit.md ("The API"); everything else is internal and may change between versions.
 */
package io.github.architect;
