package io.github.architect.schema;

import io.github.architect.schema.migration.MigratedSchema;
import io.github.architect.schema.migration.MigrationLocator;
import io.github.architect.schema.migration.MigrationReplayer;
import io.github.architect.schema.migration.MigrationScript;
import io.github.architect.sql.Identifier;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationReplayTest {

    @TempDir
    Path dir;

    private MigratedSchema replay(SchemaFixture fixture) {
        return MigrationReplayer.replay(MigrationLocator.locate(fixture.module()));
    }

    private static List<String> tables(MigratedSchema schema) {
        return schema.tables().stream().map(t -> t.name().text()).toList();
    }

    private static List<String> columns(MigratedSchema schema, String table) {
        return schema.tables().stream().filter(t -> t.name().matches(table))
                .flatMap(t -> t.columns().stream()).map(c -> c.name().text()).toList();
    }

    @Test
    void versionsApplyNumericallyPartByPartAndRepeatablesLast() {
        SchemaFixture fixture = new SchemaFixture(dir)
                .migration("V10__drop_b.sql", "drop table b;")
                .migration("V2__b.sql", "create table b (id int);")
                .migration("V1_1__a_extra.sql", "alter table a add column extra int;")
                .migration("V1__a.sql", "create table a (id int);")
                .migration("R__view_data.sql", "insert into a (id) values (1);")
                .migration("notes.sql", "create table ignored_by_flyway (id int);");
        MigratedSchema schema = replay(fixture);
        assertThat(schema.scripts()).extracting(s -> s.file().getFileName().toString())
                .containsExactly("V1__a.sql", "V1_1__a_extra.sql", "V2__b.sql", "V10__drop_b.sql", "R__view_data.sql");
        assertThat(tables(schema)).containsExactly("a");
        assertThat(columns(schema, "a")).containsExactly("id", "extra");
    }

    @Test
    void alterTableAddDropRenameColumnAndRenameTable() {
        MigratedSchema schema = replay(new SchemaFixture(dir)
                .migration("V1__init.sql", "create table orders (id bigint, note text, old_name varchar(10), legacy int);")
                .migration("V2__alter.sql", """
                        alter table orders add column status varchar(20);
                        alter table orders drop column note;
                        alter table orders rename column old_name to new_name;
                        alter table orders rename to purchase_orders;
                        """));
        assertThat(tables(schema)).containsExactly("purchase_orders");
        assertThat(columns(schema, "purchase_orders")).containsExactly("id", "legacy", "status", "new_name");
    }

    @Test
    void quotedAndSchemaQualifiedNames() {
        MigratedSchema schema = replay(new SchemaFixture(dir)
                .migration("V1__init.sql", "create table sales.\"Order\" (\"Id\" bigint, total numeric);"));
        MigratedSchema.Table table = schema.tables().get(0);
        assertThat(table.name()).isEqualTo(new Identifier("Order", true));
        assertThat(table.columns().get(0).name()).isEqualTo(new Identifier("Id", true));
        assertThat(table.columns().get(1).type()).isEqualToIgnoringCase("numeric");
    }

    @Test
    void placeholdersAreTolerated() {
        MigratedSchema schema = replay(new SchemaFixture(dir)
                .migration("V1__init.sql", "create table ${schema}.orders (id bigint, owner varchar(20) default '${user}');"));
        assertThat(tables(schema)).containsExactly("orders");
        assertThat(schema.problems()).isEmpty();
    }

    @Test
    void unparseableTableStatementIsAProblemWithItsLineAndTheParserMessage() {
        MigratedSchema schema = replay(new SchemaFixture(dir).migration("V1__init.sql", """
                create table ok (id int);

                create table broken (
                  id int,,
                  name text
                );
                create function noise() returns int as $$ select 1; $$ language sql;
                """));
        assertThat(tables(schema)).containsExactly("ok");
        assertThat(schema.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.changesTables()).isTrue();
            assertThat(p.message()).contains("Encountered").doesNotContain("\n");
        });
    }

    @Test
    void undoScriptsAreReadButNotApplied() {
        MigratedSchema schema = replay(new SchemaFixture(dir)
                .migration("V1__init.sql", "create table a (id int);")
                .migration("U1__init.sql", "drop table a;"));
        assertThat(tables(schema)).containsExactly("a");
        assertThat(schema.touches()).extracting(MigratedSchema.Touch::action).containsExactly("creates", "drops");
    }

    @Test
    void liquibaseFormattedSqlChangesetsAreStatementsEvenWithoutSemicolons() {
        SchemaFixture fixture = new SchemaFixture(dir);
        fixture.resource(fixture.module(), "db/changelog/changes.sql", """
                --liquibase formatted sql

                --changeset alice:1
                create table customers (id bigint, name varchar(100))
                --rollback drop table customers;

                --changeset alice:2
                alter table customers add email varchar(200);
                """);
        MigratedSchema schema = replay(fixture);
        assertThat(schema.scripts()).singleElement().satisfies(s -> assertThat(s.kind()).isEqualTo(MigrationScript.Kind.LIQUIBASE));
        assertThat(columns(schema, "customers")).containsExactly("id", "name", "email");
        assertThat(schema.tables().get(0).line()).isEqualTo(4);
    }

    @Test
    void springFlywayLocationsFromPropertiesWithClasspathAndFilesystemPrefixes() {
        SchemaFixture fixture = new SchemaFixture(dir);
        CodeModule module = fixture.module();
        fixture.resource(module, "application.properties",
                "spring.flyway.locations=classpath:db/custom, filesystem:sql/extra\n");
        fixture.resource(module, "db/custom/V1__a.sql", "create table a (id int);");
        fixture.resource(module, "db/migration/V1__ignored.sql", "create table ignored (id int);");
        fixture.write(module.baseDirectory().resolve("sql/extra/V2__b.sql"), "create table b (id int);");
        assertThat(tables(replay(fixture))).containsExactly("a", "b");
    }

    @Test
    void springFlywayLocationsFromYaml() {
        SchemaFixture fixture = new SchemaFixture(dir);
        fixture.resource(fixture.module(), "application.yml", """
                spring:
                  flyway:
                    locations:
                      - classpath:migrations/main
                """);
        fixture.resource(fixture.module(), "migrations/main/V1__a.sql", "create table a (id int);");
        assertThat(tables(replay(fixture))).containsExactly("a");
    }

    @Test
    void mysqlChangeAndModifyKeepTheColumnSet() {
        MigratedSchema schema = replay(new SchemaFixture(dir).migration("V1__init.sql", """
                create table t (id int, a varchar(10), b int);
                alter table t modify b bigint;
                alter table t change a c varchar(20);
                """));
        assertThat(columns(schema, "t")).containsExactlyInAnyOrder("id", "b", "c");
    }

    @Test
    void dataStatementsCountAsTouchesOfTheirTables() {
        MigratedSchema schema = replay(new SchemaFixture(dir).migration("V1__seed.sql", """
                insert into countries (code) values ('DE');
                update prices set amount = 1 where id in (select id from products);
                create index idx_orders_status on orders (status);
                """));
        assertThat(schema.touches()).extracting(t -> t.table().text())
                .containsExactlyInAnyOrder("countries", "prices", "products", "orders");
    }
}
