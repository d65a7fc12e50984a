package io.github.architect.maven;

/** The Maven log level a line is printed at. */
public enum LogLevel {
    ERROR, WARN, INFO
}
