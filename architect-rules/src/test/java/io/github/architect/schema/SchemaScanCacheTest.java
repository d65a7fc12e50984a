package io.github.architect.schema;

import io.github.architect.schema.migration.MigratedSchema;
import io.github.architect.schema.migration.MigrationReplayer;
import io.github.architect.schema.sources.JavaSourceScanner;
import io.github.architect.cache.ScanCache;
import io.github.architect.check.CheckContext;
import io.github.architect.check.Violation;
import io.github.architect.code.CodeModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema check over a persistent scan cache: a run like a new Maven invocation (a fresh
 * {@link ScanCache} over the stored directory) parses only what changed and finds what an uncached
 * run finds.
 */
class SchemaScanCacheTest {

    private static final String VERSION = "test-1";

    @TempDir
    Path dir;

    @TempDir
    Path cacheDir;

    private SchemaFixture fixture;

    /** One build: the check run over a fresh cache on the stored directory, then saved. */
    private record Run(List<Violation> findings, ModuleSchema schema, int javaParsed, int sqlParsed) {
    }

    @BeforeEach
    void project() {
        fixture = new SchemaFixture(dir)
                .table("orders", "id BIGINT", "total NUMERIC(10,2)", "state VARCHAR(20)")
                .table("customers", "id BIGINT", "email VARCHAR(100)")
                .table("order_tags", "order_id BIGINT", "tags VARCHAR(20)")
                .collection("events")
                .java("""
                        package com.acme;
                        public final class Tables {
                            public static final String ORDERS = "orders";
                        }
                        """)
                .java("""
                        package com.acme;
                        public enum Status { OPEN, CLOSED }
                        """)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        import java.math.BigDecimal;
                        import java.util.List;
                        @Entity
                        @Table(name = Tables.ORDERS, indexes = {@Index(name = "idx_total", columnList = "total")})
                        public class Order {
                            @Id private Long id;
                            private BigDecimal total;
                            @Enumerated(EnumType.STRING) private Status status;
                            @ElementCollection
                            @CollectionTable(name = "order_tags", joinColumns = @JoinColumn(name = "order_id"))
                            private List<String> tags;
                        }
                        """)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity
                        @Table(name = "customers")
                        public class Customer {
                            @Id private Long id;
                            @Column(name = "e" + "mail", nullable = false) private String email;
                        }
                        """)
                .java("""
                        package com.acme;
                        import org.springframework.data.jpa.repository.Query;
                        public interface OrderRepository {
                            @Query(value = "select * from orders where total > 10", nativeQuery = true)
                            java.util.List<Object> big();
                        }
                        """)
                .java("""
                        package com.acme;
                        import org.springframework.data.mongodb.core.mapping.Document;
                        @Document(collection = "audit_events")
                        public class AuditEvent {
                            private String id;
                        }
                        """)
                .java("""
                        package com.acme;
                        public class Helper {
                            String help() { return "nothing to map"; }
                        }
                        """)
                .java("""
                        package com.acme;
                        import jakarta.persistence.*;
                        @Entity
                        public class Broken {
                            @Id private Long id = ;
                        }
                        """)
                .migration("V1__init.sql", """
                        create table orders (id bigint primary key, total numeric(10, 2), status varchar(20));
                        create table customers (id bigint, name varchar(50));
                        create table order_tags (order_id bigint, tags varchar(20));
                        """)
                .migration("V2__alter.sql", """
                        alter table customers add column email varchar(100);
                        alter table customers drop column name;
                        alter table orders rename column status to state;
                        alter table orders modify total numeric(12, 2);
                        create table scratch (id int);
                        alter table scratch rename to scratch_old;
                        drop table scratch_old;
                        create index idx_total on orders (total);
                        insert into customers (id, email) values (1, 'a@b.c');
                        create table broken (id int,, name);
                        """)
                .migration("U2__alter.sql", "drop table customers;");
        fixture.resource(fixture.module(), "db/changelog/changes.sql", """
                --liquibase formatted sql

                --changeset alice:1
                create table audit (id bigint)
                """);
    }

    private Run run() {
        ScanCache cache = ScanCache.in(cacheDir, VERSION);
        CheckContext context = fixture.context(cache);
        DataSchemaCheck check = new DataSchemaCheck();
        List<Violation> findings = new java.util.ArrayList<>(check.checkModule(context, fixture.module()));
        findings.addAll(check.checkBuild(context));
        ModuleSchema schema = check.schema(context, fixture.module());
        try {
            liveHashes(cache);
            cache.save();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Run(findings, schema,
                cache.computedCounts().getOrDefault(JavaSourceScanner.CACHE_NAME, 0),
                cache.computedCounts().getOrDefault(MigrationReplayer.CACHE_NAME, 0));
    }

    /** Looks at every input of the build, as the findings cache's lookups do before {@code save}. */
    private Set<String> liveHashes(ScanCache cache) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(cache::sha256).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> rules(List<Violation> findings) {
        return findings.stream().map(Violation::ruleId).toList();
    }

    @Test
    void anUnchangedRunParsesNothingAndFindsWhatAnUncachedRunFinds() {
        List<Violation> uncached = fixture.verify();
        ModuleSchema uncachedSchema = new DataSchemaCheck().schema(fixture.context(), fixture.module());

        Run first = run();
        Run second = run();

        assertThat(first.javaParsed()).isEqualTo(8);
        assertThat(first.sqlParsed()).isEqualTo(4);
        assertThat(second.javaParsed()).isZero();
        assertThat(second.sqlParsed()).isZero();
        assertThat(first.findings()).isEqualTo(uncached);
        assertThat(second.findings()).isEqualTo(uncached);
        assertThat(second.schema().sources()).isEqualTo(uncachedSchema.sources());
        assertThat(second.schema().tables()).isEqualTo(uncachedSchema.tables());
        assertThat(second.schema().migrations()).isEqualTo(uncachedSchema.migrations());
        // the fixture really exercises what the cache must carry
        assertThat(rules(uncached)).contains("unparseable-java", "unparseable-migration", "undeclared-table",
                "undeclared-column", "undeclared-collection");
        assertThat(uncachedSchema.sources().sqlUsages()).hasSize(1);
        assertThat(uncachedSchema.migrations().touches()).extracting(t -> t.action())
                .contains("creates", "alters", "drops", "indexes", "uses");
    }

    @Test
    void aChangedEntityIsTheOnlyJavaFileParsedAgainAndItsNewMappingShows() {
        run();
        fixture.java("""
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                @Table(name = "customers")
                public class Customer {
                    @Id private Long id;
                    @Column(name = "email") private String email;
                    private String nickname;
                }
                """);

        Run second = run();

        assertThat(second.javaParsed()).isEqualTo(1);
        assertThat(second.sqlParsed()).isZero();
        assertThat(SchemaFixture.columns(second.schema().tables(), "customers")).containsExactly("id", "email", "nickname");
        assertThat(second.findings()).anySatisfy(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-column");
            assertThat(v.subjects()).contains("customers.nickname");
        });
        assertThat(second.findings()).isEqualTo(fixture.verify());
    }

    @Test
    void aNewEntityIsParsedAloneAndItsTableShows() {
        run();
        fixture.java("""
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Invoice {
                    @Id private Long id;
                }
                """);

        Run second = run();

        assertThat(second.javaParsed()).isEqualTo(1);
        assertThat(SchemaFixture.tableNames(second.schema().tables())).contains("invoice");
        assertThat(second.findings()).isEqualTo(fixture.verify());
    }

    @Test
    void aChangedMigrationIsTheOnlySqlFileParsedAgain() {
        run();
        fixture.migration("V2__alter.sql", """
                alter table customers add column email varchar(100);
                alter table customers add column phone varchar(20);
                """);

        Run second = run();

        assertThat(second.sqlParsed()).isEqualTo(1);
        assertThat(second.javaParsed()).isZero();
        MigratedSchema.Table customers = second.schema().migrations().tables().stream()
                .filter(t -> t.name().matches("customers")).findFirst().orElseThrow();
        assertThat(customers.columns()).extracting(c -> c.name().text()).containsExactly("id", "name", "email", "phone");
        assertThat(second.schema().migrations().problems()).isEmpty();
        assertThat(second.findings()).isEqualTo(fixture.verify());
    }

    @Test
    void aChangedConstantsClassMovesTheEntityThatUsesIt() {
        run();
        fixture.java("""
                package com.acme;
                public final class Tables {
                    public static final String ORDERS = "purchase_orders";
                }
                """);

        Run second = run();

        assertThat(second.javaParsed()).isEqualTo(1);
        assertThat(SchemaFixture.tableNames(second.schema().tables())).contains("purchase_orders").doesNotContain("orders");
        assertThat(second.findings()).anySatisfy(v -> {
            assertThat(v.ruleId()).isEqualTo("undeclared-table");
            assertThat(v.subjects()).contains("purchase_orders");
        });
        assertThat(second.findings()).isEqualTo(fixture.verify());
    }

    @Test
    void parseProblemsAreStillReportedWhenServedFromTheCache() {
        run();

        Run second = run();

        assertThat(second.javaParsed()).isZero();
        assertThat(second.sqlParsed()).isZero();
        assertThat(second.findings()).filteredOn(v -> v.ruleId().equals("unparseable-java"))
                .singleElement().satisfies(v -> assertThat(v.location().file()).endsWith(Path.of("com/acme/Broken.java")));
        assertThat(second.findings()).filteredOn(v -> v.ruleId().equals("unparseable-migration"))
                .singleElement().satisfies(v -> {
                    assertThat(v.location().file()).endsWith(Path.of("V2__alter.sql"));
                    assertThat(v.location().line()).isEqualTo(10);
                });
    }

    @Test
    void anotherPluginVersionParsesEverythingAgain() {
        run();

        ScanCache other = ScanCache.in(cacheDir, "test-2");
        new DataSchemaCheck().checkModule(fixture.context(other), fixture.module());

        assertThat(other.computedCounts().getOrDefault(JavaSourceScanner.CACHE_NAME, 0)).isEqualTo(8);
        assertThat(other.computedCounts().getOrDefault(MigrationReplayer.CACHE_NAME, 0)).isEqualTo(4);
    }

    @Test
    void identicalFilesInTwoModulesAreEachReportedWhereTheyAre() {
        SchemaFixture twoModules = new SchemaFixture(dir.resolve("two")).table("things", "id BIGINT");
        CodeModule a = twoModules.module("a", Set.of());
        CodeModule b = twoModules.module("b", Set.of());
        String entity = """
                package com.acme;
                import jakarta.persistence.*;
                @Entity
                public class Stray {
                    @Id private Long id;
                }
                """;
        twoModules.java(a, entity).java(b, entity);
        ScanCache cache = ScanCache.in(cacheDir, VERSION);

        List<Violation> findings = twoModules.verify(cache);

        assertThat(cache.computedCounts().getOrDefault(JavaSourceScanner.CACHE_NAME, 0)).isEqualTo(1);
        assertThat(findings).filteredOn(v -> v.ruleId().equals("undeclared-table"))
                .extracting(v -> v.location().file().toString())
                .containsExactlyInAnyOrder(
                        a.sourceRoots().get(0).resolve("com/acme/Stray.java").toString(),
                        b.sourceRoots().get(0).resolve("com/acme/Stray.java").toString());
    }
}
