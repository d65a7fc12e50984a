package io.github.architect.report;

import io.github.architect.check.Location;
import io.github.architect.check.Rule;
import io.github.architect.check.Severity;
import io.github.architect.check.Violation;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code index.html}: one self-contained page (inline CSS and SVG, no scripts, no network) with the
 * summary, the service diagram, and the findings grouped by rule and by service. The markup is
 * well-formed XML so it can be checked and post-processed with any XML tool; every piece of text
 * from the document or the code is escaped.
 */
final class HtmlReportWriter {

    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#f6f8fa}
            header{background:#24292f;color:#fff;padding:16px 32px}
            header h1{margin:0;font-size:22px}
            header p{margin:4px 0 0;color:#d0d7de}
            main{padding:16px 32px;max-width:1200px}
            section{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:12px 20px;margin:16px 0}
            h2{font-size:18px;margin:6px 0 12px}
            h3{font-size:15px;margin:16px 0 8px}
            .counts span{display:inline-block;margin-right:16px;font-weight:600}
            .sev{font-weight:600;font-size:12px;padding:1px 6px;border-radius:10px;color:#fff}
            .sev.error{background:#cf222e}.sev.warn{background:#9a6700}.sev.info{background:#0969da}
            table{border-collapse:collapse;width:100%;font-size:13px}
            th,td{text-align:left;border-top:1px solid #d8dee4;padding:6px 8px;vertical-align:top}
            code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px}
            .fix{color:#57606a}
            .ok{color:#1a7f37;font-weight:600}
            .diagram{max-width:100%;height:auto}
            .node rect{fill:#ddf4ff;stroke:#0969da;stroke-width:1.5}
            .node text{font-size:13px;fill:#1f2328}
            .edge{stroke-width:2;fill:none}
            .edge.declared-and-used{stroke:#1f2328}
            .edge.declared-unused{stroke:#8c959f;stroke-dasharray:6 4}
            .edge.declared{stroke:#57606a}
            .edge.undeclared{stroke:#cf222e;stroke-width:2.5}
            .head.declared-and-used{fill:#1f2328}.head.declared-unused{fill:#8c959f}
            .head.declared{fill:#57606a}.head.undeclared{fill:#cf222e}
            .edge.event-flow{stroke:#8250df;stroke-dasharray:2 4;stroke-linecap:round}.head.event-flow{fill:#8250df}
            .legend span{margin-right:18px;font-size:13px}
            .swatch{display:inline-block;width:28px;height:0;vertical-align:middle;margin-right:6px;border-top:2px solid}
            """;

    public String render(Report report) {
        return TextOut.asString(out -> render(report, out), 16_384);
    }

    /** The same text as {@link #render(Report)}, written to {@code out}, which is left open. */
    public void render(Report report, java.io.Writer out) throws java.io.IOException {
        try {
            render(report, new TextOut(out));
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void render(Report report, TextOut html) {
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<title>architect report</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        header(html, report);
        html.append("<main>\n");
        summary(html, report);
        diagram(html, report);
        // every finding is a row of both lists: its cells are rendered (escaped, paths made relative) once
        Map<Violation, String> rows = new IdentityHashMap<>();
        byRule(html, report, rows);
        byService(html, report, rows);
        html.append("</main>\n</body>\n</html>\n");
    }

    private static void header(TextOut html, Report report) {
        html.append("<header><h1>architect report</h1><p>");
        if (report.model() != null) {
            html.append(Html.escape(report.displayPath(report.model().document()))).append(": ")
                    .append(Html.escape(report.modelSummary()));
        } else {
            html.append("The architecture document could not be read.");
        }
        html.append(" \u00b7 architect ").append(Html.escape(report.toolVersion())).append("</p></header>\n");
    }

    private static void summary(TextOut html, Report report) {
        html.append("<section id=\"summary\"><h2>Summary</h2>\n<p class=\"counts\">")
                .append("<span>").append(plural(report.count(Severity.ERROR), "error")).append("</span>")
                .append("<span>").append(plural(report.count(Severity.WARN), "warning")).append("</span>")
                .append("<span>").append(plural(report.count(Severity.INFO), "note")).append("</span>")
                .append("<span>").append(plural(report.allRules().size(), "rule")).append(" checked</span></p>\n");
        if (report.violations().isEmpty()) {
            html.append("<p class=\"ok\">No findings: the code matches the architecture document.</p>\n");
        }
        html.append("</section>\n");
    }

    private static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static void diagram(TextOut html, Report report) {
        ServiceGraph graph = ServiceGraph.of(report);
        html.append("<section id=\"services\"><h2>Services</h2>\n<p class=\"legend\">");
        for (EdgeKind kind : EdgeKind.values()) {
            if (kind == EdgeKind.DECLARED && report.usedEdges() != null) {
                continue;
            }
            html.append("<span><span class=\"swatch\" style=\"border-top-color:").append(colour(kind))
                    .append(kind == EdgeKind.DECLARED_UNUSED ? ";border-top-style:dashed" : "")
                    .append("\"></span>").append(Html.escape(kind.label())).append("</span>");
        }
        if (!graph.events().isEmpty()) {
            html.append("<span><span class=\"swatch\" style=\"border-top-color:#8250df;border-top-style:dotted\"></span>")
                    .append("event flow (producer \u2192 consumer)</span>");
        }
        html.append("</p>\n").append(ServiceDiagramSvg.render(graph)).append("\n</section>\n");
    }

    private static String colour(EdgeKind kind) {
        return switch (kind) {
            case DECLARED_AND_USED -> "#1f2328";
            case DECLARED_UNUSED -> "#8c959f";
            case DECLARED -> "#57606a";
            case UNDECLARED -> "#cf222e";
        };
    }

    private static void byRule(TextOut html, Report report, Map<Violation, String> rows) {
        html.append("<section id=\"by-rule\"><h2>Findings by rule</h2>\n");
        // grouped in one pass, in report order: a filter per rule costs rules x findings
        Map<String, List<Violation>> byRule = new java.util.HashMap<>();
        report.violations().forEach(v -> byRule.computeIfAbsent(v.ruleId(), id -> new java.util.ArrayList<>()).add(v));
        for (Rule rule : report.allRules()) {
            List<Violation> findings = byRule.getOrDefault(rule.id(), List.of());
            if (findings.isEmpty()) {
                continue;
            }
            html.append("<h3 id=\"rule-").append(Html.escape(rule.id())).append("\"><code>").append(Html.escape(rule.id()))
                    .append("</code> ").append(Html.escape(rule.title())).append(" (").append(findings.size())
                    .append(")</h3>\n");
            table(html, report, rows, findings, "Service", v -> v.service() == null ? "" : Html.escape(v.service()));
        }
        if (report.violations().isEmpty()) {
            html.append("<p>None.</p>\n");
        }
        html.append("</section>\n");
    }

    private static void byService(TextOut html, Report report, Map<Violation, String> rows) {
        html.append("<section id=\"by-service\"><h2>Findings by service</h2>\n");
        Map<String, List<Violation>> groups = new LinkedHashMap<>();
        if (report.model() != null) {
            report.model().services().forEach(s -> groups.put(s.name(), new java.util.ArrayList<>()));
        }
        for (Violation v : report.violations()) {
            String group = v.service() == null ? JunitXmlReportWriter.NO_SERVICE
                    : report.model() == null ? v.service()
                    : report.model().service(v.service()).map(s -> s.name()).orElse(v.service());
            groups.computeIfAbsent(group, g -> new java.util.ArrayList<>()).add(v);
        }
        groups.forEach((service, findings) -> {
            html.append("<h3>").append(Html.escape(service)).append(" (").append(findings.size()).append(")</h3>\n");
            if (findings.isEmpty()) {
                html.append("<p class=\"ok\">No findings.</p>\n");
            } else {
                table(html, report, rows, findings, "Rule", v -> "<code>" + Html.escape(v.ruleId()) + "</code>");
            }
        });
        html.append("</section>\n");
    }

    private static void table(TextOut html, Report report, Map<Violation, String> rows, List<Violation> findings,
                              String extraHeading, java.util.function.Function<Violation, String> extraCell) {
        html.append("<table><thead><tr><th>Severity</th><th>Code</th><th>Document</th><th>Finding</th><th>")
                .append(extraHeading).append("</th></tr></thead><tbody>\n");
        for (Violation v : findings) {
            // a row is needed twice, by rule then by service: kept from the first list until the second
            String row = rows.remove(v);
            if (row == null) {
                row = cells(report, v);
                rows.put(v, row);
            }
            html.append(row).append(extraCell.apply(v)).append("</td></tr>\n");
        }
        html.append("</tbody></table>\n");
    }

    /** A finding's row up to its last cell's text: severity, code, document and the finding with its fix. */
    private static String cells(Report report, Violation v) {
        String severity = v.severity().name().toLowerCase(Locale.ROOT);
        StringBuilder row = new StringBuilder(256);
        row.append("<tr><td><span class=\"sev ").append(severity).append("\">").append(severity)
                .append("</span></td><td><code>").append(Html.escape(where(report, v.location())))
                .append("</code></td><td><code>")
                .append(v.documentLocation() == null ? "" : Html.escape(where(report, v.documentLocation())))
                .append("</code></td><td>").append(Html.escape(report.displayText(v.message())));
        if (!v.hint().isBlank()) {
            row.append("<br/><span class=\"fix\">Fix: ").append(Html.escape(report.displayText(v.hint()))).append("</span>");
        }
        return row.append("</td><td>").toString();
    }

    private static String where(Report report, Location location) {
        return JunitXmlReportWriter.where(report, location);
    }
}
