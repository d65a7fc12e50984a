package io.github.architect.schema;

import io.github.architect.schema.migration.MigratedSchema;
import io.github.architect.schema.migration.MigrationLocator;
import io.github.architect.schema.migration.MigrationReplayer;
import io.github.architect.schema.migration.MigrationScript;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LiquibaseChangelogTest {

    @TempDir
    Path dir;

    @TempDir
    Path cacheDir;

    private static final String XML_HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            """;

    private MigratedSchema replay(SchemaFixture fixture) {
        return MigrationReplayer.replay(MigrationLocator.locate(fixture.module()));
    }

    private static List<String> tables(MigratedSchema schema) {
        return schema.tables().stream().map(t -> t.name().text()).toList();
    }

    private static MigratedSchema.Table table(MigratedSchema schema, String name) {
        return schema.tables().stream().filter(t -> t.name().matches(name)).findFirst().orElseThrow();
    }

    private static List<String> columns(MigratedSchema schema, String name) {
        return table(schema, name).columns().stream().map(c -> c.name().text()).toList();
    }

    private SchemaFixture fixture() {
        return new SchemaFixture(dir);
    }

    private Path resource(SchemaFixture fixture, String path) {
        return fixture.module().resourceDirectories().get(0).resolve(path);
    }

    @Test
    void xmlMasterIncludesYamlAndIncludeAllDirectoryInOrder() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "application.properties",
                "spring.liquibase.change-log=classpath:db/changelog/master.xml\n");
        fixture.resource(fixture.module(), "db/changelog/master.xml", XML_HEADER + """
                    <include file="db/changelog/customers.yaml"/>
                    <includeAll path="changes/" relativeToChangelogFile="true"/>
                </databaseChangeLog>
                """);
        fixture.resource(fixture.module(), "db/changelog/customers.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - createTable:
                            tableName: customers
                            columns:
                              - column:
                                  name: id
                                  type: bigint
                                  constraints:
                                    primaryKey: true
                              - column:
                                  name: full_name
                                  type: varchar(100)
                """);
        fixture.resource(fixture.module(), "db/changelog/changes/002-rename.xml", XML_HEADER + """
                    <changeSet id="2" author="alice">
                        <renameColumn tableName="customers" oldColumnName="full_name" newColumnName="name"
                                columnDataType="varchar(100)"/>
                        <addColumn tableName="customers">
                            <column name="email" type="varchar(200)"/>
                        </addColumn>
                    </changeSet>
                </databaseChangeLog>
                """);
        fixture.resource(fixture.module(), "db/changelog/changes/001-orders.json", """
                {"databaseChangeLog": [
                  {"changeSet": {"id": "o1", "author": "bob", "changes": [
                    {"createTable": {"tableName": "orders", "schemaName": "shop", "columns": [
                      {"column": {"name": "id", "type": "bigint"}},
                      {"column": {"name": "customer_id", "type": "bigint",
                         "constraints": {"references": "customers(id)", "foreignKeyName": "fk_orders_customer"}}}
                    ]}}
                  ]}}
                ]}
                """);
        fixture.resource(fixture.module(), "db/changelog/changes/003-note.sql", """
                --liquibase formatted sql
                --changeset bob:3
                alter table orders add column note text;
                """);
        MigratedSchema schema = replay(fixture);

        assertThat(schema.problems()).isEmpty();
        assertThat(schema.scripts()).extracting(s -> s.file().getFileName().toString())
                .containsExactly("master.xml", "customers.yaml", "001-orders.json", "002-rename.xml", "003-note.sql");
        assertThat(tables(schema)).containsExactly("customers", "orders");
        assertThat(columns(schema, "customers")).containsExactly("id", "name", "email");
        assertThat(columns(schema, "orders")).containsExactly("id", "customer_id", "note");
        MigratedSchema.Table customers = table(schema, "customers");
        assertThat(customers.file()).isEqualTo(resource(fixture, "db/changelog/customers.yaml"));
        assertThat(customers.line()).isEqualTo(6);
        assertThat(customers.columns()).extracting(MigratedSchema.Column::line).containsExactly(9, 5, 8);
        assertThat(customers.columns().get(1).file()).isEqualTo(resource(fixture, "db/changelog/changes/002-rename.xml"));
        assertThat(customers.columns().get(0).type()).isEqualTo("bigint");
    }

    @Test
    void undeclaredTableOfAYamlChangelogIsReportedAtItsLine() {
        SchemaFixture fixture = fixture().table("customers", "id BIGINT");
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - include:
                      file: db/changelog/001-init.yaml
                """);
        fixture.resource(fixture.module(), "db/changelog/001-init.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - createTable:
                            tableName: customers
                            columns:
                              - column: {name: id, type: bigint}
                        - createTable:
                            tableName: audit_log
                            columns:
                              - column: {name: id, type: bigint}
                """);
        List<Violation> undeclared = fixture.verify("undeclared-table");
        assertThat(undeclared).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("001-init.yaml", "audit_log");
            assertThat(v.location().file()).isEqualTo(resource(fixture, "db/changelog/001-init.yaml"));
            assertThat(v.location().line()).isEqualTo(10);
        });
    }

    @Test
    void sqlChangesAreParsedWithTheirLinesAndRollbacksAreNotApplied() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.xml", XML_HEADER + """
                    <changeSet id="1" author="alice">
                        <sql>
                            create table invoices (id bigint, total decimal(10,2));
                            alter table invoices add column paid boolean;
                        </sql>
                        <rollback>
                            <dropTable tableName="invoices"/>
                        </rollback>
                    </changeSet>
                    <changeSet id="2" author="alice">
                        <sql>alter table invoices add column broken(;</sql>
                    </changeSet>
                </databaseChangeLog>
                """);
        MigratedSchema schema = replay(fixture);
        assertThat(columns(schema, "invoices")).containsExactly("id", "total", "paid");
        assertThat(table(schema, "invoices").line()).isEqualTo(6);
        assertThat(table(schema, "invoices").columns().get(2).line()).isEqualTo(7);
        assertThat(schema.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(14));
    }

    @Test
    void yamlSqlBlockAndSqlFileAreReadInOrder() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - sql:
                            sql: |
                              create table notes (id bigint);
                              create table tags (id bigint);
                  - changeSet:
                      id: 2
                      author: alice
                      changes:
                        - sqlFile:
                            path: sql/rename.sql
                            relativeToChangelogFile: true
                """);
        fixture.resource(fixture.module(), "db/changelog/sql/rename.sql", "alter table notes rename to memos;\n");
        MigratedSchema schema = replay(fixture);
        assertThat(tables(schema)).containsExactly("tags", "memos");
        assertThat(table(schema, "tags").line()).isEqualTo(9);
        assertThat(schema.scripts()).extracting(MigrationScript::kind)
                .containsExactly(MigrationScript.Kind.LIQUIBASE_CHANGELOG, MigrationScript.Kind.LIQUIBASE);
    }

    @Test
    void createThenRenameAndDropFollowIncludeOrderNotFileNames() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - include: {file: z-create.yaml, relativeToChangelogFile: true}
                  - include: {file: a-rename.yaml, relativeToChangelogFile: true}
                  - include: {file: a-rename.yaml, relativeToChangelogFile: true}
                """);
        fixture.resource(fixture.module(), "db/changelog/z-create.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: a
                      changes:
                        - createTable: {tableName: people, columns: [{column: {name: id, type: int}}, {column: {name: nick, type: text}}]}
                        - createTable: {tableName: scratch, columns: [{column: {name: id, type: int}}]}
                """);
        fixture.resource(fixture.module(), "db/changelog/a-rename.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 2
                      author: a
                      changes:
                        - renameTable: {oldTableName: people, newTableName: persons}
                        - dropColumn: {tableName: persons, columnName: nick}
                        - modifyDataType: {tableName: persons, columnName: id, newDataType: bigint}
                        - dropTable: {tableName: scratch}
                        - createIndex: {tableName: persons, indexName: ix, columns: [{column: {name: id}}]}
                """);
        MigratedSchema schema = replay(fixture);
        assertThat(schema.scripts()).extracting(s -> s.file().getFileName().toString())
                .containsExactly("db.changelog-master.yaml", "z-create.yaml", "a-rename.yaml");
        assertThat(tables(schema)).containsExactly("persons");
        assertThat(table(schema, "persons").columns()).singleElement()
                .satisfies(c -> assertThat(c.type()).isEqualTo("bigint"));
        assertThat(schema.touches()).anySatisfy(t -> {
            assertThat(t.table().text()).isEqualTo("persons");
            assertThat(t.action()).isEqualTo("indexes");
        });
    }

    @Test
    void malformedXmlIsAnUnparseableMigrationWithFileAndLine() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.xml", XML_HEADER + """
                    <changeSet id="1" author="alice">
                        <createTable tableName="t">
                    </changeSet>
                </databaseChangeLog>
                """);
        List<Violation> findings = fixture.verify("unparseable-migration");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().file()).isEqualTo(resource(fixture, "db/changelog/db.changelog-master.xml"));
            assertThat(v.location().line()).isEqualTo(6);
            assertThat(v.severity()).isEqualTo(io.github.architect.check.Severity.WARN);
        });
    }

    @Test
    void malformedYamlIsAnUnparseableMigrationWithFileAndLine() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      changes:
                        - createTable: {tableName: t, columns: [
                  bad: [
                """);
        List<Violation> findings = fixture.verify("unparseable-migration");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().file()).isEqualTo(resource(fixture, "db/changelog/db.changelog-master.yaml"));
            assertThat(v.location().line()).isEqualTo(6);
        });
    }

    @Test
    void externalEntitiesAreNotResolved() throws Exception {
        SchemaFixture fixture = fixture();
        Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "leaked_table");
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE databaseChangeLog [ <!ENTITY xxe SYSTEM "%s"> ]>
                <databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
                    <changeSet id="1" author="mallory">
                        <sql>create table &xxe; (id int);</sql>
                    </changeSet>
                </databaseChangeLog>
                """.formatted(secret.toUri()));
        MigratedSchema schema = replay(fixture);
        assertThat(tables(schema)).doesNotContain("leaked_table");
        assertThat(schema.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).doesNotContain("leaked_table"));
    }

    @Test
    void standaloneChangelogsWithoutMasterAreReadAndOtherXmlIsIgnored() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "logback.xml", "<configuration><root level=\"INFO\"/></configuration>");
        fixture.resource(fixture.module(), "db/changes.xml", XML_HEADER + """
                    <changeSet id="1" author="a">
                        <createTable tableName="widgets" schemaName="inv"><column name="id" type="int"/></createTable>
                        <addNotNullConstraint tableName="widgets" columnName="id"/>
                        <insert tableName="widget_types"><column name="id" valueNumeric="1"/></insert>
                    </changeSet>
                </databaseChangeLog>
                """);
        MigratedSchema schema = replay(fixture);
        assertThat(schema.scripts()).extracting(s -> s.file().getFileName().toString()).containsExactly("changes.xml");
        assertThat(tables(schema)).containsExactly("widgets");
        assertThat(schema.touches()).extracting(t -> t.table().text() + " " + t.action())
                .contains("widgets creates", "widgets alters", "widget_types uses");
    }

    @Test
    void changelogOperationsAreKeptPerFileInTheScanCache() {
        SchemaFixture fixture = fixture();
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - include: {file: a.yaml, relativeToChangelogFile: true}
                  - include: {file: b.xml, relativeToChangelogFile: true}
                """);
        fixture.resource(fixture.module(), "db/changelog/a.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: a
                      changes:
                        - createTable: {tableName: a, columns: [{column: {name: id, type: int}}]}
                """);
        fixture.resource(fixture.module(), "db/changelog/b.xml", XML_HEADER + """
                    <changeSet id="2" author="a"><addColumn tableName="a"><column name="b" type="int"/></addColumn></changeSet>
                </databaseChangeLog>
                """);
        ScanCache first = ScanCache.in(cacheDir, "t");
        MigrationReplayer.replay(MigrationLocator.locate(fixture.module()), first);
        save(first);
        assertThat(first.computedCounts()).containsEntry(MigrationReplayer.CACHE_NAME, 3);

        fixture.resource(fixture.module(), "db/changelog/b.xml", XML_HEADER + """
                    <changeSet id="2" author="a"><addColumn tableName="a"><column name="c" type="int"/></addColumn></changeSet>
                </databaseChangeLog>
                """);
        ScanCache second = ScanCache.in(cacheDir, "t");
        MigratedSchema schema = MigrationReplayer.replay(MigrationLocator.locate(fixture.module()), second);
        assertThat(second.computedCounts()).containsEntry(MigrationReplayer.CACHE_NAME, 1);
        assertThat(columns(schema, "a")).containsExactly("id", "c");
    }

    private static void save(ScanCache cache) {
        try {
            cache.save();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
