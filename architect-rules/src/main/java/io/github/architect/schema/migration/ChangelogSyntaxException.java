package io.github.architect.schema.migration;

/** A changelog that is not well-formed XML, YAML or JSON; carries the line the parser stopped at. */
final class ChangelogSyntaxException extends Exception {

    private final int line;

    ChangelogSyntaxException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    int line() {
        return line;
    }
}
