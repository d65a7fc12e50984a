package io.github.architect.sql;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqlStatementSplitterTest {

    @Test
    void splitsAtSemicolonsAndKeepsStartLines() {
        List<SqlStatement> statements = SqlStatementSplitter.split("""
                create table a (id int);

                -- a comment; with a semicolon
                create table b (
                  id int
                );
                insert into a values (1)""");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 4, 7);
        assertThat(statements.get(1).text()).startsWith("create table b").endsWith(")");
        assertThat(statements.get(2).text()).isEqualTo("insert into a values (1)");
    }

    @Test
    void semicolonsInStringsQuotedIdentifiersAndBlockCommentsDoNotSplit() {
        List<SqlStatement> statements = SqlStatementSplitter.split("""
                insert into t values ('a;b', 'it''s; fine', "odd;name", `x;y`);
                /* one; two
                   three; */ update t set v = 'e\\'s;';
                select 1;""");
        assertThat(statements).hasSize(3);
        assertThat(statements.get(1).line()).isEqualTo(3);
        assertThat(statements.get(1).text()).startsWith("update t");
        assertThat(statements.get(2).line()).isEqualTo(4);
    }

    @Test
    void dollarQuotedBodiesAreOneStatement() {
        List<SqlStatement> statements = SqlStatementSplitter.split("""
                create function f() returns trigger as $$
                begin
                  new.x := 1;
                  return new;
                end;
                $$ language plpgsql;
                create function g() returns int as $body$ select 1; $body$ language sql;
                create table t (price numeric, tag text default '$');
                """);
        assertThat(statements).hasSize(3);
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 7, 8);
    }

    @Test
    void goAndSlashLinesEndStatementsAndCommentOnlyChunksAreDropped() {
        List<SqlStatement> statements = SqlStatementSplitter.split("""
                create table a (id int)
                GO
                create table b (id int)
                /
                -- only a comment
                ;
                """);
        assertThat(statements).extracting(SqlStatement::text)
                .containsExactly("create table a (id int)", "create table b (id int)");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(1, 3);
    }

    @Test
    void lineOfAnOffsetInsideAStatement() {
        SqlStatement statement = SqlStatementSplitter.split("\n\ncreate table t (\n  id int,\n  name text\n);").get(0);
        assertThat(statement.line()).isEqualTo(3);
        assertThat(statement.lineOf(statement.text().indexOf("name"))).isEqualTo(5);
    }

    @Test
    void unterminatedStringEndsTheScriptWithoutFailing() {
        assertThat(SqlStatementSplitter.split("select 'open; \n more")).hasSize(1);
    }

    @Test
    void offsetsAndTheCommentsBeforeEachStatement() {
        String script = "-- owned by Order Service\ncreate table a (id int);\n  /* Ledger; */ create table b (id int);";
        List<SqlStatement> statements = SqlStatementSplitter.split(script);
        assertThat(statements).extracting(SqlStatement::offset)
                .containsExactly(script.indexOf("create table a"), script.indexOf("create table b"));
        assertThat(statements.get(0).comments()).contains("-- owned by Order Service");
        assertThat(statements.get(1).comments()).contains("/* Ledger; */").doesNotContain("create");
    }

    @Test
    void hashCommentsBeforeAStatementAreCommentsEvenWithSemicolons() {
        List<SqlStatement> statements = SqlStatementSplitter.split("""
                # MySQL style; owner: Ledger Service
                create table a (id int);
                """);
        assertThat(statements).extracting(SqlStatement::text).containsExactly("create table a (id int)");
        assertThat(statements.get(0).line()).isEqualTo(2);
        assertThat(statements.get(0).comments()).contains("# MySQL style; owner: Ledger Service");
    }

    @Test
    void anUnterminatedDollarQuoteIsReportedAndReadAsText() {
        SqlStatementSplitter.Script script = SqlStatementSplitter.read("""
                create table a (id int);
                create function f() returns trigger as $body$
                begin return new; end;
                create table b (id int);""");

        assertThat(script.unterminated()).singleElement().satisfies(q -> {
            assertThat(q.tag()).isEqualTo("$body$");
            assertThat(q.line()).isEqualTo(2);
            assertThat(q.offset()).isEqualTo(script.text().indexOf("$body$"));
        });
        assertThat(script.statements()).extracting(SqlStatement::text).last().isEqualTo("create table b (id int)");
        assertThat(SqlStatementSplitter.split("select $$a;b$$;")).hasSize(1);
        assertThat(SqlStatementSplitter.read("select $$a;b$$;").unterminated()).isEmpty();
    }
}
