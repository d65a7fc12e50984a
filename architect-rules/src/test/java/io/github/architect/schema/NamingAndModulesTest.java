package io.github.architect.schema;

import io.github.architect.sql.Identifier;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NamingAndModulesTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"orderItem, order_item", "OrderItem, order_item", "URLPath, urlpath", "address.city, address_city",
            "line2Text, line2_text", "already_snake, already_snake", "ID, id"})
    void springSnakeCase(String logical, String physical) {
        assertThat(PhysicalNaming.SPRING.physicalNames(Identifier.parse(logical)).stream().map(Identifier::text))
                .contains(physical);
    }

    @Test
    void namingOptionValues() {
        assertThat(PhysicalNaming.fromOption("Spring")).contains(PhysicalNaming.SPRING);
        assertThat(PhysicalNaming.fromOption("jpa")).contains(PhysicalNaming.JPA);
        assertThat(PhysicalNaming.fromOption("")).isEmpty();
        assertThatThrownBy(() -> PhysicalNaming.fromOption("camel")).hasMessageContaining("spring, jpa");
    }

    @Test
    void detectionWithoutSpringBootAcceptsBoth() {
        CodeModule plain = new SchemaFixture(dir).module("plain", Set.of("jakarta.persistence:jakarta.persistence-api"));
        assertThat(NamingDetection.detect(plain, Optional.empty())).isEqualTo(PhysicalNaming.EITHER);
        assertThat(NamingDetection.detect(plain, Optional.of("spring"))).isEqualTo(PhysicalNaming.SPRING);
        CodeModule autoconfigureOnly = new SchemaFixture(dir).module("web",
                Set.of("org.springframework.boot:spring-boot-autoconfigure"));
        assertThat(NamingDetection.detect(autoconfigureOnly, Optional.empty())).isEqualTo(PhysicalNaming.EITHER);
    }

    @Test
    void superclassesAndEmbeddablesFromADependencyModuleAreFollowed() {
        SchemaFixture fixture = new SchemaFixture(dir).table("orders", "id BIGINT", "created_at TIMESTAMP",
                "street VARCHAR(100)");
        CodeModule common = fixture.module("common", Set.of());
        CodeModule orders = fixture.module("orders", Set.of(), "common");
        fixture.java(common, """
                package com.acme.common;
                import jakarta.persistence.*;
                @MappedSuperclass
                public abstract class BaseEntity {
                    @Id protected Long id;
                    protected java.time.Instant createdAt;
                }
                """);
        fixture.java(common, """
                package com.acme.common;
                import jakarta.persistence.Embeddable;
                @Embeddable
                public class Address { String street; }
                """);
        fixture.java(orders, """
                package com.acme.orders;
                import jakarta.persistence.*;
                import com.acme.common.*;
                @Entity @Table(name = "orders")
                public class Order extends BaseEntity {
                    Address address;
                    String extra;
                }
                """);
        assertThat(fixture.verify()).singleElement().satisfies(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-column");
            assertThat(v.message()).contains("'extra'");
        });
    }

    @Test
    void unparseableJavaFileIsAWarningNotACrash() {
        assertThat(new SchemaFixture(dir).table("x", "id INT").java("""
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Broken {
                    @Id Long id
                }
                """).verify("unparseable-java")).singleElement()
                .satisfies(v -> assertThat(v.location().file().getFileName().toString()).isEqualTo("Broken.java"));
    }
}
