/**
 * A module's migrations (Flyway scripts, Liquibase changelogs) found, read file by file into schema
 * operations (cached by content) and replayed in order into the tables they leave behind.
 */
package io.github.architect.schema.migration;
