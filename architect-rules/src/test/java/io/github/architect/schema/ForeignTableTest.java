package io.github.architect.schema;

import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ForeignTableTest {

    @TempDir
    Path dir;

    private SchemaFixture twoServices() {
        return new SchemaFixture(dir)
                .service("Order Service", List.of("orders"), List.of())
                .service("Customer Service", List.of("customers"), List.of("customer_notes"))
                .ownedTable("orders", "Order Service", "id BIGINT", "customer_id BIGINT")
                .ownedTable("customers", "Customer Service", "id BIGINT", "name VARCHAR(100)")
                .servicesByPackage(Map.of("com.acme.orders", "Order Service", "com.acme.customers", "Customer Service"));
    }

    @Test
    void entityMappingAnotherServicesTableIsAnErrorNamingBothServices() {
        List<Violation> findings = twoServices().java("""
                package com.acme.orders;
                import jakarta.persistence.*;
                @Entity @Table(name = "customers")
                public class CustomerView {
                    @Id Long id;
                    String name;
                }
                """).verify("foreign-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("CustomerView", "Order Service", "'customers'", "Customer Service");
            assertThat(v.service()).isEqualTo("Order Service");
            assertThat(v.subjects()).contains("com.acme.orders.CustomerView", "customers", "Customer Service");
            assertThat(v.documentLocation()).isNotNull();
            assertThat(v.location().line()).isEqualTo(4);
        });
    }

    @Test
    void entityOnItsOwnServicesTablePasses() {
        assertThat(twoServices().java("""
                package com.acme.orders;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order {
                    @Id Long id;
                    Long customerId;
                }
                """).verify("foreign-table")).isEmpty();
    }

    @Test
    void ownershipFromOwnsDataEntriesCounts() {
        List<Violation> findings = twoServices().java("""
                package com.acme.orders;
                import jakarta.persistence.*;
                import org.springframework.data.jpa.repository.Query;
                public interface OrderRepository {
                    @Query(value = "select n.text from customer_notes n where n.customer_id = :id", nativeQuery = true)
                    String notes(long id);
                }
                """).verify("foreign-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("native query", "OrderRepository", "'customer_notes'", "Customer Service");
            assertThat(v.location().line()).isEqualTo(5);
        });
    }

    @Test
    void jpqlQueriesAreNotReadAsSql() {
        assertThat(twoServices().java("""
                package com.acme.orders;
                import org.springframework.data.jpa.repository.Query;
                public interface OrderRepository {
                    @Query("select c from customers c")
                    Object all();
                }
                """).verify("foreign-table")).isEmpty();
    }

    @Test
    void jdbcTemplateSqlLiteralsAreChecked() {
        List<Violation> findings = twoServices().java("""
                package com.acme.orders;
                import org.springframework.jdbc.core.JdbcTemplate;
                public class OrderReports {
                    private static final String TOTALS = "SELECT c.name, count(*) FROM orders o "
                            + "JOIN customers c ON c.id = o.customer_id GROUP BY c.name";
                    private final JdbcTemplate jdbc;
                    OrderReports(JdbcTemplate jdbc) { this.jdbc = jdbc; }
                    Object totals() { return jdbc.queryForList(TOTALS); }
                    int count() { return jdbc.queryForObject(\"""
                            select count(*) from orders
                            \""", Integer.class); }
                    String label() { return "select an option"; }
                }
                """).verify("foreign-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("JDBC SQL", "OrderReports", "'customers'");
            assertThat(v.location().line()).isEqualTo(4);
        });
    }

    @Test
    void migrationOfOneServiceTouchingAnothersTableIsAnError() {
        SchemaFixture fixture = twoServices();
        CodeModule orders = fixture.module("orders", Set.of());
        fixture.resource(orders, "db/migration/V1__init.sql", """
                create table orders (id bigint, customer_id bigint);
                alter table customers add column vip boolean;
                """);
        List<Violation> findings = fixture.verify("foreign-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("Migration V1__init.sql", "Order Service", "alters", "'customers'",
                    "Customer Service");
            assertThat(v.location().line()).isEqualTo(2);
        });
    }

    @Test
    void codeOfNoServiceMayUseAnyTable() {
        assertThat(new SchemaFixture(dir)
                .service("Customer Service", List.of(), List.of())
                .ownedTable("customers", "Customer Service", "id BIGINT")
                .java("""
                        package com.acme.shared;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "customers")
                        public class Customer { @Id Long id; }
                        """).verify()).isEmpty();
    }
}
