package io.github.architect.schema;

import io.github.architect.check.Severity;
import io.github.architect.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypeMismatchTest {

    @TempDir
    Path dir;

    private List<Violation> check(String javaType, String sqlType) {
        return new SchemaFixture(dir).table("things", "id BIGINT", "val " + sqlType)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "things")
                        public class Thing {
                            @Id Long id;
                            %s val;
                        }
                        """.formatted(javaType)).verify("column-type-mismatch");
    }

    @Test
    void stringOverBigintIsAWarningWithBothTypesAndAFix() {
        assertThat(check("String", "BIGINT")).singleElement().satisfies(v -> {
            assertThat(v.severity()).isEqualTo(Severity.WARN);
            assertThat(v.location().line()).isEqualTo(6);
            assertThat(v.message()).contains("Thing.val is String", "things.val", "BIGINT");
            assertThat(v.hint()).contains("Long");
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"int | UUID", "long | VARCHAR(36)", "Integer | BIGINT", "boolean | DATE",
            "LocalDate | INTEGER", "byte[] | TEXT", "java.time.Instant | BOOLEAN", "String | NUMERIC(10,2)"})
    void typesThatCannotHoldTheColumnAreReported(String javaType, String sqlType) {
        assertThat(check(javaType, sqlType)).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Long | BIGINT", "long | NUMBER(19,0)", "String | character varying(20)",
            "UUID | uuid", "java.util.UUID | CHAR(36)", "BigDecimal | DECIMAL(12,2)", "boolean | BIT",
            "Boolean | TINYINT(1)", "LocalDateTime | TIMESTAMP WITH TIME ZONE", "Instant | timestamptz",
            "byte[] | BYTEA", "Money | VARCHAR(10)", "String | GEOGRAPHY", "int | INT UNSIGNED", "double | REAL"})
    void compatibleOrUnknownTypesAreNotReported(String javaType, String sqlType) {
        assertThat(check(javaType, sqlType)).isEmpty();
    }

    @Test
    void enumsAreJudgedByHowTheyAreStored() {
        SchemaFixture fixture = new SchemaFixture(dir).table("things", "id BIGINT", "ordinal VARCHAR(10)", "named VARCHAR(10)")
                .java("""
                        package com.acme;
                        public enum Status { A, B }
                        """)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "things")
                        public class Thing {
                            @Id Long id;
                            Status ordinal;
                            @Enumerated(EnumType.STRING) Status named;
                        }
                        """);
        assertThat(fixture.verify("column-type-mismatch")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("Thing.ordinal", "enum stored as ORDINAL"));
    }

    @Test
    void convertedAttributesAreNotJudged() {
        assertThat(new SchemaFixture(dir).table("things", "id BIGINT", "val BIGINT")
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity @Table(name = "things")
                        public class Thing {
                            @Id Long id;
                            @Convert(converter = Conv.class) String val;
                        }
                        """).verify()).isEmpty();
    }
}
