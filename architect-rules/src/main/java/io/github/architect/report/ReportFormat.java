package io.github.architect.report;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The files {@code architect.formats} can switch on, each with its file name under target/architect/. */
public enum ReportFormat {
    SARIF("architect.sarif"),
    JUNIT("TEST-architect.xml"),
    JSON("architect-report.json"),
    HTML("index.html"),
    MERMAID("services.mmd");

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /**
     * Reads a comma-separated list such as {@code "sarif,junit"}; {@code all} or blank means every
     * format, {@code none} none. {@code xml} is accepted for junit and {@code mmd}/{@code mermaid} for
     * the diagram. Unknown names are an error listing the valid ones.
     */
    public static Set<ReportFormat> parse(String text) {
        if (text == null || text.isBlank() || text.trim().equalsIgnoreCase("all")) {
            return EnumSet.allOf(ReportFormat.class);
        }
        if (text.trim().equalsIgnoreCase("none")) {
            return EnumSet.noneOf(ReportFormat.class);
        }
        Set<ReportFormat> formats = EnumSet.noneOf(ReportFormat.class);
        for (String part : text.split("[,\\s]+")) {
            String name = part.trim().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            formats.add(switch (name) {
                case "sarif" -> SARIF;
                case "junit", "xml" -> JUNIT;
                case "json" -> JSON;
                case "html" -> HTML;
                case "mermaid", "mmd" -> MERMAID;
                default -> throw new IllegalArgumentException("Unknown report format '" + part
                        + "' in architect.formats: use sarif, junit, json, html, mermaid, all or none");
            });
        }
        return formats;
    }
}
