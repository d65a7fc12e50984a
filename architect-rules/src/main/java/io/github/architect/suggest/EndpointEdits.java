package io.github.architect.suggest;

import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Endpoint;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.scaffold.DraftFacts.DraftEndpoint;
import io.github.architect.scaffold.DraftSnippets;
import io.github.architect.suggest.DocumentText.Range;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Section 4: an endpoint the code serves is declared under its service's subsection the way the
 * endpoints there already are (a table row, a heading, a list item); one no code serves is removed
 * when it is a line of its own, else marked with a TODO.
 */
final class EndpointEdits {

    static final String UNDECLARED = "undeclared-endpoint";
    static final String NOT_IMPLEMENTED = "endpoint-not-implemented";

    /** The hint of an undeclared endpoint names it as the code serves it: "Declare `GET /owners/{id}` ...". */
    private static final Pattern DECLARE = Pattern.compile("^Declare `([A-Z]+) ([^`]+)`");
    private static final String DECORATION = "`*_";
    private static final String TODO = "TODO(architect): no controller of the build serves this endpoint:"
            + " implement it, or remove it from section 4.";

    private record Wanted(String method, String path, String handler, Violation finding) {
    }

    private EndpointEdits() {
    }

    static void undeclared(DocumentText doc, ArchitectureModel model, List<Violation> findings, Changes changes) {
        Optional<Range> section = doc.section(model.sections(), SectionKind.API_CONTRACTS);
        Map<Service, List<Wanted>> byService = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Violation finding : findings) {
            Optional<Wanted> wanted = wanted(finding);
            Optional<Service> service = model.service(finding.service());
            if (wanted.isEmpty()) {
                changes.notice(finding, "the endpoint cannot be read from the finding; declare it by hand");
            } else if (service.isEmpty()) {
                changes.notice(finding, "no service of the document owns its code; declare it by hand");
            } else if (section.isEmpty()) {
                changes.notice(finding, "the document has no section 4 (API Contracts) to declare it in");
            } else if (seen.add(service.get().key() + " " + wanted.get().method() + " " + wanted.get().path())) {
                byService.computeIfAbsent(service.get(), s -> new ArrayList<>()).add(wanted.get());
            }
        }
        byService.forEach((service, endpoints) -> declare(doc, model, section.orElseThrow(), service, endpoints, changes));
    }

    private static Optional<Wanted> wanted(Violation finding) {
        Matcher declare = DECLARE.matcher(finding.hint());
        if (!declare.find()) {
            return Optional.empty();
        }
        String method = declare.group(1).equals("ANY") ? "GET" : declare.group(1);
        String className = finding.subjects().isEmpty() ? "" : finding.subjects().get(0);
        return Optional.of(new Wanted(method, DraftSnippets.endpointPath(declare.group(2)),
                className.substring(className.lastIndexOf('.') + 1), finding));
    }

    private static void declare(DocumentText doc, ArchitectureModel model, Range section, Service service,
                                List<Wanted> endpoints, Changes changes) {
        Optional<Endpoint> last = model.endpoints().stream()
                .filter(e -> e.file() == null && e.service() != null && service.isNamed(e.service())
                        && section.contains(e.position().line()))
                .max(Comparator.comparing(Endpoint::position));
        if (last.isPresent()) {
            likeTemplate(doc, section, last.get(), endpoints, changes);
            return;
        }
        Optional<Range> subsection = doc.subsection(section, service);
        List<String> lines = new ArrayList<>();
        int after;
        int level;
        if (subsection.isPresent()) {
            after = doc.lastNonBlank(subsection.get());
            level = doc.headingLevel(subsection.get().from()) + 1;
        } else {
            after = doc.lastNonBlank(section);
            level = doc.headingLevel(section.from()) + 1;
            lines.add("");
            lines.add("#".repeat(level - 1) + " " + service.name());
        }
        lines.add("");
        lines.addAll(firstOfService(doc, model, section, level, endpoints));
        changes.edits.insertAfter(after, lines);
        endpoints.forEach(e -> changes.made(after, "declared " + e.method() + " " + e.path() + " under " + service.name()
                + " in section 4"));
    }

    /**
     * The first endpoints of a service, shaped as the first endpoint of section 4: headings or list
     * items like it; else (a table row, or none at all) the draft's table.
     */
    private static List<String> firstOfService(DocumentText doc, ArchitectureModel model, Range section, int level,
                                               List<Wanted> endpoints) {
        Optional<Endpoint> first = model.endpoints().stream()
                .filter(e -> e.file() == null && section.contains(e.position().line()))
                .min(Comparator.comparing(Endpoint::position));
        List<String> lines = new ArrayList<>();
        if (first.isPresent() && doc.headingAt(first.get().position().line()).isPresent()) {
            for (Wanted e : endpoints) {
                if (!lines.isEmpty()) {
                    lines.add("");
                }
                lines.add("#".repeat(Math.min(level, 6)) + " " + e.method() + " " + e.path());
            }
            return lines;
        }
        String text = first.map(e -> doc.line(e.position().line())).orElse("");
        if (first.isPresent() && DocumentText.isListItem(text) && doc.fenceAround(first.get().position().line()).isEmpty()) {
            endpoints.forEach(e -> lines.add(rewritten(text, first.get(), e)));
            return lines;
        }
        String table = DraftSnippets.endpointTable(endpoints.stream()
                .map(e -> new DraftEndpoint(e.method(), e.path(), e.handler())).toList());
        return List.of(table.stripTrailing().split("\n"));
    }

    private static void likeTemplate(DocumentText doc, Range section, Endpoint template, List<Wanted> endpoints,
                                     Changes changes) {
        int line = template.position().line();
        String text = doc.line(line);
        List<String> lines = new ArrayList<>();
        int after;
        if (DocumentText.isTableRow(text)) {
            after = doc.tableEnd(line);
            endpoints.forEach(e -> lines.add(tableRow(text, template, e)));
        } else if (doc.headingAt(line).isPresent()) {
            Range block = doc.block(line);
            after = doc.lastNonBlank(new Range(block.from(), Math.min(block.to(), section.to())));
            endpoints.forEach(e -> {
                lines.add("");
                lines.add(rewritten(text, template, e));
            });
        } else {
            after = doc.continuationEnd(line);
            endpoints.forEach(e -> lines.add(rewritten(text, template, e)));
        }
        changes.edits.insertAfter(after, lines);
        String service = template.service();
        endpoints.forEach(e -> changes.made(after, "declared " + e.method() + " " + e.path() + " under " + service
                + " in section 4"));
    }

    /** The template line up to the end of its path, with the method and path replaced: "- `GET /a` serves..." gives "- `POST /b`". */
    private static String rewritten(String text, Endpoint template, Wanted endpoint) {
        int[] span = endpointSpan(text, template);
        int methodAt = span[0];
        int pathAt = span[1];
        int pathEnd = span[2];
        int end = pathEnd;
        while (end < text.length() && DECORATION.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return text.substring(0, methodAt) + endpoint.method() + text.substring(methodAt + template.method().length(), pathAt)
                + endpoint.path() + text.substring(pathEnd, end);
    }

    /** A row shaped as the template: the cells holding the method or the path rewritten, the others left empty. */
    private static String tableRow(String text, Endpoint template, Wanted endpoint) {
        List<int[]> cells = DocumentText.cells(text);
        int[] span = endpointSpan(text, template);
        StringBuilder out = new StringBuilder(text.substring(0, cells.isEmpty() ? 0 : cells.get(0)[0]));
        for (int[] cell : cells) {
            String content = text.substring(cell[0], cell[1]);
            boolean hasMethod = span[0] >= cell[0] && span[0] < cell[1];
            boolean hasPath = span[1] >= cell[0] && span[1] < cell[1];
            String lead = content.substring(0, content.length() - content.stripLeading().length());
            if (hasMethod && hasPath) {
                out.append(lead).append(rewritten(text.substring(0, cell[1]), template, endpoint).substring(cell[0] + lead.length()));
            } else if (hasMethod) {
                out.append(content, 0, span[0] - cell[0]).append(endpoint.method())
                        .append(decorationAfter(text, span[0] + template.method().length(), cell[1])).append(' ');
            } else if (hasPath) {
                out.append(content, 0, span[1] - cell[0]).append(endpoint.path())
                        .append(decorationAfter(text, span[2], cell[1])).append(' ');
            } else {
                out.append("  ");
            }
            out.append('|');
        }
        return out.toString();
    }

    private static String decorationAfter(String text, int from, int limit) {
        int end = from;
        while (end < limit && DECORATION.indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return text.substring(from, end);
    }

    /** Where the template's method starts, its path starts and its path ends. */
    private static int[] endpointSpan(String text, Endpoint template) {
        int methodAt = Math.max(0, template.position().column() - 1);
        if (!text.startsWith(template.method(), methodAt)) {
            methodAt = Math.max(0, text.indexOf(template.method()));
        }
        int pathAt = text.indexOf(template.path(), methodAt + template.method().length());
        int pathEnd;
        if (pathAt >= 0) {
            pathEnd = pathAt + template.path().length();
            // a query string written after the path belongs to it
            while (pathEnd < text.length() && " \t`|*".indexOf(text.charAt(pathEnd)) < 0) {
                pathEnd++;
            }
        } else {
            pathAt = Math.max(text.indexOf('/', methodAt), methodAt + template.method().length());
            pathEnd = pathAt;
            while (pathEnd < text.length() && " \t`|*".indexOf(text.charAt(pathEnd)) < 0) {
                pathEnd++;
            }
        }
        return new int[]{methodAt, pathAt, pathEnd};
    }

    static void notImplemented(DocumentText doc, ArchitectureModel model, List<Violation> findings, Changes changes) {
        java.nio.file.Path document = model.document();
        for (Violation finding : findings) {
            int line = finding.location().line();
            List<Endpoint> onLine = model.endpoints().stream()
                    .filter(e -> e.file() == null && e.position().line() == line).toList();
            if (line <= 0 || onLine.isEmpty() || document != null && !sameFile(document, finding.location().file())) {
                changes.notice(finding, "it is not declared on a line of the document (an OpenAPI file?); remove it by hand");
                continue;
            }
            String text = doc.line(line);
            boolean ownLine = onLine.size() == 1 && doc.headingAt(line).isEmpty() && doc.fenceAround(line).isEmpty()
                    && (DocumentText.isTableRow(text) || DocumentText.isListItem(text)) && doc.continuationEnd(line) == line;
            if (ownLine) {
                if (changes.edits.remove(line)) {
                    changes.made(line, "removed " + onLine.get(0).method() + " " + onLine.get(0).path() + " from section 4");
                }
            } else if (doc.fenceAround(line).isPresent()) {
                changes.notice(finding, "it is declared in a code block; remove it by hand");
            } else if (!changes.edits.isEdited(line)) {
                String indent = doc.headingAt(line).isPresent() ? "" : " ".repeat(DocumentText.indent(text));
                List<String> todo = doc.headingAt(line).isPresent() ? List.of("", TODO) : List.of(indent + TODO);
                changes.edits.insertAfter(line, todo);
                changes.made(line, "marked " + onLine.get(0).method() + " " + onLine.get(0).path()
                        + " with a TODO: its declaration is more than one line");
                changes.notice(finding, "its declaration is more than one line: marked with a TODO, remove it by hand");
            }
        }
    }

    private static boolean sameFile(java.nio.file.Path a, java.nio.file.Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
