package io.github.architect.scaffold;

import io.github.architect.scaffold.DraftFacts.DraftCollection;
import io.github.architect.scaffold.DraftFacts.DraftColumn;
import io.github.architect.scaffold.DraftFacts.DraftForeignKey;
import io.github.architect.scaffold.DraftFacts.DraftIndex;
import io.github.architect.scaffold.DraftFacts.DraftTable;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Section 5: per service, a {@code CREATE TABLE} for each table of its final schema, in standard SQL,
 * then the MongoDB collections it maps.
 */
final class SchemaDdl implements DraftPart {

    /** Words JSqlParser does not take as a bare table or column name. */
    private static final Set<String> RESERVED = Set.of("order", "user", "group", "table", "select", "from", "where",
            "check", "default", "references", "primary", "index", "column", "desc", "asc", "limit", "offset", "key",
            "values", "constraint", "foreign", "unique", "all", "and", "or", "not", "null", "by", "as", "on", "to",
            "into", "join", "union", "case", "when", "then", "else", "end", "for", "grant", "having", "in", "is",
            "like", "distinct", "exists", "between", "create", "drop", "alter", "insert", "update", "delete", "set");

    @Override
    public String markdown(DraftFacts facts) {
        StringBuilder out = new StringBuilder();
        block(out, facts.tables().getOrDefault("", List.of()));
        CollectionSchemas.append(out, facts.collections().getOrDefault("", List.of()));
        for (DraftService service : facts.services()) {
            List<DraftTable> tables = facts.tables().getOrDefault(service.name(), List.of());
            List<DraftCollection> collections = facts.collections().getOrDefault(service.name(), List.of());
            if (tables.isEmpty() && collections.isEmpty()) {
                continue;
            }
            out.append("### ").append(service.name()).append("\n\n");
            block(out, tables);
            CollectionSchemas.append(out, collections);
        }
        if (out.isEmpty()) {
            out.append("PLACEHOLDER: the code maps no table or collection and has no migration that architect found.\n\n");
        }
        return out.toString();
    }

    private static void block(StringBuilder out, List<DraftTable> tables) {
        if (tables.isEmpty()) {
            return;
        }
        out.append("```sql\n");
        for (DraftTable table : tables) {
            if (table.comment() != null) {
                out.append("-- ").append(table.comment()).append('\n');
            }
            out.append("CREATE TABLE ").append(name(table.name())).append(" (\n");
            int width = table.columns().stream().mapToInt(c -> name(c.name()).length()).max().orElse(0);
            List<String> lines = new java.util.ArrayList<>();
            List<String> comments = new java.util.ArrayList<>();
            for (DraftColumn column : table.columns()) {
                String quoted = name(column.name());
                lines.add(quoted + " ".repeat(width - quoted.length() + 1) + column.type());
                comments.add(column.comment());
            }
            if (!table.primaryKey().isEmpty()) {
                lines.add("PRIMARY KEY (" + names(table.primaryKey()) + ")");
                comments.add(null);
            }
            for (DraftForeignKey key : table.foreignKeys()) {
                lines.add("FOREIGN KEY (" + names(key.columns()) + ") REFERENCES " + name(key.referencedTable())
                        + (key.referencedColumns().isEmpty() ? "" : " (" + names(key.referencedColumns()) + ")"));
                comments.add(null);
            }
            for (DraftIndex index : table.indexes()) {
                if (index.name() == null) {
                    lines.add("UNIQUE (" + names(index.columns()) + ")");
                    comments.add(null);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                out.append("    ").append(lines.get(i)).append(i == lines.size() - 1 ? "" : ",");
                if (comments.get(i) != null) {
                    out.append(" -- ").append(comments.get(i));
                }
                out.append('\n');
            }
            out.append(");\n");
            for (DraftIndex index : table.indexes()) {
                if (index.name() != null) {
                    out.append("CREATE ").append(index.unique() ? "UNIQUE " : "").append("INDEX ").append(name(index.name()))
                            .append(" ON ").append(name(table.name())).append(" (").append(names(index.columns())).append(");\n");
                }
            }
        }
        out.append("```\n\n");
    }

    private static String names(List<String> raw) {
        return String.join(", ", raw.stream().map(SchemaDdl::name).toList());
    }

    /** The name as SQL writes it: quoted when it is not a plain lower-case identifier or a reserved word. */
    static String name(String raw) {
        boolean plain = raw.matches("[A-Za-z_][A-Za-z0-9_]*") && !RESERVED.contains(raw.toLowerCase(Locale.ROOT));
        return plain ? raw : "\"" + raw.replace("\"", "\"\"") + "\"";
    }
}
