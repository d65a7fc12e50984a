package io.github.architect.maven;

/** One line for the Maven log. */
public record LogLine(LogLevel level, String text) {
}
