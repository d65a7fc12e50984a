/**
 * SQL scripts split into statements.
 */
package io.github.architect.sql;
