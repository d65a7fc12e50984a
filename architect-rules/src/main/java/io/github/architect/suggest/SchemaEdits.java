package io.github.architect.suggest;

import io.github.architect.check.Violation;
import io.github.architect.model.ArchitectureModel;
import io.github.architect.model.Column;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import io.github.architect.scaffold.DraftFacts.DraftColumn;
import io.github.architect.scaffold.DraftFacts.DraftTable;
import io.github.architect.scaffold.DraftSnippets;
import io.github.architect.suggest.DocumentText.Fence;
import io.github.architect.suggest.DocumentText.Range;
import io.github.architect.suggest.SchemaFacts.FactColumn;
import io.github.architect.suggest.SchemaFacts.FactTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Section 5: a column the code has is added to its table's {@code CREATE TABLE}, aligned with the
 * columns above it; a table the code has gets a {@code CREATE TABLE} in its service's part of section 5,
 * in the draft's SQL.
 */
final class SchemaEdits {

    static final String UNDECLARED_COLUMN = "undeclared-column";
    static final String UNDECLARED_TABLE = "undeclared-table";

    private SchemaEdits() {
    }

    static void undeclaredColumns(DocumentText doc, ArchitectureModel model, List<Violation> findings, SchemaFacts facts,
                                  Changes changes) {
        Map<Table, Map<String, Violation>> byTable = new LinkedHashMap<>();
        for (Violation finding : findings) {
            String subject = finding.subjects().size() < 2 ? "" : finding.subjects().get(1);
            int dot = subject.indexOf('.');
            Optional<Table> table = dot < 0 ? Optional.empty() : model.table(subject.substring(0, dot));
            if (table.isEmpty()) {
                changes.notice(finding, "its table cannot be found in section 5; add the column by hand");
                continue;
            }
            String column = subject.substring(dot + 1);
            if (table.get().column(column).isEmpty()) {
                byTable.computeIfAbsent(table.get(), t -> new LinkedHashMap<>())
                        .putIfAbsent(column.toLowerCase(Locale.ROOT), finding);
            }
        }
        byTable.forEach((table, columns) -> addColumns(doc, table, columns, facts, changes));
    }

    private static void addColumns(DocumentText doc, Table table, Map<String, Violation> columns, SchemaFacts facts,
                                   Changes changes) {
        int last = table.columns().stream().mapToInt(c -> c.position().line()).max().orElse(0);
        int create = table.position().line();
        String lastText = doc.line(last);
        String code = codeOf(lastText);
        boolean ownLine = last > create && doc.fenceAround(last).isPresent()
                && doc.line(create).toUpperCase(Locale.ROOT).contains("CREATE")
                && balance(code) == 0;
        if (!ownLine) {
            columns.values().forEach(f -> changes.notice(f, "table '" + table.name()
                    + "' is not declared as a CREATE TABLE with a column per line; add the column by hand"));
            return;
        }
        Column lastColumn = table.columns().stream().filter(c -> c.position().line() == last).findFirst().orElseThrow();
        int indent = DocumentText.indent(lastText);
        int nameEnd = indent + nameLength(lastText.substring(indent));
        int typeAt = nameEnd;
        while (typeAt < lastText.length() && Character.isWhitespace(lastText.charAt(typeAt))) {
            typeAt++;
        }
        boolean moreFollow = code.stripTrailing().endsWith(",");
        List<String> added = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Violation finding : columns.values()) {
            String column = finding.subjects().get(1).substring(finding.subjects().get(1).indexOf('.') + 1);
            String name = DraftSnippets.sqlName(column);
            Optional<String> type = facts.columnType(table.name(), column);
            String width = " ".repeat(Math.max(1, typeAt - indent - name.length()));
            added.add(lastText.substring(0, indent) + name + width + type.orElse("VARCHAR(255)")
                    + (type.isPresent() ? "" : " -- TODO(architect): the type the code gives this column"));
            names.add(column);
        }
        if (lastColumn != null && !moreFollow) {
            String kept = code.stripTrailing();
            if (!changes.edits.replace(last, kept + "," + lastText.substring(kept.length()))) {
                columns.values().forEach(f -> changes.notice(f, "line " + last + " has another edit; add the column by hand"));
                return;
            }
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < added.size(); i++) {
            boolean comma = moreFollow || i < added.size() - 1;
            lines.add(withComma(added.get(i), comma));
        }
        changes.edits.insertAfter(last, lines);
        names.forEach(n -> changes.made(last, "added column " + n + " to table " + table.name() + " in section 5"));
    }

    private static String withComma(String line, boolean comma) {
        if (!comma) {
            return line;
        }
        int comment = line.indexOf(" -- ");
        return comment < 0 ? line + "," : line.substring(0, comment) + "," + line.substring(comment);
    }

    /** The line without its SQL comment. */
    private static String codeOf(String line) {
        int comment = line.indexOf("--");
        return comment < 0 ? line : line.substring(0, comment);
    }

    private static int balance(String code) {
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    private static int nameLength(String text) {
        if (text.startsWith("\"") || text.startsWith("`") || text.startsWith("[")) {
            char close = text.charAt(0) == '[' ? ']' : text.charAt(0);
            int end = text.indexOf(close, 1);
            return end < 0 ? text.length() : end + 1;
        }
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** How the block's statements indent their columns: the first indented line's indentation, else the draft's. */
    private static String columnIndent(DocumentText doc, Fence block) {
        for (int n = block.open() + 1; n < block.close(); n++) {
            String text = doc.line(n);
            int indent = DocumentText.indent(text);
            if (indent > 0 && indent < text.length()) {
                return text.substring(0, indent);
            }
        }
        return "    ";
    }

    static void undeclaredTables(DocumentText doc, ArchitectureModel model, List<Violation> findings, SchemaFacts facts,
                                 Changes changes) {
        Optional<Range> section = doc.section(model.sections(), SectionKind.DATA_SCHEMA);
        Map<Service, List<FactTable>> byService = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Violation finding : findings) {
            String name = finding.subjects().size() < 2 ? "" : finding.subjects().get(1);
            Optional<FactTable> table = facts.table(name);
            if (section.isEmpty()) {
                changes.notice(finding, "the document has no section 5 (Data Schema) to declare it in");
            } else if (model.service(finding.service()).isEmpty()) {
                changes.notice(finding, "no service of the document owns the code that maps table '" + name
                        + "'; declare it by hand");
            } else if (name.contains(".")) {
                changes.notice(finding, "table '" + name + "' is in a schema of its own; declare it by hand");
            } else if (table.isEmpty() || table.get().columns().isEmpty()) {
                changes.notice(finding, "the columns of table '" + name + "' are not known; declare it by hand");
            } else if (seen.add(name.toLowerCase(Locale.ROOT))) {
                byService.computeIfAbsent(model.service(finding.service()).orElseThrow(), s -> new ArrayList<>()).add(table.get());
            }
        }
        byService.forEach((service, tables) -> addTables(doc, section.orElseThrow(), service, tables, changes));
    }

    private static void addTables(DocumentText doc, Range section, Service service, List<FactTable> tables,
                                  Changes changes) {
        List<DraftTable> drafts = tables.stream().map(t -> new DraftTable(t.name(),
                t.columns().stream().map(c -> new DraftColumn(c.name(), c.type(), null)).toList(),
                List.of(), List.of(), List.of(), null)).toList();
        List<String> block = List.of(DraftSnippets.sqlBlock(drafts).stripTrailing().split("\n"));
        Optional<Range> subsection = doc.subsection(section, service);
        Range where = subsection.orElse(section);
        // the tables of a service without a part of its own in section 5 start one: another's block would give them to it
        Optional<Fence> sql = subsection.isEmpty() ? Optional.empty() : doc.fencesIn(where).stream()
                .filter(f -> f.info().toLowerCase(Locale.ROOT).startsWith("sql") && f.close() <= where.to())
                .reduce((a, b) -> b);
        List<String> lines = new ArrayList<>();
        int after;
        if (sql.isPresent()) {
            // inside the service's last sql block, before its closing fence
            after = sql.get().close() - 1;
            String indent = columnIndent(doc, sql.get());
            lines.add("");
            block.subList(1, block.size() - 1).forEach(l -> lines.add(l.startsWith("    ") ? indent + l.substring(4) : l));
        } else {
            after = doc.lastNonBlank(where);
            if (subsection.isEmpty()) {
                lines.add("");
                lines.add("#".repeat(Math.min(6, doc.headingLevel(section.from()) + 1)) + " " + service.name());
            }
            lines.add("");
            lines.addAll(block);
        }
        changes.edits.insertAfter(after, lines);
        tables.forEach(t -> changes.made(after, "declared table " + t.name() + " under " + service.name()
                + " in section 5"));
    }
}
