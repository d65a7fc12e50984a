package io.github.architect.schema.migration;

import io.github.architect.sql.Identifier;
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
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.drop.Drop;
import net.sf.jsqlparser.util.TablesNamesFinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one migration file with JSqlParser into {@link SchemaOperation}s: what each statement does,
 * known from the file alone, so that the result can be cached per file and replayed in version order.
 */
final class MigrationReader {

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

    private MigrationReader() {
    }

    /** The operations of the script's statements, in order. Statements are parsed in parallel. */
    static MigrationOperations read(MigrationScript script) {
        String text = withoutPlaceholders(TextFiles.read(script.file()));
        List<SqlStatement> relevant = statements(script, text).stream()
                .filter(statement -> RELEVANT.matcher(statement.text()).lookingAt())
                .toList();
        return new MigrationOperations(relevant.parallelStream().map(MigrationReader::operation)
                .filter(Objects::nonNull).toList());
    }

    /**
     * The operations of SQL embedded in another file (a Liquibase {@code <sql>} change), whose text starts
     * on {@code firstLine} of that file; read one statement after the other.
     */
    static List<SchemaOperation> readEmbedded(String sql, int firstLine) {
        return SqlStatementSplitter.split(withoutPlaceholders(sql)).stream()
                .filter(statement -> RELEVANT.matcher(statement.text()).lookingAt())
                .map(statement -> operation(new SqlStatement(statement.text(), statement.line() + firstLine - 1)))
                .filter(Objects::nonNull)
                .toList();
    }

    /**
     * {@code ${name}} placeholders become plain names, so that a templated table or type still parses;
     * values are not known without the build's configuration.
     */
    static String withoutPlaceholders(String text) {
        return PLACEHOLDER.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1).replaceAll("\\W", "_")));
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

    /**
     * What the statement does; null for a statement that names no table. {@code CREATE INDEX} only tells
     * which table it indexes, which a pattern reads far cheaper than the SQL parser.
     */
    private static SchemaOperation operation(SqlStatement statement) {
        Matcher index = CREATE_INDEX.matcher(statement.text());
        if (index.lookingAt()) {
            return new SchemaOperation.Touch(List.of(index.group(1)), "indexes", statement.line());
        }
        Statement parsed;
        try {
            parsed = parse(statement.text());
        } catch (JSQLParserException | RuntimeException e) {
            return new SchemaOperation.Unparseable(parserMessage(e), TABLE_DDL.matcher(statement.text()).matches(),
                    firstLine(statement.text()), statement.line() + errorLineOffset(e));
        }
        return operation(parsed, statement);
    }

    /**
     * Parses with JSqlParser's fast simple mode first and falls back to its complex mode, which
     * {@link CCJSqlParserUtil#parse(String)} runs with a time-out.
     */
    private static Statement parse(String sql) throws JSQLParserException {
        try {
            return CCJSqlParserUtil.newParser(sql).withAllowComplexParsing(false).Statement();
        } catch (Exception simpleFailure) {
            return CCJSqlParserUtil.parse(sql);
        }
    }

    private static SchemaOperation operation(Statement parsed, SqlStatement statement) {
        int line = statement.line();
        if (parsed instanceof CreateTable create) {
            List<SchemaOperation.ColumnDefinition> columns = new ArrayList<>();
            if (create.getColumnDefinitions() != null) {
                for (var column : create.getColumnDefinitions()) {
                    columns.add(column(column.getColumnName(), column.getColDataType().toString(), statement));
                }
            }
            return new SchemaOperation.CreateTable(create.getTable().getFullyQualifiedName(), create.isIfNotExists(),
                    columns, line);
        }
        if (parsed instanceof Alter alter) {
            List<SchemaOperation.AlterStep> steps = new ArrayList<>();
            if (alter.getAlterExpressions() != null) {
                for (AlterExpression expression : alter.getAlterExpressions()) {
                    steps.add(step(expression, statement));
                }
            }
            return new SchemaOperation.AlterTable(alter.getTable().getFullyQualifiedName(), steps, line);
        }
        if (parsed instanceof Drop drop && "TABLE".equalsIgnoreCase(drop.getType())) {
            return new SchemaOperation.DropTable(drop.getName().getFullyQualifiedName(), line);
        }
        if (parsed instanceof RenameTableStatement rename) {
            List<SchemaOperation.Rename> renames = new ArrayList<>();
            for (var entry : rename.getTableNames()) {
                renames.add(new SchemaOperation.Rename(entry.getKey().getFullyQualifiedName(),
                        entry.getValue().getFullyQualifiedName()));
            }
            return new SchemaOperation.RenameTables(renames, line);
        }
        if (parsed instanceof CreateIndex index && index.getTable() != null) {
            return new SchemaOperation.Touch(List.of(index.getTable().getFullyQualifiedName()), "indexes", line);
        }
        try {
            return new SchemaOperation.Touch(List.copyOf(new TablesNamesFinder<>().getTables(parsed)), "uses", line);
        } catch (RuntimeException e) {
            // statements without tables (SET, COMMENT, GRANT...) may not be supported by the finder
            return null;
        }
    }

    private static SchemaOperation.AlterStep step(AlterExpression expression, SqlStatement statement) {
        AlterOperation operation = expression.getOperation();
        List<SchemaOperation.ColumnDefinition> columns = new ArrayList<>();
        if (operation == AlterOperation.RENAME_TABLE) {
            return new SchemaOperation.AlterStep(SchemaOperation.AlterStep.Kind.RENAME_TABLE,
                    expression.getNewTableName(), null, null, columns, statement.line());
        }
        if (operation == AlterOperation.ADD && expression.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                columns.add(column(column.getColumnName(), String.valueOf(column.getColDataType()), statement));
            }
            return new SchemaOperation.AlterStep(SchemaOperation.AlterStep.Kind.ADD_COLUMNS, null, null, null,
                    columns, statement.line());
        }
        if (operation == AlterOperation.DROP && expression.getColumnName() != null
                && expression.getConstraintName() == null && expression.getIndex() == null) {
            return new SchemaOperation.AlterStep(SchemaOperation.AlterStep.Kind.DROP_COLUMN, null,
                    expression.getColumnName(), null, columns, statement.line());
        }
        if (operation == AlterOperation.RENAME && expression.getColumnOldName() != null) {
            String renamed = expression.getColumnName();
            return new SchemaOperation.AlterStep(SchemaOperation.AlterStep.Kind.RENAME_COLUMN, null, renamed,
                    expression.getColumnOldName(), columns, lineOf(statement, Identifier.parse(renamed).text()));
        }
        if ((operation == AlterOperation.MODIFY || operation == AlterOperation.ALTER
                || operation == AlterOperation.CHANGE) && expression.getColDataTypeList() != null) {
            for (AlterExpression.ColumnDataType column : expression.getColDataTypeList()) {
                String type = column.getColDataType() == null ? null : column.getColDataType().toString();
                columns.add(column(column.getColumnName(), type, statement));
            }
            return new SchemaOperation.AlterStep(SchemaOperation.AlterStep.Kind.CHANGE_COLUMNS, null, null,
                    expression.getColumnOldName(), columns, statement.line());
        }
        return new SchemaOperation.AlterStep(SchemaOperation.AlterStep.Kind.OTHER, null, null, null, columns,
                statement.line());
    }

    private static SchemaOperation.ColumnDefinition column(String rawName, String type, SqlStatement statement) {
        return new SchemaOperation.ColumnDefinition(rawName, type, lineOf(statement, Identifier.parse(rawName).text()));
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
