package io.github.architect.doc;

import io.github.architect.model.NoSqlCollection;
import io.github.architect.model.Column;
import io.github.architect.model.ForeignKey;
import io.github.architect.model.Index;
import io.github.architect.model.Position;
import io.github.architect.model.SectionKind;
import io.github.architect.model.Service;
import io.github.architect.model.Table;
import io.github.architect.sql.SqlStatement;
import io.github.architect.sql.SqlStatementSplitter;
import net.sf.jsqlparser.JSQLParserException;
import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.parser.ParseException;
import net.sf.jsqlparser.parser.StringProvider;
import net.sf.jsqlparser.parser.feature.Feature;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads section 5: SQL blocks statement by statement with JSqlParser (tables, columns, keys,
 * indexes, owners) and JSON-like collection schemas.
 */
final class SchemaReader {

    /** JSqlParser logs every statement at INFO through java.util.logging; keep a build quiet. */
    private static final Logger JSQLPARSER_LOG = quiet(Logger.getLogger(CCJSqlParserUtil.class.getName()));
    private static final long STATEMENT_TIMEOUT_MILLIS = 10_000;

    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?is)^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL)\\s+)?(?:(?:TEMP|TEMPORARY|UNLOGGED)\\s+)?TABLE\\b.*");
    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)^CREATE\\s+(?:UNIQUE\\s+)?(?:(?:CLUSTERED|NONCLUSTERED|FULLTEXT|SPATIAL)\\s+)?INDEX\\b.*");
    private static final Pattern ALTER_TABLE = Pattern.compile("(?is)^ALTER\\s+TABLE\\b.*");
    private static final Pattern REFERENCES = Pattern.compile(
            "(?i)\\bREFERENCES\\s+([\\w.\"`\\[\\]]+)\\s*(?:\\(([^)]*)\\))?");
    private static final Pattern ELIDED = Pattern.compile("(?s).*\\(\\s*(?:\\.\\.\\.|…)\\s*\\)\\s*$");
    private static final Pattern INLINE_INDEX_NAME = Pattern.compile("(?i)\\b(?:KEY|INDEX)\\s+([^\\s(]+)\\s*\\(");
    private static final Pattern PRIMARY_WORD = Pattern.compile("\\bPRIMARY\\b");
    private static final Pattern UNIQUE_WORD = Pattern.compile("\\bUNIQUE\\b");
    private static final Pattern SPACE_BEFORE_PAREN = Pattern.compile("\\s+\\(");
    private static final Pattern COMMENT_MARKS = Pattern.compile("^\\s*(--+|#|/\\*+|\\*+)|\\*+/\\s*$");
    private static final Pattern OWNER_WORDS = Pattern.compile("(?i)\\b(owned by|owner:?|belongs to|service:)\\s*");
    private static final Pattern IDENTIFIER_QUOTES = Pattern.compile("[\"`\\[\\]]");
    private static final Pattern SQL_START = Pattern.compile("(?is)^\\s*(?:(?:--[^\\n]*|/\\*.*?\\*/)\\s*)*CREATE\\b.*");

    /** What section 5 declares. */
    record Schema(List<Table> tables, List<NoSqlCollection> collections) {
    }

    private SchemaReader() {
    }

    private static Logger quiet(Logger logger) {
        logger.setLevel(Level.WARNING);
        return logger;
    }

    static Schema read(MarkdownOutline outline, List<Service> services, DocumentFindings findings) {
        ServiceNames names = new ServiceNames(services);
        List<NoSqlCollection> collections = new ArrayList<>();
        List<Job> jobs = new ArrayList<>();
        for (MarkdownOutline.SectionRange section : outline.sections(SectionKind.DATA_SCHEMA)) {
            for (CodeBlock block : outline.codeBlocks()) {
                if (!section.contains(block.fenceLine()) || ArchitectBlock.isArchitectBlock(block)) {
                    continue;
                }
                if (isSql(block)) {
                    String headingOwner = headingOwner(outline, section, block.fenceLine(), names);
                    collect(outline.source(), block, headingOwner, jobs, findings);
                } else if (CollectionReader.isJson(block)) {
                    CollectionReader.read(outline, section, block, names).ifPresent(collections::add);
                }
            }
        }
        List<Table> tables = new ArrayList<>();
        List<PendingIndex> indexes = new ArrayList<>();
        List<Object> results = parseAll(jobs);
        for (int i = 0; i < jobs.size(); i++) {
            assemble(jobs.get(i), results.get(i), names, tables, indexes, findings);
        }
        return new Schema(attach(tables, indexes), collections);
    }

    /** One statement to parse, with where it is and what the document says around it. */
    private record Job(String sql, Kind kind, int line, int column, CodeBlock block, int[] lineStarts, int offset,
                       String comments, String headingOwner) {
    }

    private enum Kind { TABLE, INDEX, ALTER }

    private static void collect(SourceText source, CodeBlock block, String headingOwner, List<Job> jobs,
                                DocumentFindings findings) {
        String content = block.content();
        int[] lineStarts = lineStarts(content);
        SqlStatementSplitter.Script script = SqlStatementSplitter.read(content);
        for (SqlStatementSplitter.DollarQuote quote : script.unterminated()) {
            int relativeLine = lineOf(lineStarts, quote.offset());
            int line = block.firstLine() + relativeLine;
            findings.add(DocumentRules.SQL, line,
                    quote.offset() - lineStarts[relativeLine] + 1 + indentOf(source, line, content, lineStarts[relativeLine]),
                    "The dollar-quoted body opened with " + quote.tag() + " is never closed, so it would swallow the"
                            + " rest of the block",
                    "Close it with " + quote.tag() + " where the body ends (e.g. `" + quote.tag()
                            + " LANGUAGE plpgsql;`), or remove it; the statements after it were read as SQL.");
        }
        for (SqlStatement statement : script.statements()) {
            String sql = statement.text();
            Kind kind = CREATE_TABLE.matcher(sql).matches() ? Kind.TABLE
                    : CREATE_INDEX.matcher(sql).matches() ? Kind.INDEX
                    : ALTER_TABLE.matcher(sql).matches() ? Kind.ALTER : null;
            if (kind == null || ELIDED.matcher(sql).matches()) {
                // other statements are tolerated; "CREATE TABLE users (...)" refers to a table written out elsewhere
                continue;
            }
            int relativeLine = lineOf(lineStarts, statement.offset());
            int line = block.firstLine() + relativeLine;
            int column = statement.offset() - lineStarts[relativeLine] + 1
                    + indentOf(source, line, content, lineStarts[relativeLine]);
            jobs.add(new Job(sql, kind, line, column, block, lineStarts, statement.offset(), statement.comments(),
                    headingOwner));
        }
    }

    /**
     * Parses every statement, in parallel on a pool bounded by the cores when there are many
     * (JSqlParser costs about half a millisecond of CPU per CREATE TABLE). Each result is a
     * Statement or the exception. The parser runs on the worker thread itself, not through
     * CCJSqlParserUtil's per-call executor; a statement still running when its time-out has passed
     * while this thread waits for it is stopped through the parser's interrupt flag. The pool is
     * shut down before returning.
     */
    private static List<Object> parseAll(List<Job> jobs) {
        if (jobs.isEmpty()) {
            return List.of();
        }
        int threads = jobs.size() < 16 ? 1 : Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), 4));
        ExecutorService workers = Executors.newFixedThreadPool(threads, SchemaReader::daemon);
        try {
            // building a CCJSqlParser costs about as much as parsing a short statement: one per worker
            ThreadLocal<CCJSqlParser> parsers = new ThreadLocal<>();
            List<RunningParse> running = new ArrayList<>(jobs.size());
            for (Job job : jobs) {
                RunningParse parse = new RunningParse(job.sql(), parsers);
                parse.future = workers.submit(parse::run);
                running.add(parse);
            }
            List<Object> results = new ArrayList<>(jobs.size());
            for (RunningParse parse : running) {
                results.add(parse.await());
            }
            return results;
        } finally {
            workers.shutdownNow();
        }
    }

    /** One statement being parsed; keeps the current parser so that a time-out can stop it. */
    private static final class RunningParse {
        private final String sql;
        private final ThreadLocal<CCJSqlParser> parsers;
        private volatile CCJSqlParser parser;
        private volatile boolean timedOut;
        private Future<Object> future;

        RunningParse(String sql, ThreadLocal<CCJSqlParser> parsers) {
            this.sql = sql;
            this.parsers = parsers;
        }

        /** Like CCJSqlParserUtil.parse: simple parsing first, complex parsing when that fails. */
        Object run() {
            try {
                try {
                    return parse(false);
                } catch (ParseException | RuntimeException e) {
                    int allowedDepth = parsers.get().getAsInt(Feature.allowedNestingDepth);
                    if (timedOut || allowedDepth >= 0 && CCJSqlParserUtil.getNestingDepth(sql) > allowedDepth) {
                        throw e;
                    }
                    return parse(true);
                }
            } catch (ParseException | RuntimeException e) {
                return timedOut ? new JSQLParserException("Time out occurred.", e) : new JSQLParserException(e);
            } finally {
                release();
            }
        }

        /** The worker is done with the parser: a late time-out must not interrupt its next statement. */
        private synchronized void release() {
            parser = null;
        }

        private synchronized void interrupt() {
            timedOut = true;
            if (parser != null) {
                parser.interrupted = true;
            }
        }

        private Object parse(boolean complex) throws ParseException {
            CCJSqlParser next = parsers.get();
            if (next == null) {
                next = CCJSqlParserUtil.newParser(sql);
                parsers.set(next);
            } else {
                next.ReInit(new StringProvider(sql));
            }
            next.withAllowComplexParsing(complex);
            synchronized (this) {
                next.interrupted = timedOut;
                parser = next;
            }
            return next.Statement();
        }

        Object await() {
            try {
                try {
                    return future.get(STATEMENT_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    interrupt();
                    return future.get();
                }
            } catch (ExecutionException e) {
                return e.getCause() instanceof Exception cause ? cause : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                return e;
            }
        }
    }

    private static void assemble(Job job, Object result, ServiceNames names, List<Table> tables,
                                 List<PendingIndex> indexes, DocumentFindings findings) {
        if (result instanceof Exception e) {
            if (job.kind() != Kind.ALTER) {
                String what = job.kind() == Kind.TABLE ? "CREATE TABLE" : "CREATE INDEX";
                findings.add(DocumentRules.SQL, job.line(), job.column(),
                        what + " statement does not parse: " + shortMessage(e),
                        "Fix the statement (PostgreSQL or MySQL syntax), or move non-DDL SQL out of the ```sql block.",
                        firstWords(job.sql()));
            }
            return;
        }
        String owner = commentOwner(job.comments(), names);
        if (owner == null) {
            owner = job.headingOwner();
        }
        if (result instanceof CreateTable create) {
            tables.add(table(create, job.sql(), job.line(), job.column(), job.lineStarts(), job.block(), job.offset(), owner));
        } else if (result instanceof CreateIndex create && create.getTable() != null && create.getIndex() != null) {
            var idx = create.getIndex();
            indexes.add(new PendingIndex(unquote(create.getTable().getFullyQualifiedName()),
                    new Index(unquote(idx.getName()), unquoteAll(idx.getColumnsNames()),
                            idx.getType() != null && idx.getType().toUpperCase(Locale.ROOT).contains("UNIQUE"),
                            Position.of(job.line(), job.column()))));
        } else if (result instanceof Alter alterTable) {
            alterTable(alterTable, job.line(), job.column(), tables);
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "architect-sql-parser");
        thread.setDaemon(true);
        return thread;
    }

    private static final Set<String> SQL_LANGUAGES = Set.of("sql", "postgresql", "postgres", "psql", "pgsql", "plpgsql",
            "mysql", "mariadb", "sqlite", "ddl", "tsql", "plsql");

    static boolean isSql(CodeBlock block) {
        String language = block.language();
        if (SQL_LANGUAGES.contains(language)) {
            return true;
        }
        return language.isEmpty() && SQL_START.matcher(block.content()).matches();
    }

    private static String headingOwner(MarkdownOutline outline, MarkdownOutline.SectionRange section, int line,
                                       ServiceNames names) {
        for (Heading heading : outline.enclosingHeadings(line)) {
            if (heading.line() <= section.fromLine()) {
                break;
            }
            Optional<Service> service = names.resolve(ServiceReader.nameOf(heading.text()));
            if (service.isEmpty()) {
                service = names.mentioned(heading.text());
            }
            if (service.isPresent()) {
                return service.get().name();
            }
        }
        return null;
    }

    private record PendingIndex(String table, Index index) {
    }

    /** The indentation the fence removed from content lines, so columns point into the document. */
    private static int indentOf(SourceText source, int line, String content, int lineStart) {
        String documentLine = source.line(line);
        int end = content.indexOf('\n', lineStart);
        String contentLine = content.substring(lineStart, end < 0 ? content.length() : end);
        int at = contentLine.isEmpty() ? -1 : documentLine.indexOf(contentLine);
        return Math.max(at, 0);
    }

    private static Table table(CreateTable create, String sql, int line, int column, int[] lineStarts, CodeBlock block,
                               int offset, String owner) {
        String schema = unquote(create.getTable().getSchemaName());
        String name = unquote(create.getTable().getName());
        List<String> primaryKey = new ArrayList<>();
        List<ForeignKey> foreignKeys = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        List<ColumnDefinition> definitions = create.getColumnDefinitions() == null ? List.of() : create.getColumnDefinitions();
        List<Column> columns = new ArrayList<>();
        int body = Math.max(sql.indexOf('('), 0);
        for (ColumnDefinition definition : definitions) {
            String columnName = unquote(definition.getColumnName());
            String specs = definition.getColumnSpecs() == null ? "" : String.join(" ", definition.getColumnSpecs());
            String upper = specs.toUpperCase(Locale.ROOT);
            boolean pk = upper.contains("PRIMARY KEY") || PRIMARY_WORD.matcher(upper).find();
            Position position = positionOf(sql, columnName, body, line, lineStarts, block, offset);
            if (pk) {
                primaryKey.add(columnName);
            }
            Matcher reference = REFERENCES.matcher(specs);
            if (reference.find()) {
                foreignKeys.add(new ForeignKey(List.of(columnName), unquote(reference.group(1)),
                        reference.group(2) == null ? List.of() : splitColumns(reference.group(2)), position));
            }
            if (UNIQUE_WORD.matcher(upper).find()) {
                indexes.add(new Index(null, List.of(columnName), true, position));
            }
            String type = definition.getColDataType() == null ? ""
                    : SPACE_BEFORE_PAREN.matcher(definition.getColDataType().toString()).replaceAll("(");
            columns.add(new Column(columnName, type, pk, position));
        }
        if (create.getIndexes() != null) {
            for (var index : create.getIndexes()) {
                List<String> names = unquoteAll(index.getColumnsNames());
                String type = index.getType() == null ? "" : index.getType().toUpperCase(Locale.ROOT);
                Position position = Position.of(line, column);
                if (index instanceof ForeignKeyIndex fk) {
                    foreignKeys.add(new ForeignKey(names, unquote(fk.getTable().getFullyQualifiedName()),
                            unquoteAll(fk.getReferencedColumnNames()), position));
                } else if (type.contains("PRIMARY")) {
                    names.forEach(n -> {
                        if (!primaryKey.contains(n)) {
                            primaryKey.add(n);
                        }
                    });
                } else if (type.contains("KEY") || type.contains("INDEX") || type.contains("UNIQUE")) {
                    indexes.add(new Index(indexName(index), names, type.contains("UNIQUE"), position));
                }
            }
        }
        List<Column> marked = columns.stream()
                .map(c -> primaryKey.stream().anyMatch(p -> p.equalsIgnoreCase(c.name())) && !c.primaryKey()
                        ? new Column(c.name(), c.type(), true, c.position()) : c)
                .toList();
        return new Table(schema, name, marked, primaryKey, foreignKeys, indexes, owner, Position.of(line, column));
    }

    /** JSqlParser leaves the name of "UNIQUE KEY ux (..)" unset; it is still in the text. */
    private static String indexName(net.sf.jsqlparser.statement.create.table.Index index) {
        if (index.getName() != null) {
            return unquote(index.getName());
        }
        Matcher matcher = INLINE_INDEX_NAME.matcher(index.toString());
        return matcher.find() ? unquote(matcher.group(1)) : null;
    }

    private static void alterTable(Alter alter, int line, int column, List<Table> tables) {
        if (alter.getTable() == null || alter.getAlterExpressions() == null) {
            return;
        }
        String target = unquote(alter.getTable().getFullyQualifiedName());
        // the nearest declaration above: a name several services declare is altered where it was just created
        for (int i = tables.size() - 1; i >= 0; i--) {
            Table table = tables.get(i);
            if (!table.qualifiedName().equalsIgnoreCase(target) && !table.name().equalsIgnoreCase(target)) {
                continue;
            }
            List<ForeignKey> foreignKeys = new ArrayList<>(table.foreignKeys());
            List<String> primaryKey = new ArrayList<>(table.primaryKey());
            for (AlterExpression expression : alter.getAlterExpressions()) {
                var index = expression.getIndex();
                if (index instanceof ForeignKeyIndex fk) {
                    foreignKeys.add(new ForeignKey(unquoteAll(fk.getColumnsNames()),
                            unquote(fk.getTable().getFullyQualifiedName()), unquoteAll(fk.getReferencedColumnNames()),
                            Position.of(line, column)));
                } else if (index != null && index.getType() != null
                        && index.getType().toUpperCase(Locale.ROOT).contains("PRIMARY")) {
                    primaryKey.addAll(unquoteAll(index.getColumnsNames()));
                } else if (expression.getFkColumns() != null && expression.getFkSourceTable() != null) {
                    foreignKeys.add(new ForeignKey(unquoteAll(expression.getFkColumns()),
                            unquote(expression.getFkSourceTable()),
                            expression.getFkSourceColumns() == null ? List.of() : unquoteAll(expression.getFkSourceColumns()),
                            Position.of(line, column)));
                }
            }
            tables.set(i, new Table(table.schema(), table.name(), table.columns(), primaryKey, foreignKeys,
                    table.indexes(), table.owner(), table.position()));
            return;
        }
    }

    private static List<Table> attach(List<Table> tables, List<PendingIndex> pending) {
        if (pending.isEmpty()) {
            return tables;
        }
        Map<String, List<Index>> byTable = new LinkedHashMap<>();
        for (PendingIndex p : pending) {
            byTable.computeIfAbsent(p.table().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p.index());
        }
        List<Table> result = new ArrayList<>();
        for (Table table : tables) {
            List<Index> extra = new ArrayList<>(byTable.getOrDefault(table.qualifiedName().toLowerCase(Locale.ROOT), List.of()));
            if (table.schema() != null) {
                extra.addAll(byTable.getOrDefault(table.name().toLowerCase(Locale.ROOT), List.of()));
            }
            if (extra.isEmpty()) {
                result.add(table);
            } else {
                List<Index> indexes = new ArrayList<>(table.indexes());
                indexes.addAll(extra);
                result.add(new Table(table.schema(), table.name(), table.columns(), table.primaryKey(),
                        table.foreignKeys(), indexes, table.owner(), table.position()));
            }
        }
        return result;
    }

    /** The service named in the comment lines just above a statement, the closest line first. */
    private static String commentOwner(String comments, ServiceNames names) {
        if (comments.isBlank()) {
            return null;
        }
        List<String> lines = comments.lines().toList();
        for (int i = lines.size() - 1; i >= 0; i--) {
            String text = OWNER_WORDS.matcher(COMMENT_MARKS.matcher(lines.get(i)).replaceAll(" "))
                    .replaceAll(" ").trim();
            if (text.isEmpty()) {
                continue;
            }
            Optional<Service> service = names.resolve(text);
            if (service.isEmpty()) {
                service = names.mentioned(text);
            }
            if (service.isPresent()) {
                return service.get().name();
            }
        }
        return null;
    }

    private static Position positionOf(String sql, String columnName, int from, int line, int[] lineStarts,
                                       CodeBlock block, int offset) {
        int at = wordIndex(sql, columnName, from);
        if (at < 0) {
            return Position.of(line, 1);
        }
        int absolute = offset + at;
        int relativeLine = lineOf(lineStarts, absolute);
        return Position.of(block.firstLine() + relativeLine, absolute - lineStarts[relativeLine] + 1);
    }

    /** Where {@code word} first appears as a whole identifier (case-insensitive, maybe quoted) from {@code from}. */
    private static int wordIndex(String text, String word, int from) {
        int length = word.length();
        for (int i = from; i + length <= text.length(); i++) {
            if (text.regionMatches(true, i, word, 0, length)
                    && (i == 0 || !isIdentifierPart(text.charAt(i - 1)))
                    && (i + length == text.length() || !isIdentifierPart(text.charAt(i + length)))) {
                char before = i > 0 ? text.charAt(i - 1) : ' ';
                return before == '"' || before == '`' || before == '[' ? i - 1 : i;
            }
        }
        return -1;
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static int[] lineStarts(String content) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < content.length(); i++) {
            if (content.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, int offset) {
        int index = java.util.Arrays.binarySearch(lineStarts, offset);
        return index >= 0 ? index : -index - 2;
    }

    private static List<String> splitColumns(String list) {
        List<String> columns = new ArrayList<>();
        for (String part : list.split(",")) {
            if (!part.isBlank()) {
                columns.add(unquote(part.trim()));
            }
        }
        return columns;
    }

    private static List<String> unquoteAll(List<String> names) {
        return names == null ? List.of() : names.stream().map(SchemaReader::unquote).toList();
    }

    static String unquote(String name) {
        if (name == null) {
            return null;
        }
        return IDENTIFIER_QUOTES.matcher(name).replaceAll("").trim();
    }

    private static String shortMessage(Exception e) {
        Throwable cause = e;
        String message = e.getMessage();
        while ((message == null || message.isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
            message = cause.getMessage();
        }
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        String first = message.lines().filter(l -> !l.isBlank()).findFirst().orElse(message).trim();
        first = first.replaceFirst("^net\\.sf\\.jsqlparser\\.[\\w.]+Exception:\\s*", "");
        return first.length() > 200 ? first.substring(0, 200) + "..." : first;
    }

    private static String firstWords(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        Matcher name = Pattern.compile("(?i)^CREATE\\s+(?:[A-Z]+\\s+)*?(?:TABLE|INDEX)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([\\w.\"`]+)")
                .matcher(oneLine);
        return name.find() ? unquote(name.group(1)) : oneLine.substring(0, Math.min(40, oneLine.length()));
    }
}
