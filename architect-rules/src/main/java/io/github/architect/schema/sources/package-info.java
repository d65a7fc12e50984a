/**
 * What the Java sources say about persistence, read once per file and cached by content: entities,
 * embeddables and mapped superclasses with their annotations and fields, Mongo documents, native and
 * JDBC SQL. Nothing here is resolved against other files; the data schema check does that.
 */
package io.github.architect.schema.sources;
