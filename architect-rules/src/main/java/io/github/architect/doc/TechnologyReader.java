package io.github.architect.doc;

import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Technology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chosen technologies of section 6: sub-headings naming a technology, bold lead terms of
 * list items and the first column of tables (under the section or a category sub-heading such as
 * "Backend"). The alternatives discussed beside them are not technologies.
 */
final class TechnologyReader {

    private static final Pattern BOLD_ITEM = Pattern.compile(
            "^(\\s*)(?:[-*+]|\\d+[.)])\\s+(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*(:?)\\s*(.*)$");
    private static final Pattern ALTERNATIVE = Pattern.compile(
            "(?i)^\\W*(an?\\s+)?(alternatives?|rejected|considered|instead\\s+of|not\\s+chosen|we\\s+considered|"
                    + "other\\s+options?|options?\\s+considered|fallback|vs\\.?|versus|why\\s+not|compared)\\b.*");
    private static final Set<String> CATEGORIES = Set.of("backend", "back end", "frontend", "front end", "data",
            "database", "databases", "data layer", "storage", "persistence", "messaging", "infrastructure", "infra",
            "languages", "language", "frameworks", "framework", "observability", "monitoring", "security", "testing",
            "build", "build tools", "tooling", "tools", "deployment", "runtime", "caching", "libraries", "platform",
            "cloud", "ci cd", "core", "core stack", "devops", "operations", "integration", "integrations", "mobile",
            "web", "summary", "overview", "stack", "chosen stack", "core technologies", "technologies",
            "key technologies", "dependencies", "new dependencies");
    private static final Set<String> LABELS = Set.of("pros", "cons", "pro", "con", "decision", "rationale", "why",
            "trade offs", "tradeoffs", "alternatives", "alternative", "benefits", "benefit", "drawbacks", "drawback",
            "cost", "costs", "risk", "risks", "performance", "note", "notes", "use case", "use cases", "reason",
            "reasons", "chosen", "considered", "rejected", "mitigation", "impact", "status", "advantages",
            "disadvantages", "justification", "version", "license", "limitations", "considerations", "recommendation",
            "verdict", "summary", "example", "why not", "when to use", "configuration", "setup", "trade off",
            "tradeoff", "downsides", "upsides", "scalability", "security", "maturity", "cost model", "team experience",
            "key benefits", "key features", "features", "implementation", "usage", "purpose", "role", "selected",
            "selection criteria", "criteria", "comparison", "problem", "solution", "context", "consequences");
    private static final Pattern NOT_A_TECHNOLOGY = Pattern.compile(
            ".*\\b(strategy|strategies|pattern|patterns|approach|design|architecture|considerations|plan|policy|summary)$");
    private static final Pattern DECISION_COLUMN = Pattern.compile("(decision|chosen|choice|selected|verdict|status|use|recommend.*)");
    private static final Pattern CHOSEN = Pattern.compile("(?i).*(✅|✓|✔|\\bchosen\\b|\\bselected\\b|\\byes\\b|\\bprimary\\b|\\badopted\\b|\\buse\\b|\\brecommended\\b).*");

    private TechnologyReader() {
    }

    static List<Technology> read(MarkdownOutline outline) {
        Map<String, Technology> found = new LinkedHashMap<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.TECHNOLOGY_STACK)) {
            List<Heading> subHeadings = outline.headingsWithin(section.fromLine(), section.toLine()).stream()
                    .filter(h -> h.level() > section.heading().level())
                    .toList();
            List<int[]> listed = new ArrayList<>();
            int firstSub = subHeadings.isEmpty() ? section.toLine() + 1 : subHeadings.get(0).line();
            listed.add(new int[] {section.fromLine() + 1, firstSub - 1});
            for (Heading heading : subHeadings) {
                int end = Math.min(outline.endOfHeading(heading, section.toLine()), nextHeadingLine(subHeadings, heading, section));
                if (isCategory(heading.text())) {
                    listed.add(new int[] {heading.line() + 1, end});
                } else if (!isLabel(SectionMatcher.normalize(heading.text())) && !ALTERNATIVE.matcher(heading.text()).matches()
                        && !NOT_A_TECHNOLOGY.matcher(SectionMatcher.normalize(heading.text())).matches()) {
                    String name = headingTechnology(heading.text());
                    if (!name.isEmpty()) {
                        add(found, name, heading.line(), heading.column());
                    }
                }
            }
            for (int[] range : listed) {
                listItems(outline.source(), range[0], range[1], found);
                for (MarkdownTable table : outline.tables()) {
                    if (table.line() >= range[0] && table.line() <= range[1]) {
                        tableRows(table, found);
                    }
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private static int nextHeadingLine(List<Heading> headings, Heading heading, MarkdownOutline.SectionRange section) {
        for (Heading other : headings) {
            if (other.line() > heading.line()) {
                return other.line() - 1;
            }
        }
        return section.toLine();
    }

    private static void listItems(SourceText source, int from, int to, Map<String, Technology> found) {
        int alternativesIndent = -1;
        for (int line = from; line <= to; line++) {
            if (source.isCode(line)) {
                continue;
            }
            String text = source.line(line);
            if (text.isBlank()) {
                continue;
            }
            int indent = text.length() - text.stripLeading().length();
            if (alternativesIndent >= 0 && indent <= alternativesIndent && !text.stripLeading().isEmpty()) {
                alternativesIndent = -1;
            }
            String stripped = text.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", "").replaceAll("[*_]", "");
            if (ALTERNATIVE.matcher(stripped).matches()) {
                // the items nested under "Alternatives considered:" are alternatives too
                alternativesIndent = indent;
                continue;
            }
            if (alternativesIndent >= 0) {
                continue;
            }
            Matcher item = BOLD_ITEM.matcher(text);
            if (!item.matches()) {
                continue;
            }
            String lead = item.group(2).trim();
            boolean labelled = lead.endsWith(":") || !item.group(3).isEmpty();
            lead = lead.replaceAll(":$", "").trim();
            String normalized = SectionMatcher.normalize(lead);
            String name;
            if (labelled && (CATEGORIES.contains(normalized) || isCategoryWord(normalized))) {
                name = cleanName(item.group(4));
            } else if (isLabel(normalized)) {
                continue;
            } else {
                name = cleanName(lead);
            }
            if (!name.isEmpty()) {
                add(found, name, line, text.indexOf(name.split(" ")[0]) + 1);
            }
        }
    }

    private static void tableRows(MarkdownTable table, Map<String, Technology> found) {
        if (table.header().isEmpty()) {
            return;
        }
        String first = table.header().get(0).toLowerCase(Locale.ROOT);
        if (first.matches(".*(alternative|option|considered|rejected|criteri|aspect|metric|feature|requirement|concern).*")) {
            return;
        }
        int decision = -1;
        for (int i = 1; i < table.header().size(); i++) {
            if (DECISION_COLUMN.matcher(table.header().get(i).trim().toLowerCase(Locale.ROOT)).matches()) {
                decision = i;
            }
        }
        for (MarkdownTable.Row row : table.rows()) {
            if (decision >= 0 && !CHOSEN.matcher(row.cell(decision)).matches()) {
                continue;
            }
            String cell = row.cell(0);
            if (ALTERNATIVE.matcher(cell).matches()) {
                continue;
            }
            String name = cleanName(cell);
            if (!name.isEmpty() && !isLabel(SectionMatcher.normalize(name))) {
                add(found, name, row.line(), 1);
            }
        }
    }

    private static void add(Map<String, Technology> found, String name, int line, int column) {
        found.putIfAbsent(name.toLowerCase(Locale.ROOT), new Technology(name, Position.of(line, Math.max(column, 1))));
    }

    /** "6.2 API Framework: FastAPI" is FastAPI; "PostgreSQL for Enhancement Tracking" is PostgreSQL. */
    static String headingTechnology(String headingText) {
        String text = ServiceReader.nameOf(Markup.strip(headingText));
        int colon = headingText.indexOf(':');
        if (colon > 0 && colon + 1 < headingText.length()) {
            String after = cleanName(headingText.substring(colon + 1));
            if (!after.isEmpty()) {
                text = after;
            }
        }
        text = text.split("(?i)\\s+(for|vs\\.?|versus|over|instead of|as|with|in|on)\\s+", 2)[0];
        text = text.replaceFirst("(?i)^(why|choosing|using|use)\\s+", "");
        return cleanName(text);
    }

    private static String cleanName(String text) {
        String name = Markup.strip(text).replaceAll("\\([^)]*\\)", " ").trim();
        name = name.split("\\s+[-–—]\\s+|:\\s|;|,\\s|\\.\\s|\\s\\(", 2)[0];
        name = name.replaceAll("^\\d+(?:\\.\\d+)*[.)]?\\s+", "");
        name = name.replaceAll("^[\\s:.,-]+|[\\s:.,]+$", "").trim();
        return name.length() > 60 ? "" : name;
    }

    private static boolean isCategory(String headingText) {
        String text = SectionMatcher.normalize(headingText);
        return CATEGORIES.contains(text) || isCategoryWord(text);
    }

    private static boolean isCategoryWord(String text) {
        return text.matches(".*\\b(stack|packages|libraries|tools|dependencies|frameworks|languages|databases|category"
                + "|projects|requirements|components|services|choices|technologies)$")
                || text.matches("(backend|frontend|data|database|cache|caching|messaging|queue|message broker|orm|language|"
                + "framework|api framework|web framework|runtime|build|build tool|ci|ci cd|cloud|hosting|infrastructure|"
                + "monitoring|observability|logging|metrics|tracing|auth|authentication|search|storage|testing|container|"
                + "containers|orchestration|deployment|scheduler|scheduling|frontend framework|ui|styling|state management)");
    }

    private static boolean isLabel(String normalized) {
        return LABELS.contains(normalized) || normalized.startsWith("why ") || normalized.startsWith("alternative");
    }
}
