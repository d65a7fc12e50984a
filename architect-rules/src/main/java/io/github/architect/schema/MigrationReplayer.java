package io.github.architect.schema;

import io.github.architect.code.TextFiles;
import io.github.architect.sql.SqlStatement;
import io.github.architect.sql.SqlStatementSplitter;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replays migrations statement by statement with JSqlParser to learn which tables and columns they
 * leave behind: CREATE TABLE, ALTER TABLE (ADD, DROP, RENAME, MODIFY/CHANGE COLUMN, RENAME TO), RENAME
 * TABLE and DROP TABLE. Other statements only count as touches of the tables they name. Undo scripts are
 * read (for problems and touches) but not applied, since the application never runs on an undone schema.
 */
public final class MigrationReplayer {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern TABLE_DDL = Pattern.compile(
            "(?is)\\s*(create|alter|drop|rename)\\s+((or\\s+replace|global|local|temporary|temp|unlogged|if\\s+not\\s+exists)\\s+)*table\\b.*");
    /**
     * Statements that can change or use tables; others (functions, triggers, views, sequences, grants,
     * comments, session settings) are not parsed at all.
     */
    private static final Pattern RELEVANT = Pattern.compile("(?is)\\s*("
            + "(create|alter|drop|rename)\\s+((or\\s+replace|global|local|temporary|temp|unlogged|if\\s+not\\s+exists)\\s+)*table\\b"
            + "|create\\s+(unique\\s+)?index\\b"
            + "|insert\\b|update\\b|delete\\b|merge\\b|upsert\\b|truncate\\b|select\\b|with\\b)");
    private static final Pattern CREATE_INDEX = Pattern.compile("(?is)\\s*create\\s+(?:unique\\s+)?index\\s+"
            + "(?:concurrently\\s+)?(?:if\\s+not\\s+exists\\s+)?(?:[\\w$\"`.\\[\\]]+\\s+)?on\\s+(?:only\\s+)?"
            + "([\\w$\"`\\[\\]]+(?:\\.[\\w$\"`\\[\\]]+)*)");
    private static final Pattern ERROR_LINE = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern CHANGESET = Pattern.compile("(?im)^\\s*--\\s*changeset\\b.*$");

    private final Map<String, MutableTable> tables = new LinkedHashMap<>();
    private final List<MigratedSchema.Touch> touches = new ArrayList<>();
    private final List<MigratedSchema.Problem> problems = new ArrayList<>();

    private MigrationReplayer() {
    }

    private static final class MutableTable {
        Identifier name;
        Path file;
        int line;
        final Map<String, MigratedSchema.Column> columns = new LinkedHashMap<>();

        MutableTable(Identifier name, Path file, int line) {
            this.name = name;
            this.file = file;
            this.line = line;
        }
    }

    /** Replays the scripts in the order given. Statements are parsed in parallel, then applied in order. */
    public static MigratedSchema replay(List<MigrationScript> scripts) {
        List<Pending> pending = scripts.parallelStream()
                .flatMap(script -> {
                    String text = PLACEHOLDER.matcher(TextFiles.read(script.file()))
                            .replaceAll(m -> Matcher.quoteReplacement(m.group(1).replaceAll("\\W", "_")));
                    return statements(script, text).stream()
                            .filter(statement -> RELEVANT.matcher(statement.text()).lookingAt())
                            .map(statement -> new Pending(script, statement));
                })
                .toList();
        List<Parsed> parsed = pending.parallelStream().map(MigrationReplayer::parseOrIndex).toList();
        MigrationReplayer replayer = new MigrationReplayer();
        for (Parsed p : parsed) {
            replayer.execute(p);
        }
        List<MigratedSchema.Table> result = replayer.tables.values().stream()
                .map(t -> new MigratedSchema.Table(t.name, t.file, t.line, List.copyOf(t.columns.values())))
                .toList();
        return new MigratedSchema(result, replayer.touches, replayer.problems, scripts);
    }

    private record Pending(MigrationScript script, SqlStatement statement) {
    }

    /** A parsed statement, or the parser's complaint. */
    private record Parsed(MigrationScript script, SqlStatement statement, Statement result, Exception failure,
                          String indexedTable) {
    }

    /**
     * {@code CREATE INDEX} only tells which table it indexes; a pattern reads that far cheaper than the
     * SQL parser, which matters with thousands of migrations.
     */
    private static Parsed parseOrIndex(Pending pending) {
        Matcher index = CREATE_INDEX.matcher(pending.statement().text());
        if (index.lookingAt()) {
            return new Parsed(pending.script(), pending.statement(), null, null, index.group(1));
        }
        return parse(pending);
    }

    /**
     * Parses with JSqlParser's fast simple mode first and falls back to its complex mode, which
     * {@link CCJSqlParserUtil#parse(String)} runs with a time-out.
     */
    private static Parsed parse(Pending pending) {
        String sql = pending.statement().text();
        try {
            return new Parsed(pending.script(), pending.statement(),
                    CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement(), null, null);
        } catch (Exception simpleFailure) {
            try {
                return new Parsed(pending.script(), pending.statement(), CCJSqlParserUtil.parse(sql), null, null);
            } catch (JSQLParserException | RuntimeException e) {
                return new Parsed(pending.script(), pending.statement(), null, e, null);
            }
        }
    }

    /** Statements of the script; Liquibase changesets always end a statement. */
    private static List<SqlStatement> statements(MigrationScript script, String text) {
        if (script.kind() != MigrationScript.Kind.LIQUIBASE) {
            return SqlStatementSplitter.split(text);
        }
        List<SqlStatement> statements = new ArrayList<>();
        Matcher changeset = CHANGESET.matcher(text);
        List<Integer> starts = new ArrayList<>();
        while (changeset.find()) {
            starts.add(changeset.start());
        }
        starts.add(0, 0);
        starts.add(text.length());
        for (int i = 0; i + 1 < starts.size(); i++) {
            int from = starts.get(i);
            int lineOffset = (int) text.substring(0, from).chars().filter(c -> c == '\n').count();
            String chunk = text.substring(from, starts.get(i + 1));
            for (SqlStatement s : SqlStatementSplitter.split(chunk)) {
                statements.add(new SqlStatement(s.text(), s.line() + lineOffset));
            }
        }
        return statements;
    }

    private void execute(Parsed p) {
        Path file = p.script().file();
        SqlStatement statement = p.statement();
        boolean apply = p.script().kind() != MigrationScript.Kind.UNDO;
        if (p.failure() != null) {
            problems.add(new MigratedSchema.Problem(file, statement.line() + errorLineOffset(p.failure()),
                    parserMessage(p.failure()), TABLE_DDL.matcher(statement.text()).matches(), firstLine(statement.text())));
            return;
        }
        if (p.indexedTable() != null) {
            touches.add(new MigratedSchema.Touch(Identifier.lastPartOf(p.indexedTable()), "indexes", file, statement.line()));
            return;
        }
        Statement parsed = p.result();
        if (parsed instanceof CreateTable create) {
            Identifier name = Identifier.lastPartOf(create.getTable().getFullyQualifiedName());
            touches.add(new MigratedSchema.Touch(name, "creates", file, statement.line()));
            if (apply && !(create.isIfNotExists() && tables.containsKey(name.key()))) {
                MutableTable table = new MutableTable(name, file, statement.line());
                if (create.getColumnDefinitions() != null) {
                    for (ColumnDefinition column : create.getColumnDefinitions()) {
                        addColumn(table, column.getColumnName(), column.getColDataType().toString(), file, statement);
                    }
                }
                tables.put(name.key(), table);
            }
        } else if (parsed instanceof Alter alter) {
            Identifier name = Identifier.lastPartOf(alter.getTable().getFullyQualifiedName());
            touches.add(new MigratedSchema.Touch(name, "alters", file, statement.line()));
            if (apply && alter.getAlterExpressions() != null) {
                for (AlterExpression expression : alter.getAlterExpressions()) {
                    alter(name, expression, file, statement);
                    MutableTable renamed = expression.getOperation() == AlterOperation.RENAME_TABLE
                            ? tables.get(Identifier.lastPartOf(expression.getNewTableName()).key()) : null;
                    if (renamed != null) {
                        name = renamed.name;
                    }
                }
            }
        } else if (parsed instanceof Drop drop && "TABLE".equalsIgnoreCase(drop.getType())) {
            Identifier name = Identifier.lastPartOf(drop.getName().getFullyQualifiedName());
            touches.add(new MigratedSchema.Touch(name, "drops", file, statement.line()));
            if (apply) {
                tables.remove(name.key());
            }
        } else if (parsed instanceof RenameTableStatement rename) {
            for (var entry : rename.getTableNames()) {
                Identifier from = Identifier.lastPartOf(entry.getKey().getFullyQualifiedName());
                Identifier to = Identifier.lastPartOf(entry.getValue().getFullyQualifiedName());
                touches.add(new MigratedSchema.Touch(from, "renames", file, statement.line()));
                if (apply) {
                    renameTable(from, to, file, statement.line());
                }
            }
        } else if (parsed instanceof CreateIndex index && index.getTable() != null) {
            touches.add(new MigratedSchema.Touch(Identifier.lastPartOf(index.getTable().getFullyQualifiedName()),
                    "indexes", file, statement.line()));
        } else {
            touchedByDml(parsed, file, statement);
        }
    }

    private void touchedByDml(Statement parsed, Path file, SqlStatement statement) {
        Set<String> names;
        try {
            names = new TablesNamesFinder<>().getTables(parsed);
        } catch (RuntimeException e) {
            // statements without tables (SET, COMMENT, GRANT...) may not be supported by the finder
            return;
        }
        for (String table : names) {
            touches.add(new MigratedSchema.Touch(Identifier.lastPartOf(table), "uses", file, statement.line()));
        }
    }

    private void alter(Identifier tableName, AlterExpression expression, Path file, SqlStatement statement) {
        MutableTable table = tables.get(tableName.key());
        AlterOperation operation = expression.getOperation();
        if (operation == AlterOperation.RENAME_TABLE) {
            renameTable(tableName, Identifier.lastPartOf(expression.getNewTableName()), file, statement.line());
            return;
        }
        if (table == null) {
            // altering a table the migrations never created (created elsewhere, or by an unparseable statement)
            table = new MutableTable(tableName, file, statement.line());
            tables.put(tableName.key(), table);
        }
        if (operation == AlterOperation.ADD && expression.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                addColumn(table, column.getColumnName(), String.valueOf(column.getColDataType()), file, statement);
            }
        } else if (operation == AlterOperation.DROP && expression.getColumnName() != null
                && expression.getConstraintName() == null && expression.getIndex() == null) {
            table.columns.remove(Identifier.parse(expression.getColumnName()).key());
        } else if (operation == AlterOperation.RENAME && expression.getColumnOldName() != null) {
            MigratedSchema.Column old = table.columns.remove(Identifier.parse(expression.getColumnOldName()).key());
            Identifier renamed = Identifier.parse(expression.getColumnName());
            table.columns.put(renamed.key(), new MigratedSchema.Column(renamed, old == null ? "" : old.type(), file,
                    lineOf(statement, renamed.text())));
        } else if ((operation == AlterOperation.MODIFY || operation == AlterOperation.ALTER
                || operation == AlterOperation.CHANGE) && expression.getColDataTypeList() != null) {
            if (expression.getColumnOldName() != null) {
                table.columns.remove(Identifier.parse(expression.getColumnOldName()).key());
            }
            for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                Identifier name = Identifier.parse(column.getColumnName());
                MigratedSchema.Column existing = table.columns.get(name.key());
                String type = column.getColDataType() == null ? (existing == null ? "" : existing.type())
                        : column.getColDataType().toString();
                if (existing == null || column.getColDataType() != null) {
                    table.columns.put(name.key(), new MigratedSchema.Column(name, type,
                            existing == null ? file : existing.file(), existing == null ? lineOf(statement, name.text()) : existing.line()));
                }
            }
        }
    }

    private void renameTable(Identifier from, Identifier to, Path file, int line) {
        MutableTable table = tables.remove(from.key());
        if (table == null) {
            table = new MutableTable(to, file, line);
        }
        table.name = to;
        table.file = file;
        table.line = line;
        tables.put(to.key(), table);
    }

    private static void addColumn(MutableTable table, String rawName, String type, Path file, SqlStatement statement) {
        Identifier name = Identifier.parse(rawName);
        table.columns.put(name.key(), new MigratedSchema.Column(name, type == null ? "" : type, file,
                lineOf(statement, name.text())));
    }

    /** The line where the name first appears after the statement's opening parenthesis or keyword. */
    private static int lineOf(SqlStatement statement, String name) {
        String text = statement.text();
        int from = Math.max(0, text.indexOf('('));
        Matcher m = Pattern.compile("(?<![\\w$])" + Pattern.quote(name) + "(?![\\w$])",
                Pattern.CASE_INSENSITIVE).matcher(text);
        if (m.find(from)) {
            return statement.lineOf(m.start());
        }
        return m.find(0) ? statement.lineOf(m.start()) : statement.line();
    }

    /** Lines into the statement where the parser stopped, from "at line N" in its message. */
    private static int errorLineOffset(Exception e) {
        Matcher m = ERROR_LINE.matcher(String.valueOf(innermostMessage(e)));
        return m.find() ? Integer.parseInt(m.group(1)) - 1 : 0;
    }

    private static String innermostMessage(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                message = cause.getMessage();
            }
            cause = cause.getCause();
        }
        return message;
    }

    private static String parserMessage(Exception e) {
        String message = innermostMessage(e);
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String first = message.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst()
                .orElse(message.strip()).replaceFirst("^net\\.sf\\.jsqlparser\\.parser\\.ParseException: ", "")
                .replaceFirst(", in lexical state \\w+\\.?$", "");
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }

    private static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("").strip();
        return line.length() > 80 ? line.substring(0, 80) + "..." : line;
    }
}
