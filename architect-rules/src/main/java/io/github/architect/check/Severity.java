package io.github.architect.check;

import java.util.Locale;

/** How much a finding matters. {@link #OFF} is only used to switch a rule off in configuration. */
public enum Severity {
    ERROR, WARN, INFO, OFF;

    /** Reads "error", "warn"/"warning", "info" or "off", in any case. */
    public static Severity parse(String text) {
        String value = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "error" -> ERROR;
            case "warn", "warning" -> WARN;
            case "info" -> INFO;
            case "off", "none", "ignore" -> OFF;
            default -> throw new IllegalArgumentException(
                    "Unknown severity '" + text + "': use error, warn, info or off");
        };
    }
}
