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

/** A database per service: two services may each declare a table of the same name, with other columns. */
class PerServiceTablesTest {

    @TempDir
    Path dir;

    private SchemaFixture customersInTwoServices() {
        return new SchemaFixture(dir)
                .service("Order Service", List.of("orders"), List.of())
                .service("Billing Service", List.of("billing"), List.of())
                .service("Shipping Service", List.of("shipping"), List.of())
                .ownedTable("customers", "Order Service", "id BIGINT", "name VARCHAR(100)")
                .ownedTable("customers", "Billing Service", "id BIGINT", "vat_number VARCHAR(20)")
                .servicesByPackage(Map.of("com.acme.orders", "Order Service", "com.acme.billing", "Billing Service",
                        "com.acme.shipping", "Shipping Service"));
    }

    private static String customer(String pkg, String... attributes) {
        return "package com.acme." + pkg + ";\nimport jakarta.persistence.*;\n"
                + "@Entity @Table(name = \"customers\")\npublic class Customer {\n    @Id Long id;\n"
                + String.join("", List.of(attributes).stream().map(a -> "    String " + a + ";\n").toList()) + "}\n";
    }

    @Test
    void eachServiceMapsItsOwnDeclarationOfTheName() {
        SchemaFixture fixture = customersInTwoServices();
        CodeModule orders = fixture.module("orders", Set.of());
        CodeModule billing = fixture.module("billing", Set.of());
        fixture.java(orders, customer("orders", "name"));
        fixture.java(billing, customer("billing", "vatNumber"));

        assertThat(fixture.verify()).as("no foreign-table, no column checked against the other service").isEmpty();
    }

    @Test
    void aColumnOnlyTheOtherServiceDeclaresIsUndeclaredForThisOne() {
        SchemaFixture fixture = customersInTwoServices();
        CodeModule orders = fixture.module("orders", Set.of());
        CodeModule billing = fixture.module("billing", Set.of());
        fixture.java(orders, customer("orders", "name"));
        fixture.java(billing, customer("billing", "vatNumber", "name"));

        List<Violation> findings = fixture.verify();
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-column");
            assertThat(v.message()).contains("Customer.name", "'customers'", "declared: id, vat_number");
            assertThat(v.location().file().toString()).contains("billing");
            assertThat(v.location().line()).isEqualTo(7);
            assertThat(v.documentLocation().line()).as("Billing Service's declaration").isEqualTo(16);
            assertThat(v.service()).isEqualTo("Billing Service");
        });
    }

    @Test
    void migrationsAreCheckedAgainstTheirServicesDeclaration() {
        SchemaFixture fixture = customersInTwoServices();
        CodeModule orders = fixture.module("orders", Set.of());
        CodeModule billing = fixture.module("billing", Set.of());
        fixture.resource(orders, "db/migration/V1__customers.sql",
                "CREATE TABLE customers (id BIGINT PRIMARY KEY, name VARCHAR(100));\n");
        fixture.resource(billing, "db/migration/V1__customers.sql", """
                CREATE TABLE customers (
                    id BIGINT PRIMARY KEY,
                    vat_number VARCHAR(20),
                    name VARCHAR(100)
                );
                """);

        List<Violation> findings = fixture.verify();
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-column");
            assertThat(v.message()).contains("'name'", "'customers'");
            assertThat(v.location().file().toString()).contains("billing");
            assertThat(v.location().line()).isEqualTo(4);
        });
    }

    @Test
    void aServiceDeclaringNoneOfTheNameStillUsesAForeignTable() {
        SchemaFixture fixture = customersInTwoServices();
        CodeModule shipping = fixture.module("shipping", Set.of());
        fixture.java(shipping, customer("shipping", "name"));

        List<Violation> findings = fixture.verify("foreign-table");
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.message()).contains("Shipping Service", "'customers'", "Order Service");
            assertThat(v.service()).isEqualTo("Shipping Service");
        });
    }

    @Test
    void eachDeclarationIsProducedOnlyByItsOwnService() {
        SchemaFixture fixture = new SchemaFixture(dir)
                .service("Order Service", List.of("orders"), List.of())
                .service("Billing Service", List.of("billing"), List.of())
                .ownedTable("customers", "Order Service", "id BIGINT", "name VARCHAR(100)")
                .ownedTable("customers", "Billing Service", "id BIGINT", "name VARCHAR(100)", "vat_number VARCHAR(20)")
                .servicesByPackage(Map.of("com.acme.orders", "Order Service", "com.acme.billing", "Billing Service"));
        CodeModule orders = fixture.module("orders", Set.of());
        CodeModule billing = fixture.module("billing", Set.of());
        fixture.java(orders, customer("orders", "name", "vatNumber"));
        fixture.java(billing, customer("billing", "name"));

        List<Violation> unmapped = fixture.verify("unmapped-column");
        assertThat(unmapped).as("Order Service's vat_number does not produce Billing Service's")
                .singleElement().satisfies(v -> {
                    assertThat(v.message()).contains("'vat_number'", "'customers'");
                    assertThat(v.service()).isEqualTo("Billing Service");
                    assertThat(v.location().line()).as("its vat_number column").isEqualTo(18);
                });
    }
}
