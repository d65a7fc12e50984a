package io.github.architect.schema;

import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sales.orders} and {@code billing.orders} are different tables; a name without schema matches either. */
class SchemaQualifiedNamesTest {

    @TempDir
    Path dir;

    private static final String SALES_ORDER = """
            package com.acme.orders;
            import jakarta.persistence.*;
            @Entity
            @Table(name = "orders", schema = "sales")
            public class Order {
                @Id Long id;
                String status;
            }
            """;

    @Test
    void anEntityInAnotherSchemaThanTheDeclaredTableIsUndeclaredNamingBoth() {
        List<Violation> findings = new SchemaFixture(dir)
                .qualifiedTable("billing", "orders", null, "id BIGINT", "status TEXT")
                .java(SALES_ORDER).verify("undeclared-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().line()).isEqualTo(5);
            assertThat(v.message()).contains("'sales.orders'", "'billing.orders'");
            assertThat(v.subjects()).containsExactly("com.acme.orders.Order", "sales.orders");
            assertThat(v.documentLocation()).as("the declaration of the other schema").isNotNull();
        });
    }

    @Test
    void aSchemaOnOneSideOnlyMatchesAsBefore() {
        assertThat(new SchemaFixture(dir).table("orders", "id BIGINT", "status TEXT").java(SALES_ORDER).verify())
                .isEmpty();
        assertThat(new SchemaFixture(dir.resolve("2")).qualifiedTable("sales", "orders", null, "id BIGINT", "status TEXT")
                .java("""
                        package com.acme.orders;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "orders")
                        public class Order { @Id Long id; String status; }
                        """).verify()).isEmpty();
    }

    @Test
    void theColumnsAreThoseOfTheDeclarationInTheEntitysSchema() {
        List<Violation> findings = new SchemaFixture(dir)
                .qualifiedTable("billing", "orders", null, "id BIGINT", "invoice_no TEXT")
                .qualifiedTable("sales", "orders", null, "id BIGINT", "status TEXT")
                .java(SALES_ORDER).verify();
        assertThat(findings).as("billing.orders is unmapped, sales.orders is mapped with its columns")
                .extracting(Violation::ruleId).containsExactly("unmapped-table");
        assertThat(findings.get(0).message()).contains("'billing.orders'");
    }

    @Test
    void aMigrationCreatingATableInAnotherSchemaIsUndeclaredNamingBoth() {
        List<Violation> findings = new SchemaFixture(dir)
                .qualifiedTable("billing", "orders", null, "id BIGINT")
                .migration("V1__orders.sql", "CREATE TABLE sales.orders (id BIGINT PRIMARY KEY);\n")
                .verify("undeclared-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().line()).isEqualTo(1);
            assertThat(v.message()).contains("V1__orders.sql", "'sales.orders'", "'billing.orders'");
        });
    }

    @Test
    void aLiquibaseSchemaNameQualifiesTheTableToo() {
        SchemaFixture fixture = new SchemaFixture(dir).qualifiedTable("billing", "orders", null, "id BIGINT");
        fixture.resource(fixture.module(), "db/changelog/db.changelog-master.yaml", """
                databaseChangeLog:
                  - changeSet:
                      id: 1
                      author: alice
                      changes:
                        - createTable:
                            schemaName: sales
                            tableName: orders
                            columns:
                              - column:
                                  name: id
                                  type: bigint
                """);
        assertThat(fixture.verify("undeclared-table")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'sales.orders'", "'billing.orders'"));
    }

    @Test
    void aMigrationWithoutSchemaMatchesAQualifiedDeclaration() {
        assertThat(new SchemaFixture(dir).qualifiedTable("billing", "orders", null, "id BIGINT")
                .migration("V1__orders.sql", "CREATE TABLE orders (id BIGINT PRIMARY KEY);\n")
                .verify()).isEmpty();
    }

    @Test
    void collectionAndJoinTablesCarryTheirSchemaToo() {
        List<Violation> findings = new SchemaFixture(dir)
                .qualifiedTable("sales", "orders", null, "id BIGINT", "status TEXT")
                .qualifiedTable("sales", "order_tags", null, "order_id BIGINT", "tags TEXT")
                .java("""
                        package com.acme.orders;
                        import jakarta.persistence.*;
                        import java.util.Set;
                        @Entity
                        @Table(name = "orders", schema = "sales")
                        public class Order {
                            @Id Long id;
                            String status;
                            @ElementCollection
                            @CollectionTable(name = "order_tags", schema = "audit")
                            Set<String> tags;
                        }
                        """).verify();
        assertThat(findings).extracting(Violation::ruleId).containsExactlyInAnyOrder("undeclared-table", "unmapped-table");
        assertThat(findings).filteredOn(v -> v.ruleId().equals("undeclared-table")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'audit.order_tags'", "'sales.order_tags'"));
    }
}
