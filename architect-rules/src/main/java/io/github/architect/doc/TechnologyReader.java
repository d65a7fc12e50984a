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
 * Reads section 6: the technologies it chooses and the alternatives it names and rejects.
 *
 * <p>A choice is a sub-heading naming a technology, the bold lead term of a list item, a labelled
 * value ({@code **Database:** PostgreSQL}, {@code **Choice:** Kafka}) or the first column of a
 * table (a "Technology" column beside a "Layer" one), under the section or a category sub-heading
 * such as "Backend"; every item of a list written in one term counts ("Java 21 + Spring Boot 3.4",
 * "OpenTelemetry, Jaeger, Grafana", "PostgreSQL / pgvector"). An alternative is what the text
 * names as one: "An alternative would be X", "*Alternative:* X", "instead of X", "rather than X",
 * "compared to X", "X was considered", "vs X", items under an "Alternatives" label or heading, a
 * table column named Alternative(s), and the rows of a comparison table its verdict column does
 * not choose. Other names in the justification prose are neither.
 */
final class TechnologyReader {

    private static final Pattern BOLD_ITEM = Pattern.compile(
            "^(\\s*)(?:[-*+]|\\d+[.)])\\s+(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*(:?)\\s*(.*)$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s+(.*)$");
    /** "**Label:** value", "Label: value", "- *Label*: value"; group 2 is the label, 3 the value. */
    private static final Pattern LABELLED = Pattern.compile(
            "^(\\s*(?:(?:[-*+]|\\d+[.)])\\s+)?)(?:\\*\\*|__|\\*|_)?([^*_:|`]{2,40}?)\\s*"
                    + "(?:(?:\\*\\*|__|\\*|_)\\s*:|:\\s*(?:\\*\\*|__|\\*|_)?)\\s*(.*)$");
    private static final Pattern ALTERNATIVE_LABEL = Pattern.compile(
            "(?:.*\\balternatives?\\b.*|(?:rejected|considered|not chosen|other options?|options considered"
                    + "|we considered|fallback|why not)\\b.*)");
    private static final Pattern CHOICE_LABEL = Pattern.compile(
            "(?:choice|choices|chosen|our choice|selected|selection|technology|technologies|tool|tools"
                    + "|we chose|chosen technology|stack|tech stack|primary|recommendation|recommended)");
    /** Prose naming an alternative: group "name" follows the phrase. */
    private static final Pattern ALTERNATIVE_BEFORE = Pattern.compile(
            "(?i)(?:\\balternatives?\\s+(?:would\\s+be|is|are|was|were|could\\s+be|include|including|considered\\s*:)|"
                    + "\\binstead\\s+of|\\brather\\s+than|\\bcompared\\s+(?:to|with)|\\bvs\\.?|\\bversus)"
                    + "\\s+(?<name>.{1,200})");
    /** Prose naming an alternative before the phrase: "Cassandra was considered". */
    private static final Pattern ALTERNATIVE_AFTER = Pattern.compile(
            "(?<name>(?:\\*\\*|`)?[\\p{Lu}@][\\w.@/+-]{0,60}(?:\\s+[\\p{Lu}\\d][\\w.+-]{0,60}){0,3}(?:\\*\\*|`)?)\\s+"
                    + "(?:was|were)\\s+(?:also\\s+)?(?:considered|evaluated|rejected)\\b");
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
            "selection criteria", "criteria", "comparison", "problem", "solution", "context", "consequences", "choice");
    private static final Pattern NOT_A_TECHNOLOGY = Pattern.compile(
            ".*\\b(strategy|strategies|pattern|patterns|approach|design|architecture|considerations|plan|policy|summary)$");
    /** Names of a practice rather than a product: "In-Memory Caching", "Connection Pooling". */
    private static final Pattern PRACTICE = Pattern.compile(
            ".*\\b(caching|limiting|logging|pooling|tracking|processing|validation|fallback|hybrid|management)$");
    private static final Pattern REJECTED = Pattern.compile(
            "(?i).*(❌|✗|✘|⏳|🔮|\\brejected\\b|\\bnot\\b|\\bno\\b|\\bavoid|\\bdropped\\b|\\bfuture\\b|\\bfallback\\b"
                    + "|\\balternative|\\blater\\b|\\bconsider|\\bif\\b|\\bphase\\s+\\d).*");
    private static final Pattern CHOSEN_MARK = Pattern.compile(".*(✅|✓|✔).*");
    /** "**API Routes Chosen**": a choice said in one bold term. */
    private static final Pattern CHOSEN_TERM = Pattern.compile(
            "^\\s*(?:(?:[-*+]|\\d+[.)])\\s+)?(?:\\*\\*|__)(.+?)\\s+\\(?(?:chosen|selected)\\)?(?:\\*\\*|__).*", Pattern.CASE_INSENSITIVE);
    private static final Pattern DECISION_COLUMN = Pattern.compile(
            "(decision|chosen|choice|selected|verdict|status|use|used|recommend.*|outcome|result)");
    private static final Pattern CHOSEN = Pattern.compile(
            "(?i).*(✅|✓|✔|\\bchosen\\b|\\bselected\\b|\\byes\\b|\\bprimary\\b|\\badopted\\b|\\buse\\b|\\brecommended\\b"
                    + "|\\bwinner\\b).*");
    private static final Pattern ALTERNATIVES_COLUMN = Pattern.compile("(alternatives?|alternatives? considered"
            + "|rejected|rejected alternatives?|considered|other options?|instead of|vs\\.?|versus)");
    private static final Pattern CATEGORY_COLUMN = Pattern.compile(
            "(layer|category|component|area|purpose|concern|role|need|capability|function|use case|domain|aspect|type"
                    + "|tier|concern|requirement|decision area|part)s?");
    private static final Pattern NAME_COLUMN = Pattern.compile(
            "(technolog(y|ies)|tech|tool|tools|choice|chosen|chosen technology|selected|selection|library|libraries"
                    + "|framework|product|solution|stack|implementation)");
    private static final Pattern VERSION = Pattern.compile(
            "^(.*?[\\p{L}.)])\\s+v?(\\d+(?:\\.(?:\\d+|x))*\\+?)(?:\\s+(?:LTS|GA|or\\s+(?:later|newer|above)))?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MIDDLE_VERSION = Pattern.compile(
            "^(.*?[\\p{L}.)])\\s+v?(\\d+(?:\\.(?:\\d+|x))*\\+?)\\s+(\\p{Lu}[\\w.-]*(?:\\s+\\p{Lu}[\\w.-]*)?)$");
    private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+\\+\\s+|\\s*,\\s+|\\s+/\\s+|\\s+&\\s+"
            + "|\\s+(?:and|with|plus|or)\\s+|\\s*;\\s*|\\s+→\\s+");
    /** "FastAPI over Flask/Django": the choice, then the alternatives. */
    private static final Pattern VERSUS = Pattern.compile("(?i)\\s(?:vs\\.?|versus|over|instead of|rather than)\\s+(.+)$");
    private static final Pattern JOINED_BOLD = Pattern.compile("^\\s*(?:\\+|,|/|&|and|with|plus)\\s*(?:\\*\\*|__)(.+?)(?:\\*\\*|__)");
    private static final Pattern LEAD_BOLD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)");
    private static final Pattern LEAD_MARKED = Pattern.compile("^(?:\\*\\*|__|`|\\*|_)([^*_`]+)(?:\\*\\*|__|`|\\*|_)");
    private static final Pattern LEAD_WORDS = Pattern.compile(
            "^([\\p{Lu}@][\\w.@/+#-]{0,60}(?:\\s+(?:[\\p{Lu}\\d][\\w.+#-]{0,60}|or|and|/)){0,5})");
    private static final Pattern OVER = Pattern.compile("(?i)\\s+(?:over|instead\\s+of|rather\\s+than|vs\\.?|versus)\\s+");
    private static final Pattern DESCRIPTION = Pattern.compile(
            "\\s+[-–—→]\\s+|:\\s|\\.\\s|\\s\\(|\\s+(?:powered\\s+by|for|via|as|because|since|which|that|to|in|on|when"
                    + "|due|is|are|was|were|offers?|provides?|gives?|because)\\b");

    private TechnologyReader() {
    }

    static List<Technology> read(MarkdownOutline outline) {
        Found found = new Found();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.TECHNOLOGY_STACK)) {
            readSection(outline, section, found);
        }
        return found.all();
    }

    private static void readSection(MarkdownOutline outline, MarkdownOutline.SectionRange section, Found found) {
        List<Heading> subHeadings = outline.headingsWithin(section.fromLine(), section.toLine()).stream()
                .filter(h -> h.level() > section.heading().level())
                .toList();
        // ranges whose bold lead terms and first table column are technologies: the section's own text
        // and category sub-headings; under "Alternatives" sub-headings they are alternatives
        List<Range> listed = new ArrayList<>();
        int firstSub = subHeadings.isEmpty() ? section.toLine() + 1 : subHeadings.get(0).line();
        listed.add(new Range(section.fromLine() + 1, firstSub - 1, true));
        for (Heading heading : subHeadings) {
            int end = Math.min(outline.endOfHeading(heading, section.toLine()), nextHeadingLine(subHeadings, heading, section));
            String normalized = SectionMatcher.normalize(heading.text());
            if (ALTERNATIVE_LABEL.matcher(normalized).matches()) {
                listed.add(new Range(heading.line() + 1, end, false));
            } else if (isCategory(heading.text())) {
                listed.add(new Range(heading.line() + 1, end, true));
            } else if (!isLabel(normalized) && !NOT_A_TECHNOLOGY.matcher(normalized).matches()) {
                headingTechnologies(heading, found);
            }
        }
        SourceText source = outline.source();
        Reasons reasons = new Reasons(section.fromLine() + 1, reasonLines(source, section.fromLine() + 1, section.toLine()));
        for (Range range : listed) {
            listItems(source, range, reasons, found);
            if (range.chosen()) {
                labelledValues(source, range.from(), range.to(), reasons, true, found);
            }
        }
        labelledValues(source, section.fromLine() + 1, section.toLine(), reasons, false, found);
        prose(source, section.fromLine() + 1, section.toLine(), found);
        for (MarkdownTable table : outline.tables()) {
            if (table.line() < section.fromLine() || table.line() > section.toLine()) {
                continue;
            }
            Range range = listed.stream().filter(r -> r.contains(table.line())).findFirst().orElse(null);
            tableRows(table, range, found);
        }
    }

    /** Lines whose bold lead terms count, chosen or as alternatives. */
    private record Range(int from, int to, boolean chosen) {
        boolean contains(int line) {
            return line >= from && line <= to;
        }
    }

    private static int nextHeadingLine(List<Heading> headings, Heading heading, MarkdownOutline.SectionRange section) {
        for (Heading other : headings) {
            if (other.line() > heading.line()) {
                return other.line() - 1;
            }
        }
        return section.toLine();
    }

    private static void headingTechnologies(Heading heading, Found found) {
        String text = heading.text();
        String name = headingTechnology(text);
        if (name.isEmpty()) {
            return;
        }
        Matcher versus = VERSUS.matcher(Markup.strip(text));
        boolean comparison = versus.find();
        // "Webhooks vs Polling" suggests the first; what the text under it states decides
        for (String item : items(name)) {
            found.add(item, true, heading.line(), Math.max(heading.column(), 1), comparison);
        }
        if (comparison) {
            for (String item : items(cleanName(versus.group(1)))) {
                found.add(item, false, heading.line(), Math.max(heading.column(), 1), true);
            }
        }
    }

    /**
     * The list items under a label of reasons ("**Justification:**", "Pros:"), indexed from
     * {@code from}: what they name is argument, not a choice ("**Monitoring:** built-in dashboard").
     */
    private static boolean[] reasonLines(SourceText source, int from, int to) {
        boolean[] reasons = new boolean[Math.max(to - from + 1, 0)];
        boolean inside = false;
        for (int line = from; line <= to; line++) {
            String text = source.line(line);
            if (text.isBlank() || source.isCode(line)) {
                continue;
            }
            boolean item = LIST_ITEM.matcher(text).matches();
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches() && labelled.group(3).isBlank() && (!item || !Character.isWhitespace(text.charAt(0)))) {
                String label = SectionMatcher.normalize(labelled.group(2));
                inside = isLabel(label) && !ALTERNATIVE_LABEL.matcher(label).matches()
                        && !CHOICE_LABEL.matcher(label).matches() || label.startsWith("trade off");
                continue;
            }
            if (!item && !Character.isWhitespace(text.charAt(0))) {
                inside = false;
            } else if (inside) {
                reasons[line - from] = true;
            }
        }
        return reasons;
    }

    /** Which lines of the section are reasons, not choices. */
    private record Reasons(int from, boolean[] lines) {
        boolean at(int line) {
            int offset = line - from;
            return offset >= 0 && offset < lines.length && lines[offset];
        }
    }

    private static void listItems(SourceText source, Range range, Reasons reasons, Found found) {
        int alternativesIndent = -1;
        for (int line = range.from(); line <= range.to(); line++) {
            if (source.isCode(line)) {
                continue;
            }
            String text = source.line(line);
            if (text.isBlank()) {
                continue;
            }
            int indent = text.length() - text.stripLeading().length();
            if (alternativesIndent >= 0 && indent <= alternativesIndent) {
                alternativesIndent = -1;
            }
            Matcher item = BOLD_ITEM.matcher(text);
            String stripped = Markup.strip(text.replaceFirst("^\\s*(?:[-*+]|\\d+[.)])\\s+", ""));
            String label = stripped.contains(":") ? SectionMatcher.normalize(stripped.substring(0, stripped.indexOf(':'))) : "";
            if (LIST_ITEM.matcher(text).matches() && ALTERNATIVE_LABEL.matcher(label).matches()) {
                // the items nested under "Alternatives considered:" are alternatives (labelledValues reads them)
                alternativesIndent = indent;
                continue;
            }
            if (alternativesIndent >= 0 || !item.matches() || reasons.at(line)) {
                continue;
            }
            boolean chosen = range.chosen();
            String lead = item.group(2).trim();
            boolean labelled = lead.endsWith(":") || !item.group(3).isEmpty();
            lead = lead.replaceAll(":$", "").trim();
            String normalized = SectionMatcher.normalize(lead);
            if (labelled && (CATEGORIES.contains(normalized) || isCategoryWord(normalized)
                    || CHOICE_LABEL.matcher(normalized).matches() || ALTERNATIVE_LABEL.matcher(normalized).matches())) {
                continue; // a labelled value: labelledValues reads it
            }
            if (isLabel(normalized) || NOT_A_TECHNOLOGY.matcher(normalized).matches()) {
                continue;
            }
            for (String name : items(cleanName(lead))) {
                found.add(name, chosen, line, columnOf(text, name));
            }
            // "**Java 21** + **Spring Boot 3.4**": further bold terms joined to the lead one
            Matcher joined = JOINED_BOLD.matcher(item.group(4));
            String rest = item.group(4);
            while (joined.find()) {
                for (String name : items(cleanName(joined.group(1)))) {
                    found.add(name, chosen, line, columnOf(text, name));
                }
                rest = rest.substring(joined.end());
                joined = JOINED_BOLD.matcher(rest);
            }
        }
    }

    /**
     * "**Choice:** Kafka", "*Alternative:* Cassandra", "**vs Redis:** ...", "**Recommendation: Webhooks**",
     * labels over a list, and, where categories list technologies, "**Database:** PostgreSQL".
     */
    private static void labelledValues(SourceText source, int from, int to, Reasons reasons, boolean categories,
                                       Found found) {
        for (int line = from; line <= to; line++) {
            String text = source.line(line);
            if (source.isCode(line) || text.startsWith("#") || text.contains("|") || categories && reasons.at(line)) {
                continue;
            }
            Matcher term = CHOSEN_TERM.matcher(text);
            if (!categories && term.matches()) {
                for (String name : items(cleanName(term.group(1)))) {
                    found.add(name, true, line, columnOf(text, name));
                }
                continue;
            }
            Matcher matcher = LABELLED.matcher(text);
            if (!matcher.matches()) {
                continue;
            }
            String label = SectionMatcher.normalize(matcher.group(2));
            String value = matcher.group(3);
            if (!categories && label.matches("(vs|versus|why not|not) .+")) {
                String named = Markup.strip(matcher.group(2)).replaceFirst("(?i)^\\s*(vs\\.?|versus|why not|not)\\s+", "");
                for (String name : items(cleanName(named))) {
                    found.add(name, false, line, columnOf(text, name));
                }
                continue;
            }
            boolean alternative = ALTERNATIVE_LABEL.matcher(label).matches();
            boolean choice = !alternative && (categories
                    ? CATEGORIES.contains(label) || isCategoryLabel(label)
                    : CHOICE_LABEL.matcher(label).matches());
            if (categories && alternative || !alternative && !choice) {
                continue;
            }
            if (value.isBlank()) {
                line = listUnder(source, line, to, matcher.group(1).length(), choice, found);
                continue;
            }
            value = Markup.strip(value).replaceFirst("(?i)^\\s*(?:use|using|we use|go with|adopt|start with|stick with)\\s+", "");
            Matcher over = OVER.matcher(value);
            String rest = "";
            if (choice && over.find()) {
                rest = value.substring(over.end());
                value = value.substring(0, over.start());
            }
            for (String name : items(cleanName(value))) {
                if (nameLike(name)) {
                    found.add(name, choice, line, columnOf(text, name));
                }
            }
            for (String name : items(cleanName(leadingName(rest)))) {
                found.add(name, false, line, columnOf(text, name));
            }
        }
    }

    /** The list items after a label with no value; returns the last line read. */
    private static int listUnder(SourceText source, int labelLine, int to, int labelIndent, boolean chosen, Found found) {
        boolean labelIsItem = LIST_ITEM.matcher(source.line(labelLine)).matches();
        int last = labelLine;
        for (int line = labelLine + 1; line <= to; line++) {
            String text = source.line(line);
            if (text.isBlank()) {
                continue;
            }
            if (source.isCode(line)) {
                break;
            }
            Matcher item = LIST_ITEM.matcher(text);
            if (!item.matches()) {
                if (Character.isWhitespace(text.charAt(0)) && last > labelLine) {
                    continue; // the continuation of an item
                }
                break;
            }
            int indent = item.group(1).length();
            if (labelIsItem && indent <= labelIndent - 2 + 1 && indent <= leadingSpaces(source.line(labelLine))) {
                break;
            }
            last = line;
            if (indent > leadingSpaces(source.line(labelLine)) + (labelIsItem ? 0 : 8) && !labelIsItem) {
                continue; // nested deeper: detail of the item above
            }
            String body = item.group(2);
            Matcher bold = LEAD_BOLD.matcher(body);
            String lead = bold.find() ? bold.group(1) : body;
            String normalized = SectionMatcher.normalize(lead.replaceAll(":$", ""));
            if (isLabel(normalized)) {
                continue;
            }
            for (String name : items(cleanName(lead))) {
                if (nameLike(name)) {
                    found.add(name, chosen, line, columnOf(text, name));
                }
            }
        }
        return last;
    }

    private static int leadingSpaces(String text) {
        return text.length() - text.stripLeading().length();
    }

    /** Alternatives named in sentences: "instead of X", "rather than X", "X was considered"... */
    private static void prose(SourceText source, int from, int to, Found found) {
        for (int line = from; line <= to; line++) {
            if (source.isCode(line) || source.line(line).contains("|") || source.line(line).startsWith("#")) {
                continue;
            }
            String first = source.line(line);
            // a sentence goes on over the lines of its paragraph: "An alternative\n  would be MongoDB"
            StringBuilder joined = new StringBuilder(first);
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int next = line + 1; next <= Math.min(to, line + 2); next++) {
                String more = source.line(next);
                if (more.isBlank() || source.isCode(next) || LIST_ITEM.matcher(more).matches()
                        || more.stripLeading().startsWith("#") || more.contains("|")) {
                    break;
                }
                joined.append(' ');
                starts.add(joined.length());
                joined.append(more.strip());
            }
            String text = joined.toString();
            Matcher before = ALTERNATIVE_BEFORE.matcher(text);
            int at = 0;
            while (at < first.length() && before.find(at) && before.start() < first.length()) {
                for (String name : items(leadingName(before.group("name")))) {
                    addAt(found, source, name, line, text, starts, before.start("name"));
                }
                at = before.start("name");
            }
            Matcher after = ALTERNATIVE_AFTER.matcher(text);
            while (after.find() && after.start() < first.length()) {
                String name = cleanName(after.group("name"));
                if (nameLike(name) && !isLabel(SectionMatcher.normalize(name))
                        && !name.matches("(?i)(it|this|that|they|these|those|we|the|an?|other|several|many)\\b.*")) {
                    addAt(found, source, name, line, text, starts, after.start());
                }
            }
        }
    }

    /** Adds an alternative named at or after {@code from} in lines joined from {@code line}, at its own line. */
    private static void addAt(Found found, SourceText source, String name, int line, String text, List<Integer> starts,
                              int from) {
        int at = text.indexOf(name.split("\\s+")[0], from);
        int index = 0;
        while (index + 1 < starts.size() && at >= starts.get(index + 1)) {
            index++;
        }
        int column = at < 0 ? 1 : at - starts.get(index) + 1;
        found.add(name, false, line + index, index == 0 ? column : column + leadingSpaces(source.line(line + index)));
    }

    /** The names at the start of prose: bold, code, or capitalised words ("Apache Kafka or RabbitMQ"). */
    private static String leadingName(String text) {
        String stripped = text.replaceFirst("(?i)^(?:an?|the|using|plain|a\\s+self-hosted|self-hosted)\\s+", "");
        Matcher marked = LEAD_MARKED.matcher(stripped);
        if (marked.find()) {
            return cleanName(marked.group(1));
        }
        Matcher words = LEAD_WORDS.matcher(stripped);
        if (!words.find()) {
            return "";
        }
        String names = words.group(1).replaceAll("\\s+(?:or|and|/)$", "").replaceAll("[.,:;]+$", "");
        return names.replaceAll("\\s+or\\s+", ", ");
    }

    private static void tableRows(MarkdownTable table, Range range, Found found) {
        List<String> header = table.header().stream().map(h -> SectionMatcher.normalize(h)).toList();
        if (header.isEmpty()) {
            return;
        }
        int nameColumn = 0;
        if (CATEGORY_COLUMN.matcher(header.get(0)).matches()) {
            for (int i = 1; i < header.size(); i++) {
                if (NAME_COLUMN.matcher(header.get(i)).matches()) {
                    nameColumn = i;
                    break;
                }
            }
        }
        String first = header.get(nameColumn);
        boolean alternativeRows = first.matches(".*(alternative|considered|rejected).*");
        boolean optionRows = alternativeRows || first.matches(".*(option|solution|candidate|contender|choice).*");
        int decision = -1;
        int alternatives = -1;
        for (int i = 0; i < header.size(); i++) {
            if (i == nameColumn) {
                continue;
            }
            if (ALTERNATIVES_COLUMN.matcher(header.get(i)).matches()) {
                alternatives = i;
            } else if (DECISION_COLUMN.matcher(header.get(i)).matches()) {
                decision = i;
            }
        }
        final int nameAt = nameColumn;
        // "| **asyncio** ✅ | ... |": the mark in the name column is the verdict
        boolean marked = decision < 0 && table.rows().stream().anyMatch(r -> CHOSEN_MARK.matcher(r.cell(nameAt)).matches());
        boolean firstColumnNames = decision >= 0 || alternatives >= 0 || marked || (range != null && (nameColumn > 0
                || !optionRows && !first.matches(
                        ".*(criteri|aspect|metric|feature|requirement|concern|factor|dimension|property|data type|approach"
                                + "|strategy).*")));
        if (!firstColumnNames && !alternativeRows) {
            return;
        }
        for (MarkdownTable.Row row : table.rows()) {
            String cell = row.cell(nameColumn);
            boolean chosen;
            if (decision >= 0) {
                String verdict = row.cell(decision);
                chosen = CHOSEN_MARK.matcher(verdict).matches()
                        || CHOSEN.matcher(verdict).matches() && !REJECTED.matcher(verdict).matches();
            } else if (marked) {
                chosen = CHOSEN_MARK.matcher(cell).matches();
                cell = cell.replaceAll("[✅✓✔]", "");
            } else {
                chosen = !alternativeRows && (range == null || range.chosen());
            }
            for (String name : items(cleanName(cell))) {
                if (!isLabel(SectionMatcher.normalize(name))) {
                    found.add(name, chosen, row.line(), 1);
                }
            }
            if (alternatives >= 0) {
                for (String name : items(cleanName(row.cell(alternatives).replaceAll("(?i)\\s+or\\s+", ", ")))) {
                    if (nameLike(name) && !LabelledValues.isNone(name)) {
                        found.add(name, false, row.line(), 1);
                    }
                }
            }
        }
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
        text = text.split("(?i)\\s+(for|vs\\.?|versus|over|instead of|rather than|as|in|on)\\s+", 2)[0];
        text = text.replaceFirst("(?i)^(why|choosing|using|use)\\s+", "");
        return cleanName(text);
    }

    /** The names in a term without markup, parentheticals and trailing description; lists kept whole. */
    private static String cleanName(String text) {
        String name = Markup.strip(text).replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1").replaceAll("\\([^)]*\\)", " ")
                .replaceAll("\\s+", " ").trim();
        Matcher description = DESCRIPTION.matcher(name);
        if (description.find()) {
            name = name.substring(0, description.start());
        }
        name = name.replaceAll("^\\d+(?:\\.\\d+)*[.)]?\\s+", "");
        name = name.replaceAll("^[\\s:.,-]+|[\\s:.,;!]+$", "").trim();
        return name.length() > 120 ? "" : name;
    }

    /** Every item of a list written in one term: "Java 21 + Spring Boot 3.4", "OpenTelemetry, Jaeger". */
    static List<String> items(String term) {
        List<String> items = new ArrayList<>();
        if (term.isBlank()) {
            return items;
        }
        List<String> parts = new ArrayList<>();
        for (String part : ITEM_SEPARATOR.split(term)) {
            // "Flask/Django", "Datadog/New Relic"; not "CI/CD", "TCP/IP" or "@scope/package"
            if (part.matches("[\\p{L}][\\w .-]*/[\\p{L}][\\w .-]*") && !part.matches("[A-Z]{1,4}/[A-Z]{1,4}")) {
                parts.addAll(List.of(part.split("/")));
            } else {
                parts.add(part);
            }
        }
        for (String part : parts) {
            String name = part.replaceAll("^[\\s:.,-]+|[\\s:.,;!]+$", "").replaceFirst("(?i)^(?:and|or)\\s+", "").trim();
            if (!name.isEmpty() && name.length() <= 60 && name.split("\\s+").length <= 6
                    && name.chars().anyMatch(Character::isLetter)) {
                items.add(name);
            }
        }
        return items;
    }

    /** A name rather than words of a sentence: capitalised, marked up or short. */
    private static boolean nameLike(String name) {
        if (name.isEmpty() || LabelledValues.isNone(name)) {
            return false;
        }
        String bare = nameAndVersion(name)[0];
        char first = bare.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || first == '@' || first == '.'
                || bare.split("\\s+").length == 1;
    }

    /** "Spring Boot 3.4" is Spring Boot at 3.4; "Java 21 LTS" is Java at 21. */
    static String[] nameAndVersion(String written) {
        String text = written.trim().replaceFirst("(?i)\\s+(?:database|db)$", "");
        Matcher matcher = VERSION.matcher(text);
        if (matcher.matches()) {
            return new String[] {matcher.group(1).trim(), matcher.group(2)};
        }
        Matcher inside = MIDDLE_VERSION.matcher(text);
        if (inside.matches()) {
            return new String[] {inside.group(1).trim() + " " + inside.group(3).trim(), inside.group(2)};
        }
        return new String[] {text, ""};
    }

    private static int columnOf(String line, String name) {
        String head = name.split("\\s+")[0];
        int at = line.indexOf(head);
        return at < 0 ? 1 : at + 1;
    }

    private static boolean isCategory(String headingText) {
        String text = SectionMatcher.normalize(headingText);
        return CATEGORIES.contains(text) || isCategoryWord(text);
    }

    private static boolean isCategoryWord(String text) {
        return text.matches(".*\\b(stack|packages|libraries|tools|dependencies|frameworks|languages|databases|category"
                + "|projects|requirements|components|services|choices|technologies)$")
                || isCategoryLabel(text);
    }

    /** A label whose value is a technology: "**Database:** PostgreSQL". */
    private static boolean isCategoryLabel(String text) {
        return text.matches("(backend|frontend|data|database|cache|caching|messaging|queue|message broker|broker|orm|"
                + "language|framework|api framework|web framework|runtime|build|build tool|ci|ci cd|cloud|hosting|"
                + "infrastructure|monitoring|observability|logging|metrics|tracing|auth|authentication|search|storage|"
                + "testing|container|containers|orchestration|deployment|scheduler|scheduling|frontend framework|ui|"
                + "styling|state management|migrations|schema migrations|resilience|data access|persistence|api|"
                + "primary database|relational database|document store|streaming|event streaming|identity|security|"
                + "message queue|queue system|job queue|concurrency)");
    }

    private static boolean isLabel(String normalized) {
        return LABELS.contains(normalized) || normalized.startsWith("why ") || normalized.startsWith("alternative");
    }

    /**
     * What was found so far. A stated choice or alternative wins over what a "X vs Y" heading
     * suggests; between two statements a choice wins over the same name named as an alternative.
     */
    private static final class Found {
        private record Entry(Technology technology, boolean weak) {
        }

        private final Map<String, Entry> byName = new LinkedHashMap<>();

        void add(String written, boolean chosen, int line, int column) {
            add(written, chosen, line, column, false);
        }

        void add(String written, boolean chosen, int line, int column, boolean weak) {
            String[] nameAndVersion = nameAndVersion(written);
            String name = nameAndVersion[0];
            String normalized = SectionMatcher.normalize(name);
            if (name.isEmpty() || !name.chars().anyMatch(Character::isLetter) || isLabel(normalized)
                    || CATEGORIES.contains(normalized) || NOT_A_TECHNOLOGY.matcher(normalized).matches()
                    || PRACTICE.matcher(normalized).matches()) {
                return;
            }
            String key = normalized.replaceAll("[^\\p{L}\\p{N}]", "");
            Entry earlier = byName.get(key);
            Technology technology = new Technology(name, nameAndVersion[1], chosen, Position.of(line, Math.max(column, 1)));
            if (earlier == null || earlier.weak() && !weak || !earlier.weak() == !weak && chosen && !earlier.technology().chosen()) {
                if (earlier != null && technology.version().isEmpty() && !earlier.technology().version().isEmpty()
                        && chosen == earlier.technology().chosen()) {
                    technology = new Technology(name, earlier.technology().version(), chosen, technology.position());
                }
                byName.put(key, new Entry(technology, weak));
            } else if (chosen == earlier.technology().chosen() && earlier.technology().version().isEmpty()
                    && !technology.version().isEmpty()) {
                Technology first = earlier.technology();
                byName.put(key, new Entry(new Technology(first.name(), technology.version(), first.chosen(),
                        first.position()), earlier.weak()));
            }
        }

        List<Technology> all() {
            List<Technology> all = new ArrayList<>(byName.values().stream().map(Entry::technology).toList());
            all.sort((a, b) -> a.position().compareTo(b.position()));
            return all;
        }
    }
}
