package io.github.architect.schema.sources;

import java.nio.file.Path;

/** A Spring Data MongoDB {@code @Document} class and the collection it maps. */
public record MongoDocument(String collection, String className, Path file, int line, int column) {
}
