package io.github.architect.schema.sources;

import java.nio.file.Path;

/**
 * SQL written in Java code: a native {@code @Query}, a {@code @NamedNativeQuery} or a string literal
 * handed to {@code JdbcTemplate} and friends.
 *
 * @param className the class it is written in
 * @param origin    how it is used, for messages: "native query", "JDBC SQL"
 */
public record SqlUsage(String sql, String className, Path file, int line, int column, String origin) {
}
