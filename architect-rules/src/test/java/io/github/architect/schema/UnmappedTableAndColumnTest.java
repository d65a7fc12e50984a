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

class UnmappedTableAndColumnTest {

    @TempDir
    Path dir;

    @Test
    void declaredTableNothingProducesIsAWarningAtTheDocument() {
        List<Violation> findings = new SchemaFixture(dir).table("orders", "id BIGINT").table("audit_log", "id BIGINT")
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "orders")
                        public class Order { @Id Long id; }
                        """).verify();
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("unmapped-table");
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.location().file().getFileName().toString()).isEqualTo("architecture.md");
            assertThat(v.location().line()).isEqualTo(12);
            assertThat(v.message()).contains("'audit_log'", "no entity maps it", "no migration creates it");
        });
    }

    @Test
    void declaredColumnNothingProducesIsAWarning() {
        List<Violation> findings = new SchemaFixture(dir).table("orders", "id BIGINT", "status VARCHAR(20)")
                .migration("V1__init.sql", "create table orders (id bigint);").verify();
        assertThat(findings).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("unmapped-column");
            assertThat(v.message()).contains("'status'", "'orders'");
            assertThat(v.location().line()).isEqualTo(12);
        });
    }

    @Test
    void columnsCountWhenAnyModuleProducesThem() {
        SchemaFixture fixture = new SchemaFixture(dir).table("orders", "id BIGINT", "status VARCHAR(20)");
        CodeModule db = fixture.module("db", Set.of());
        CodeModule app = fixture.module("app", Set.of());
        fixture.resource(db, "db/migration/V1__init.sql", "create table orders (id bigint);\n"
                + "alter table orders add status varchar(20);");
        fixture.java(app, """
                package com.acme;
                import jakarta.persistence.*;
                @Entity @Table(name = "orders")
                public class Order { @Id Long id; }
                """);
        assertThat(fixture.verify()).isEmpty();
    }

    @Test
    void buildFindingsAreReportedOncePerBuildNotPerModule() {
        SchemaFixture fixture = new SchemaFixture(dir).table("ghost", "id BIGINT");
        fixture.module("a", Set.of());
        fixture.module("b", Set.of());
        assertThat(fixture.verify("unmapped-table")).hasSize(1);
    }
}
