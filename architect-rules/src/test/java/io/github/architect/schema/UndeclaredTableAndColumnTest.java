package io.github.architect.schema;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class UndeclaredTableAndColumnTest {

    @TempDir
    Path dir;

    private static final String ORDER = """
            package com.acme.orders;
            import jakarta.persistence.*;
            import java.math.BigDecimal;
            @Entity
            @Table(name = "orders")
            public class Order {
                @Id Long id;
                BigDecimal totalAmount;
            }
            """;

    @Test
    void entityOnADeclaredTableWithDeclaredColumnsPasses() {
        List<Violation> findings = new SchemaFixture(dir)
                .table("orders", "id BIGINT", "total_amount NUMERIC(12,2)")
                .java(ORDER).verify();
        assertThat(findings).isEmpty();
    }

    @Test
    void entityOnAnUndeclaredTableIsAnErrorAtTheClass() {
        List<Violation> findings = new SchemaFixture(dir).table("customers", "id BIGINT").java(ORDER)
                .verify("undeclared-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.ERROR);
            assertThat(v.location().file().toString()).endsWith("Order.java");
            assertThat(v.location().line()).isEqualTo(6);
            assertThat(v.message()).contains("Entity Order", "'orders'", "does not declare", "customers");
            assertThat(v.hint()).contains("Declare table 'orders'");
            assertThat(v.subjects()).containsExactly("com.acme.orders.Order", "orders");
        });
    }

    @Test
    void fieldOnAnUndeclaredColumnIsAnErrorAtTheField() {
        List<Violation> findings = new SchemaFixture(dir).table("orders", "id BIGINT", "total NUMERIC").java(ORDER)
                .verify("undeclared-column");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().line()).isEqualTo(8);
            assertThat(v.message()).contains("Order.totalAmount", "total_amount", "'orders'", "declared: id, total");
            assertThat(v.documentLocation().file().getFileName().toString()).isEqualTo("architecture.md");
            assertThat(v.documentLocation().line()).isPositive();
        });
    }

    @Test
    void tableNamesCompareCaseInsensitively() {
        assertThat(new SchemaFixture(dir).table("ORDERS", "ID BIGINT", "Total_Amount NUMERIC").java(ORDER).verify())
                .isEmpty();
    }

    @Test
    void jpaNamingForcedByOptionRejectsSnakeCaseColumns() {
        List<Violation> findings = new SchemaFixture(dir).table("orders", "id BIGINT", "total_amount NUMERIC")
                .option("naming", "jpa").java(ORDER).verify("undeclared-column");
        assertThat(findings).singleElement().satisfies(v -> assertThat(v.message()).contains("'totalAmount'"));
    }

    @Test
    void springBootJpaOnTheClasspathMeansSnakeCase() {
        SchemaFixture fixture = new SchemaFixture(dir).table("orders", "id BIGINT", "totalAmount NUMERIC");
        fixture.java(fixture.module("app", Set.of("org.springframework.boot:spring-boot-starter-data-jpa")), ORDER);
        assertThat(fixture.verify("undeclared-column")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("'total_amount'"));
    }

    @Test
    void springBootAutoconfigureWithHibernateMeansSnakeCaseButAPhysicalStrategyPropertyWins() {
        SchemaFixture fixture = new SchemaFixture(dir).table("orders", "id BIGINT", "totalAmount NUMERIC");
        var module = fixture.module("app", Set.of("org.springframework.boot:spring-boot-autoconfigure",
                "org.hibernate.orm:hibernate-core"));
        fixture.java(module, ORDER);
        assertThat(fixture.verify("undeclared-column")).hasSize(1);
        fixture.resource(module, "application.properties", "spring.jpa.hibernate.naming.physical-strategy="
                + "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl\n");
        assertThat(new SchemaFixture(dir).table("orders", "id BIGINT", "totalAmount NUMERIC")
                .java(new SchemaFixture(dir).module("app", module.libraries()), ORDER).verify()).isEmpty();
    }

    @Test
    void noDeclaredTablesMeansNoTableFindings() {
        assertThat(new SchemaFixture(dir).java(ORDER).migration("V1__x.sql", "create table foo (id int);").verify())
                .isEmpty();
    }

    @Test
    void migrationCreatingAnUndeclaredTableIsAnErrorAtTheStatement() {
        List<Violation> findings = new SchemaFixture(dir).table("orders", "id BIGINT")
                .migration("V1__init.sql", """
                        -- initial schema
                        create table orders (id bigint primary key);

                        create table audit_log (
                            id bigint primary key,
                            entry text
                        );
                        """).verify("undeclared-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().file().getFileName().toString()).isEqualTo("V1__init.sql");
            assertThat(v.location().line()).isEqualTo(4);
            assertThat(v.message()).contains("V1__init.sql", "'audit_log'");
        });
    }

    @Test
    void migrationAddingAnUndeclaredColumnIsAnErrorAtTheColumnsLine() {
        List<Violation> findings = new SchemaFixture(dir).table("orders", "id BIGINT", "status VARCHAR(20)")
                .migration("V1__init.sql", """
                        create table orders (
                            id bigint primary key,
                            status varchar(20)
                        );
                        """)
                .migration("V2__more.sql", """
                        alter table orders
                            add column priority int;
                        """).verify("undeclared-column");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.location().file().getFileName().toString()).isEqualTo("V2__more.sql");
            assertThat(v.location().line()).isEqualTo(2);
            assertThat(v.message()).contains("'priority'", "'orders'");
        });
    }

    @Test
    void aTableDroppedLaterIsNotReported() {
        assertThat(new SchemaFixture(dir).table("orders", "id BIGINT")
                .migration("V1__init.sql", "create table orders (id bigint); create table tmp (id int);")
                .migration("V2__drop.sql", "drop table tmp;")
                .verify()).isEmpty();
    }

    @Test
    void declaredTableWithoutColumnsSkipsColumnChecks() {
        assertThat(new SchemaFixture(dir).table("orders").java(ORDER).verify()).isEmpty();
    }

    @Test
    void singleTableSubclassReportsItsOwnUndeclaredColumnButNotTheTableAgain() {
        List<Violation> findings = new SchemaFixture(dir).table("payment", "id BIGINT", "dtype VARCHAR(31)")
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity
                        public class Payment { @Id Long id; }
                        """)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity
                        public class CardPayment extends Payment { String cardNumber; }
                        """).verify();
        assertThat(findings).extracting(Violation::ruleId).containsExactly("undeclared-column");
        assertThat(findings.get(0).location().file().getFileName().toString()).isEqualTo("CardPayment.java");
    }

    @Test
    void aColumnOfAnEmbeddedRecordWithoutEmbeddableIsCheckedAtTheRecord() {
        SchemaFixture fixture = new SchemaFixture(dir)
                .table("orders", "id BIGINT", "total_amount NUMERIC(12,2)", "street VARCHAR(100)");
        CodeModule common = fixture.module("common", Set.of());
        CodeModule orders = fixture.module("orders", Set.of(), "common");
        fixture.java(common, """
                package com.acme.common;
                import jakarta.persistence.Column;
                public record ShippingAddress(
                        String street,
                        @Column(name = "zip_code") String zip) {
                }
                """);
        fixture.java(orders, """
                package com.acme.orders;
                import jakarta.persistence.*;
                import java.math.BigDecimal;
                import com.acme.common.ShippingAddress;
                @Entity
                @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    BigDecimal totalAmount;
                    @Embedded ShippingAddress shipTo;
                }
                """);
        assertThat(fixture.verify()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-column");
            assertThat(v.message()).contains("Order.shipTo.zip", "'zip_code'", "'orders'");
            assertThat(v.location().file().getFileName().toString()).isEqualTo("ShippingAddress.java");
            assertThat(v.location().line()).isEqualTo(5);
        });
    }

    @Test
    void joinTableMustBeDeclaredToo() {
        List<Violation> findings = new SchemaFixture(dir).table("student", "id BIGINT").table("course", "id BIGINT")
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity public class Course { @Id Long id; }
                        """)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        import java.util.Set;
                        @Entity public class Student {
                            @Id Long id;
                            @ManyToMany Set<Course> courses;
                        }
                        """).verify("undeclared-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("join table of Student");
            assertThat(v.location().line()).isEqualTo(6);
        });
    }
}
