package io.github.architect.engine;

/**
 * A setting the build cannot run with (a missing or broken baseline): the message says what is
 * wrong and what to do, for the build to print as it is, without a stack trace.
 */
public final class SettingsException extends RuntimeException {

    public SettingsException(String message) {
        super(message);
    }
}
