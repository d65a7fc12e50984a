package io.github.architect.doc;

import io.github.architect.model.SectionKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the services of section 3: its sub-headings ("### 3.1 **Ledger Service** (core)", with an
 * optional backticked id), or the rows of a table whose first column names services. A sub-heading
 * that only groups other service headings ("### Core Services") is not a service itself, and
 * sub-headings such as "Responsibilities" or "Dependencies" describe the service above them.
 */
final class ServiceReader {

    /** A service as declared in prose, with the lines its description spans. */
    record Declared(String name, String id, int line, int column, int fromLine, int toLine,
                    List<LabelledValues.Item> dependsOn, List<LabelledValues.Item> owns) {
    }

    private static final Pattern NAME_LIST = Pattern.compile("\\s*(?:,|;|<br>|\\band\\b|&)\\s*");
    private static final Pattern BRACKETED = Pattern.compile("\\([^)]*\\)|\\[[^\\]]*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DASH = Pattern.compile("\\s+[-–—]\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\s:.-]+|[\\s:.,-]+$");
    private static final Pattern ENDS_IN_SERVICE = Pattern.compile(".*\\bservice$");
    private static final Pattern CAMEL_SERVICE = Pattern.compile(".*[a-z]Service\\b.*");
    private static final Pattern ATTRIBUTE_PARTS = Pattern.compile("\\s*(?:&|/|,|\\band\\b|\\be\\b|\\by\\b)\\s*");
    private static final Pattern ATTRIBUTE_LEAD = Pattern.compile("^(?:service|services|key|shared|cross cutting) ");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:\\d+(?:\\.\\d+)*\\.?|[A-Za-z][.)])\\s+");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:/-]+");
    private static final Set<String> ATTRIBUTES = Set.of("responsibilities", "responsibility", "dependencies",
            "dependency", "depends on", "calls", "upstream", "downstream", "api", "apis", "endpoints", "endpoint",
            "interfaces", "interface", "data", "owns data", "data owned", "owned data", "storage", "database",
            "tables", "events", "events published", "events consumed", "published events", "consumed events",
            "configuration", "config", "scaling", "scalability", "deployment", "technology", "technology stack",
            "tech stack", "notes", "overview", "description", "purpose", "inputs", "outputs", "input", "output",
            "error handling", "security", "monitoring", "observability", "key features", "features",
            "performance", "implementation", "example", "examples", "usage", "methods", "operations", "summary",
            "interactions", "communication", "dependency graph", "shared libraries", "shared", "common",
            "environment variables", "environment", "health checks", "logging", "metrics", "testing",
            "responsabilidades", "dependências", "dependencias", "core functions", "functions", "key methods",
            "public interface", "data model", "data flow", "workflow", "sla", "slos", "limits", "ports", "scope",
            "service interactions", "service dependencies", "service map", "service overview", "services overview",
            "dependencies between services", "communication patterns", "context", "diagram", "architecture",
            "monitoramento", "alerting", "tracing", "concerns", "cross cutting concerns", "matrix",
            "communication matrix", "dependency matrix", "interaction diagram", "sequence diagram", "glossary",
            "conventions", "naming conventions", "boundaries", "service boundaries", "ownership", "data ownership");
    private static final Set<String> GROUP_LEADS = Set.of("primary", "secondary", "main", "core", "new", "service",
            "services", "component", "microservice", "module", "servico");

    private ServiceReader() {
    }

    static List<Declared> read(MarkdownOutline outline) {
        List<Declared> declared = new ArrayList<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.SERVICE_DEFINITIONS)) {
            List<Heading> headings = outline.headingsWithin(section.fromLine(), section.toLine()).stream()
                    .filter(h -> h.level() > section.heading().level())
                    .toList();
            visit(outline, section, headings, 0, headings.size(), declared);
            for (MarkdownTable table : outline.tables()) {
                if (section.contains(table.line()) && !insideDeclared(declared, table.line())) {
                    readTable(table, declared);
                }
            }
        }
        return declared;
    }

    private static boolean insideDeclared(List<Declared> declared, int line) {
        return declared.stream().anyMatch(d -> d.fromLine() > 0 && line >= d.fromLine() && line <= d.toLine());
    }

    private static void visit(MarkdownOutline outline, MarkdownOutline.SectionRange section, List<Heading> headings,
                              int from, int to, List<Declared> declared) {
        int i = from;
        while (i < to) {
            Heading heading = headings.get(i);
            int end = i + 1;
            while (end < to && headings.get(end).level() > heading.level()) {
                end++;
            }
            classify(outline, section, headings, heading, i + 1, end, declared);
            i = end;
        }
    }

    private static void classify(MarkdownOutline outline, MarkdownOutline.SectionRange section, List<Heading> headings,
                                 Heading heading, int childFrom, int childTo, List<Declared> declared) {
        boolean attribute = isAttribute(heading.text());
        if (childFrom == childTo) {
            if (!attribute) {
                declared.add(declare(outline, section, heading, -1));
            }
            return;
        }
        boolean describedByChildren = headings.subList(childFrom, childTo).stream()
                .anyMatch(child -> isAttribute(child.text()));
        if (namesOneService(heading) || describedByChildren) {
            // a sub-heading that itself names a service ("#### Billing Service") is one more service
            List<Heading> nestedServices = headings.subList(childFrom, childTo).stream()
                    .filter(ServiceReader::namesOneService).toList();
            int end = nestedServices.isEmpty() ? -1 : nestedServices.get(0).line() - 1;
            declared.add(declare(outline, section, heading, end));
            for (Heading nested : nestedServices) {
                declared.add(declare(outline, section, nested, -1));
            }
        } else if (!attribute) {
            visit(outline, section, headings, childFrom, childTo, declared);
        }
    }

    private static Declared declare(MarkdownOutline outline, MarkdownOutline.SectionRange section, Heading heading,
                                    int endBefore) {
        String id = idOf(heading);
        String name = nameOf(heading.text());
        if (name.isEmpty()) {
            name = id == null ? heading.text() : id;
        }
        int end = outline.endOfHeading(heading, section.toLine());
        if (endBefore > 0) {
            end = Math.min(end, endBefore);
        }
        return new Declared(name, id, heading.line(), heading.column(), heading.line(), end,
                LabelledValues.read(outline, LabelledValues.DEPENDENCIES, heading.line() + 1, end),
                LabelledValues.read(outline, LabelledValues.OWNED_DATA, heading.line() + 1, end));
    }

    private static void readTable(MarkdownTable table, List<Declared> declared) {
        if (table.header().isEmpty()
                || !table.header().get(0).toLowerCase(Locale.ROOT).matches(".*(service|name|component|servi[cç]o).*")
                || TopicReader.isEventTable(table)) {
            return;
        }
        int dependsColumn = table.column("(dependencies|depends on|depends-on|calls|upstream|uses).*");
        int ownsColumn = table.column("(owns data|data owned|owned data|owns|owned tables|tables|data)");
        for (MarkdownTable.Row row : table.rows()) {
            String name = nameOf(row.cell(0));
            if (name.isEmpty()) {
                continue;
            }
            declared.add(new Declared(name, null, row.line(), 1, 0, -1,
                    cellItems(row, dependsColumn), cellItems(row, ownsColumn)));
        }
    }

    private static List<LabelledValues.Item> cellItems(MarkdownTable.Row row, int column) {
        if (column < 0) {
            return List.of();
        }
        String value = LabelledValues.describeless(row.cell(column));
        if (value.isEmpty() || LabelledValues.isNone(value)) {
            return List.of();
        }
        List<LabelledValues.Item> items = new ArrayList<>();
        for (String part : NAME_LIST.split(value)) {
            if (!part.isBlank() && !LabelledValues.isNone(part)) {
                items.add(new LabelledValues.Item(part.trim(), row.line(), 1));
            }
        }
        return items;
    }

    /** "3.1 **Ledger Service** (core)" is "Ledger Service"; "Primary Service: Search API" is "Search API". */
    static String nameOf(String headingText) {
        String text = Markup.strip(headingText).trim();
        String previous;
        do {
            previous = text;
            text = NUMBERING.matcher(text).replaceFirst("").trim();
        } while (!text.equals(previous));
        text = SPACES.matcher(BRACKETED.matcher(text).replaceAll(" ")).replaceAll(" ").trim();
        int colon = text.indexOf(": ");
        if (colon > 0) {
            String lead = text.substring(0, colon).trim();
            String firstWord = lead.split(" ")[0].toLowerCase(Locale.ROOT);
            text = GROUP_LEADS.contains(firstWord) && colon + 2 < text.length() ? text.substring(colon + 2) : lead;
        }
        text = DASH.split(text, 2)[0];
        return EDGE_PUNCTUATION.matcher(text).replaceAll("").trim();
    }

    private static String idOf(Heading heading) {
        for (String span : heading.codeSpans()) {
            if (ID.matcher(span).matches()) {
                return span;
            }
        }
        return null;
    }

    /** "Order Service" or a heading with a backticked id names one service, even with sub-headings. */
    private static boolean namesOneService(Heading heading) {
        String name = nameOf(heading.text()).toLowerCase(Locale.ROOT);
        return ENDS_IN_SERVICE.matcher(name).matches() || CAMEL_SERVICE.matcher(heading.text()).matches()
                || idOf(heading) != null;
    }

    /** "Responsibilities", "Service Dependencies", "Logging and Monitoring": about services, not one. */
    static boolean isAttribute(String headingText) {
        String text = SectionMatcher.normalize(headingText);
        if (text.isEmpty()) {
            return true;
        }
        for (String part : ATTRIBUTE_PARTS.split(text)) {
            String candidate = ATTRIBUTE_LEAD.matcher(part).replaceFirst("");
            if (!part.isEmpty() && !ATTRIBUTES.contains(part) && !ATTRIBUTES.contains(candidate)) {
                return false;
            }
        }
        return true;
    }
}
