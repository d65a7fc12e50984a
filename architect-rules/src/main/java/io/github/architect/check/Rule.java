package io.github.architect.check;

/**
 * One kind of finding, with a stable id that users put in the {@code severities} map and a baseline.
 *
 * @param id               stable, kebab-case, e.g. {@code undeclared-dependency}
 * @param defaultSeverity  the severity unless configured otherwise
 * @param title            a short description, one line
 * @param description      what it means and why it matters
 * @param help             how to fix it
 */
public record Rule(String id, Severity defaultSeverity, String title, String description, String help) {
}
